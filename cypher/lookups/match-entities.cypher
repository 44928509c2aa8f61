// For each wanted entity ($rows: ref, label, idQuery, keyQuery, keys): whether a node has its id already,
// the node that took it in as an external id, and the nodes of its type that share one of its name keys.
UNWIND $rows AS row
OPTIONAL MATCH (self:Entity {id: row.ref})
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_external_ids', row.idQuery) YIELD node
  WHERE row.ref IN node.externalIds
  RETURN collect(node.id)[0] AS known
}
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_keys', row.keyQuery, {limit: 10}) YIELD node
  WHERE node.id <> row.ref AND row.label IN labels(node) AND any(k IN row.keys WHERE k IN node.keys)
  RETURN collect({id: node.id, birthDate: node.birthDate, country: node.country}) AS candidates
}
RETURN row.ref AS ref, self IS NOT NULL AS exists, known, candidates
