// Every relationship with the ids of its ends, for a whole-graph export; the schema migrations' chain stays out.
MATCH (a)-[r]->(b)
WHERE NOT a:__Neo4jMigration
RETURN elementId(r) AS id, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, type(r) AS type,
       properties(r) AS properties
