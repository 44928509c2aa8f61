// How many nodes the graph holds, from the count store; the schema migrations' bookkeeping nodes are not counted.
MATCH (n)
WITH count(n) AS all
MATCH (m:__Neo4jMigration)
WITH all, count(m) AS bookkeeping
RETURN all - bookkeeping AS c
