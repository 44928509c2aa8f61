CYPHER replan=skip
// Reports of events this import wrote before with the same facts ($batch.rows: id, reports): only the reports are
// merged, on the event and the source. Tells per row whether a report changed (updated) or none did (unchanged),
// as events.cypher would for the whole row.
// :param batch => {rows: [{id: 'v1', reports: [{source: 's1', props: {producer: 'curated'}}]}]}
UNWIND $batch.rows AS row
MATCH (ev:Event {id: row.id})
CALL (ev, row) {
  UNWIND row.reports AS report
  MATCH (s:Source {id: report.source})
  MERGE (ev)-[r:REPORTED_IN]->(s)
  WITH r, report, properties(r) AS reportBefore
  SET r += report.props
  RETURN collect(reportBefore = properties(r)) AS reportsSame
}
WITH all(x IN reportsSame WHERE x) AS same
RETURN 0 AS created,
       sum(CASE WHEN same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged
