// How many relationships the graph holds, from the count store; the schema migrations' chain is not counted.
MATCH ()-[r]->()
WITH count(r) AS all
MATCH ()-[m:MIGRATED_TO]->()
WITH all, count(m) AS bookkeeping
RETURN all - bookkeeping AS c
