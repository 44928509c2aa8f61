CYPHER replan=skip
// Which rows of a batch of entities ($batch.rows: id) name an entity already in the graph, by their index.
// :param batch => {rows: [{id: 'e1'}]}
UNWIND range(0, size($batch.rows) - 1) AS i
MATCH (e:Entity {id: $batch.rows[i].id})
RETURN i
