CYPHER replan=skip
// Mentions of entities this import wrote before with the same names and facts ($batch.rows: id, mentions): only the
// mentions are merged, on the entity and the source. Tells per row whether a mention changed (updated) or none
// did (unchanged), as entities.cypher would for the whole row.
// :param batch => {rows: [{id: 'e1', mentions: [{source: 's1', props: {producer: 'curated', confidence: 1.0}}]}]}
UNWIND $batch.rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND row.mentions AS mention
  MATCH (s:Source {id: mention.source})
  MERGE (e)-[m:MENTIONED_IN]->(s)
  WITH m, mention, properties(m) AS mentionBefore
  SET m += mention.props
  SET m.quotes = CASE WHEN mention.props.quotes IS NULL THEN mentionBefore.quotes
      ELSE reduce(acc = coalesce(mentionBefore.quotes, []), q IN mention.props.quotes |
        CASE WHEN q IN acc THEN acc ELSE acc + q END) END,
      m.asQuotes = CASE WHEN mention.props.asQuotes IS NULL THEN mentionBefore.asQuotes
      ELSE reduce(acc = coalesce(mentionBefore.asQuotes, []), q IN mention.props.asQuotes |
        CASE WHEN q IN acc THEN acc ELSE acc + q END) END
  RETURN collect(mentionBefore = properties(m)) AS mentionsSame
}
WITH all(x IN mentionsSame WHERE x) AS same
RETURN 0 AS created,
       sum(CASE WHEN same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN same THEN 1 ELSE 0 END) AS unchanged
