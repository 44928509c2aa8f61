// Which rows of a batch of events ($rows: id) name an event already in the graph, by their index.
// :param rows => [{id: 'v1'}]
UNWIND range(0, size($rows) - 1) AS i
MATCH (ev:Event {id: $rows[i].id})
RETURN i
