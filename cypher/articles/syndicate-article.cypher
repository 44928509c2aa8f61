// Links article $copy, whose text source $original already has (a syndicated copy under another title or
// URL), to $original's facts: it reports the same events and mentions the same entities, with the same quotes,
// and is marked as read ($textHash, $bodyHash, $extractor), so that its facts are not written a second time.
MATCH (c:Source {id: $copy}), (o:Source {id: $original})
MERGE (c)-[:COPY_OF]->(o)
WITH c, o
CALL (c, o) {
  MATCH (ev:Event)-[r:REPORTED_IN]->(o)
  MERGE (ev)-[copy:REPORTED_IN]->(c)
  SET copy = properties(r), copy.copyOf = o.id
}
CALL (c, o) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(o)
  MERGE (e)-[copy:MENTIONED_IN]->(c)
  SET copy = properties(m), copy.copyOf = o.id
}
SET c.textHash = $textHash, c.extractor = $extractor, c.bodyHash = $bodyHash
