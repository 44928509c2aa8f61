// Which of the given ids ($ids) name sources already in the graph: references an import makes to nodes it does
// not define.
// :param ids => ['a1', 'a2']
UNWIND $ids AS id
MATCH (n:Source {id: id})
RETURN n.id AS id
