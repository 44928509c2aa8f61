// Holds article mentions that name more than one entity the graph knows, the article not telling which
// ($rows: id and properties), as candidates for review: kind 'mention', the entities it may name as its actors.
// One decided before keeps its decision.
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.status = 'open'
SET c += row.props
RETURN c.id AS id, c.status AS status
