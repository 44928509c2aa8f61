// One entity as search answers show it, by its id, of one label or any ($label: null).
MATCH (node:Entity {id: $id})
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name,
       coalesce(node.aliases, []) AS aliases, node.description AS description, node.country AS country,
       node.kind AS kind
