// Which rows of a batch of ties ($rows: from, to, type, key) are already in the graph, by their index.
// :param rows => [{from: 'e1', to: 'e2', type: 'ADVISES', key: 's1'}]
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type) {key: row.key}]->(b:Entity {id: row.to})
RETURN DISTINCT i
