// Every node with the ids of the sources that mention or report it, for a FollowTheMoney export; candidates held
// for review are not facts and stay out.
MATCH (n)
WHERE NOT n:Candidate
RETURN n, COLLECT { MATCH (n)-[:MENTIONED_IN|REPORTED_IN]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS sources
