CYPHER replan=skip
// Which rows of a batch of events ($batch.rows: id) name an event already in the graph, by their index.
// :param batch => {rows: [{id: 'v1'}]}
UNWIND range(0, size($batch.rows) - 1) AS i
MATCH (ev:Event {id: $batch.rows[i].id})
RETURN i
