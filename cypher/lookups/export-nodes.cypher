// Every node, for a whole-graph export.
MATCH (n)
RETURN n
