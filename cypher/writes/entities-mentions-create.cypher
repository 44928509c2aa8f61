CYPHER replan=skip
// New mentions of entities this import created and wrote before with the same names and facts ($batch.rows: id,
// mentions): created without a look, as no mention of such an entity can be in the graph unless this import wrote
// it. Tells per row what entities-mentions.cypher would: updated when a mention was written, else unchanged.
// :param batch => {rows: [{id: 'e1', mentions: [{source: 's1', props: {producer: 'curated', confidence: 1.0}}]}]}
UNWIND $batch.rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND row.mentions AS mention
  MATCH (s:Source {id: mention.source})
  CREATE (e)-[m:MENTIONED_IN]->(s)
  SET m += mention.props
  RETURN count(m) AS made
}
RETURN 0 AS created,
       sum(CASE WHEN made > 0 THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN made > 0 THEN 0 ELSE 1 END) AS unchanged
