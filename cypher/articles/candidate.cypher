// Candidate $id as it is held: every property, and whether the article it comes from is in the graph.
MATCH (c:Candidate {id: $id})
RETURN properties(c) AS candidate, EXISTS { MATCH (:Source {id: c.source}) } AS sourceExists
