// Which rows of a batch of entities ($rows: id) name an entity already in the graph, by their index.
// :param rows => [{id: 'e1'}]
UNWIND range(0, size($rows) - 1) AS i
MATCH (e:Entity {id: $rows[i].id})
RETURN i
