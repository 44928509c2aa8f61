CYPHER replan=skip
// Events of one batch merged on their id, with the sources that report them ($batch.rows: id, props, reports).
// :param batch => {rows: [{id: 'v1', props: {type: 'meeting'}, reports: [{source: 's1', props: {producer: 'curated'}}]}]}
UNWIND $batch.rows AS row
MERGE (ev:Event {id: row.id})
WITH ev, row, properties(ev) AS before
SET ev += row.props
WITH ev, row, before
CALL (ev, row) {
  UNWIND row.reports AS report
  MATCH (s:Source {id: report.source})
  MERGE (ev)-[r:REPORTED_IN]->(s)
  WITH r, report, properties(r) AS reportBefore
  SET r += report.props
  RETURN collect(reportBefore = properties(r)) AS reportsSame
}
WITH size(keys(before)) = 1 AS created, before = properties(ev) AND all(x IN reportsSame WHERE x) AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
