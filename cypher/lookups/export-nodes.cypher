// Every node, for a whole-graph export; candidates held for review are not facts and stay out.
MATCH (n)
WHERE NOT n:Candidate
RETURN n
