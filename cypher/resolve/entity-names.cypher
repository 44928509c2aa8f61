// The names of entities ($ids): the shared neighbours a duplicates proposal cites as evidence.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name
