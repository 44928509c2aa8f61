// Every node with the ids of the sources that mention or report it, for a FollowTheMoney export; candidates held
// for review are not facts and stay out, nor do the schema migrations' bookkeeping nodes.
MATCH (n)
WHERE NOT n:Candidate AND NOT n:__Neo4jMigration
RETURN n, COLLECT { MATCH (n)-[:MENTIONED_IN|REPORTED_IN]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS sources
