// Holds facts an article states that the extractor is not sure of ($rows: each an id and its properties) as
// candidates for review, apart from the facts: no relationship joins a candidate to the graph. A new candidate
// is open; one already decided keeps its decision, so a rejected one is not proposed again. Returns each
// candidate's status, so that the importer writes the accepted ones as facts again.
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.status = 'open'
SET c += row.props
RETURN c.id AS id, c.status AS status
