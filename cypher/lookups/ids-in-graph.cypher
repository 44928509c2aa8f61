// For ids an import refers to but does not define ($ids): the node that has the id (an entity or an event),
// or the entity that took it in as an external id; and whether it is an event.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (ev:Event {id: id})
CALL (id) {
  CALL db.index.fulltext.queryNodes('entity_external_ids', '"' + id + '"') YIELD node
  WHERE id IN node.externalIds
  RETURN collect(node.id)[0] AS known
}
RETURN id, coalesce(e.id, ev.id, known) AS found, ev IS NOT NULL AS event
