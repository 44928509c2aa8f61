CYPHER replan=skip
// Events known to be new, created with their reports without a look for existing ones.
// :param batch => {rows: [{id: 'v1', props: {type: 'meeting'}, reports: [{source: 's1', props: {producer: 'curated'}}]}]}
UNWIND $batch.rows AS row
CREATE (ev:Event {id: row.id})
SET ev += row.props
WITH ev, row
CALL (ev, row) {
  UNWIND row.reports AS report
  MATCH (s:Source {id: report.source})
  CREATE (ev)-[r:REPORTED_IN]->(s)
  SET r += report.props
}
RETURN count(*) AS created
