CYPHER replan=skip
// Entities of one batch merged on their id: the type is the node's label ($batch.rows: id, label, props, name,
// addOnly, aliases, keys, sounds, blocks, nameRules, externalIds, mentions). Tells per row whether it created,
// changed or left unchanged the entity and its mentions.
// :param batch => {rows: [{id: 'e1', label: 'Person', props: {name: 'Ana Pop'}, name: 'Ana Pop', addOnly: false, aliases: [], keys: ['ana pop'], sounds: [], blocks: [], nameRules: 1, externalIds: [], mentions: []}]}
UNWIND $batch.rows AS row
MERGE (e:Entity {id: row.id})
WITH e, row, properties(e) AS before, labels(e) AS beforeLabels
REMOVE e:Person:Organization:Place
// A record that only adds to an entity keeps the entity's type (an article's place "Belarus" is not to turn the
// state in the graph into a place).
SET e:$(CASE WHEN row.addOnly AND size(beforeLabels) > 1
        THEN [l IN beforeLabels WHERE l IN ['Person', 'Organization', 'Place']][0] ELSE row.label END)
SET e += row.props
SET e += CASE WHEN row.addOnly THEN before ELSE {} END
SET e.name = coalesce(e.name, row.name),
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
        CASE WHEN a IN acc OR row.addOnly AND a = coalesce(e.name, row.name) THEN acc ELSE acc + a END),
    e.keys = reduce(acc = coalesce(e.keys, []), k IN row.keys |
        CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.sounds = reduce(acc = coalesce(e.sounds, []), k IN row.sounds |
        CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.blocks = reduce(acc = coalesce(e.blocks, []), k IN row.blocks |
        CASE WHEN k IN acc THEN acc ELSE acc + k END),
    e.nameRules = row.nameRules,
    e.externalIds = CASE WHEN row.externalIds = [] THEN e.externalIds
        ELSE reduce(acc = coalesce(e.externalIds, []), x IN row.externalIds |
            CASE WHEN x IN acc THEN acc ELSE acc + x END) END
WITH e, row, before, beforeLabels
CALL (e, row) {
  UNWIND row.mentions AS mention
  MATCH (s:Source {id: mention.source})
  MERGE (e)-[m:MENTIONED_IN]->(s)
  WITH m, mention, properties(m) AS mentionBefore
  SET m += mention.props
  // The sentences that named the entity, from every record of the article that names it.
  SET m.quotes = CASE WHEN mention.props.quotes IS NULL THEN mentionBefore.quotes
      ELSE reduce(acc = coalesce(mentionBefore.quotes, []), q IN mention.props.quotes |
        CASE WHEN q IN acc THEN acc ELSE acc + q END) END,
      m.asQuotes = CASE WHEN mention.props.asQuotes IS NULL THEN mentionBefore.asQuotes
      ELSE reduce(acc = coalesce(mentionBefore.asQuotes, []), q IN mention.props.asQuotes |
        CASE WHEN q IN acc THEN acc ELSE acc + q END) END
  RETURN collect(mentionBefore = properties(m)) AS mentionsSame
}
WITH size(keys(before)) = 1 AS created,
     before = properties(e) AND beforeLabels = labels(e) AND all(x IN mentionsSame WHERE x) AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
