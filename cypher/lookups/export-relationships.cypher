// Every relationship with the ids of its ends, for a whole-graph export.
MATCH (a)-[r]->(b)
RETURN elementId(r) AS id, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, type(r) AS type,
       properties(r) AS properties
