CYPHER replan=skip
// Roles in events known to be new, created without a look for existing ones.
// :param batch => {rows: [{entity: 'e1', event: 'v1', type: 'PARTICIPANT', source: 's1', props: {source: 's1'}}]}
UNWIND $batch.rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (ev:Event {id: row.event})
CREATE (e)-[r:$(row.type) {source: row.source}]->(ev)
SET r += row.props
RETURN count(*) AS created
