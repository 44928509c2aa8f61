CYPHER replan=skip
// Which rows of a batch of roles in events ($batch.rows: entity, event, type, source) are already in the graph, by
// their index.
// :param batch => {rows: [{entity: 'e1', event: 'v1', type: 'PARTICIPANT', source: 's1'}]}
UNWIND range(0, size($batch.rows) - 1) AS i
WITH i, $batch.rows[i] AS row
MATCH (e:Entity {id: row.entity})-[r:$(row.type) {source: row.source}]->(ev:Event {id: row.event})
RETURN DISTINCT i
