// The source other than article $article that this extractor ($extractor) read from the same text ($bodyHash,
// spaces and case aside), and that is no copy itself: the original a syndicated copy links to (no row: none).
MATCH (o:Source {bodyHash: $bodyHash})
WHERE o.id <> $article AND o.extractor = $extractor AND NOT (o)-[:COPY_OF]->(:Source)
RETURN o.id AS original
ORDER BY o.id
LIMIT 1
