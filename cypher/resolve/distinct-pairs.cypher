// The pairs a journalist marked as two (ids sorted, joined by '|'): never proposed again.
MATCH (d:Distinct)
RETURN d.pair AS pair
