// Which rows of a batch of sources ($rows: id) name a source already in the graph, by their index.
// :param rows => [{id: 's1'}]
UNWIND range(0, size($rows) - 1) AS i
MATCH (s:Source {id: $rows[i].id})
RETURN i
