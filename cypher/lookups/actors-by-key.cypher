// Entities one of whose names or aliases has this name key; the keyword analyzer indexes each key whole,
// so the quoted key ($query) is one exact term.
CALL db.index.fulltext.queryNodes('entity_keys', $query) YIELD node
WHERE $key IN node.keys
RETURN node.id AS id, node.name AS name, node.description AS description
ORDER BY node.id
LIMIT 20
