CYPHER replan=skip
// Which rows of a batch of sources ($batch.rows: id) name a source already in the graph, by their index.
// :param batch => {rows: [{id: 's1'}]}
UNWIND range(0, size($batch.rows) - 1) AS i
MATCH (s:Source {id: $batch.rows[i].id})
RETURN i
