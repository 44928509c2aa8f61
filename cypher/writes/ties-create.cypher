CYPHER replan=skip
// Ties known to be new, created without a look for existing ones.
// :param batch => {rows: [{from: 'e1', to: 'e2', type: 'ADVISES', key: 's1', props: {source: 's1'}}]}
UNWIND $batch.rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
RETURN count(*) AS created
