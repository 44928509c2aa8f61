// The stable ids of nodes known by element id: the ends of relationships an answer returns without their nodes.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN elementId(n) AS element, coalesce(n.id, elementId(n)) AS id
