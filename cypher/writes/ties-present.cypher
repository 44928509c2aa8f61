CYPHER replan=skip
// Which rows of a batch of ties ($batch.rows: from, to, type, key) are already in the graph, by their index.
// :param batch => {rows: [{from: 'e1', to: 'e2', type: 'ADVISES', key: 's1'}]}
UNWIND range(0, size($batch.rows) - 1) AS i
WITH i, $batch.rows[i] AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type) {key: row.key}]->(b:Entity {id: row.to})
RETURN DISTINCT i
