// Which of the given ids ($ids) name entities already in the graph: references an import makes to nodes it does
// not define.
// :param ids => ['a1', 'a2']
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
