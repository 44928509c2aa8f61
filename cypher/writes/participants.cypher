CYPHER replan=skip
// Roles of entities in events ($batch.rows: entity, event, type, source, props), merged on the role and the source
// that tells it; the type is one of the model's roles.
// :param batch => {rows: [{entity: 'e1', event: 'v1', type: 'PARTICIPANT', source: 's1', props: {source: 's1'}}]}
UNWIND $batch.rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (ev:Event {id: row.event})
MERGE (e)-[r:$(row.type) {source: row.source}]->(ev)
WITH r, row, properties(r) AS before
SET r += row.props
WITH size(keys(before)) = 1 AS created, before = properties(r) AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
