// Entities with a word that sounds like a word of the search ($query: Lucene terms on `sounds`, fuzzy and
// prefix), of one label or any ($label: null), the closest first.
CALL db.index.fulltext.queryNodes('entity_sounds', $query, {limit: $limit}) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name,
       coalesce(node.aliases, []) AS aliases, node.description AS description, node.country AS country
