CYPHER replan=skip
// Entities known to be new, created with their mentions without a look for existing ones; the same rows and
// the same result as entities.cypher on an empty graph, at a fraction of its work.
// :param batch => {rows: [{id: 'e1', label: 'Person', props: {name: 'Ana Pop'}, name: 'Ana Pop', addOnly: false, aliases: [], keys: ['ana pop'], sounds: [], blocks: [], nameRules: 1, externalIds: [], mentions: []}]}
UNWIND $batch.rows AS row
CREATE (e:Entity {id: row.id})
SET e:$(row.label)
SET e += row.props
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
WITH e, row
CALL (e, row) {
  UNWIND row.mentions AS mention
  MATCH (s:Source {id: mention.source})
  CREATE (e)-[m:MENTIONED_IN]->(s)
  SET m += mention.props
}
RETURN count(*) AS created
