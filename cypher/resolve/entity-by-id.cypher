// One entity as search answers show it, by its id.
MATCH (node:Entity {id: $id})
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name,
       coalesce(node.aliases, []) AS aliases, node.description AS description, node.country AS country
