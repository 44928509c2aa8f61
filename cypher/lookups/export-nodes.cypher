// Every node, for a whole-graph export; candidates held for review are not facts and stay out, nor do the schema
// migrations' bookkeeping nodes.
MATCH (n)
WHERE NOT n:Candidate AND NOT n:__Neo4jMigration
RETURN n
