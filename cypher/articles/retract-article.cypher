// Removes what the extractor read in an earlier version of article $article: its ties, event parts, event
// reports and mentions from that article; then the events and entities nothing else holds; and its candidates
// still open. Decided candidates stay, so that a reviewer's decision holds for the next version. Facts from
// other sources and other producers stay.
MATCH (s:Source {id: $article})
CALL (s) {
  MATCH (a:Entity)-[:MENTIONED_IN]->(s)
  MATCH (a)-[t]->(:Entity)
  WHERE t.source = s.id AND t.producer STARTS WITH 'extractor/'
  DELETE t
}
CALL (s) {
  MATCH (ev:Event)-[:REPORTED_IN]->(s)
  MATCH (:Entity)-[p]->(ev)
  WHERE p.source = s.id AND p.producer STARTS WITH 'extractor/'
  DELETE p
}
CALL (s) {
  MATCH (x)-[r:MENTIONED_IN|REPORTED_IN]->(s)
  WHERE r.producer STARTS WITH 'extractor/'
  DELETE r
  WITH DISTINCT x
  WHERE NOT (x)--()
  DELETE x
}
CALL (s) {
  MATCH (c:Candidate {source: s.id})
  WHERE c.status = 'open'
  DELETE c
}
SET s.textHash = null, s.extractor = null
