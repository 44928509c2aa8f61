// Every node with the ids of the sources that mention or report it, for a FollowTheMoney export.
MATCH (n)
RETURN n, COLLECT { MATCH (n)-[:MENTIONED_IN|REPORTED_IN]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS sources
