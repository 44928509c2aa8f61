CYPHER replan=skip
// Ties between entities ($batch.rows: from, to, type, key, props), merged on their type and key; the type is one of
// the model's tie types.
// :param batch => {rows: [{from: 'e1', to: 'e2', type: 'ADVISES', key: 's1', props: {source: 's1'}}]}
UNWIND $batch.rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, properties(r) AS before
SET r += row.props
WITH size(keys(before)) = 1 AS created, before = properties(r) AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
