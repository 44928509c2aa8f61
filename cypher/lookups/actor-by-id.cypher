// The entity with exactly this id.
MATCH (e:Entity {id: $id})
RETURN e.id AS id
