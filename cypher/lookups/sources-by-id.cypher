// The sources with these ids, for the graph of an answer.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s
