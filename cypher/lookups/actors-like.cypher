// The entities whose names or aliases come closest to the fuzzy full-text query ($query: "word~ word~").
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node
RETURN node.id AS id, node.name AS name, node.description AS description
