// For each wanted entity ($batch.rows: ref, label, idQuery, keyQuery, keys, blockQuery): whether a node has its id
// already, the node that took it in as an external id, the nodes of its type that share one of its name keys,
// and those that share a blocking key (a spelling of one of its full names the keys miss).
UNWIND $batch.rows AS row
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
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_sounds', row.blockQuery, {limit: 10}) YIELD node
  WHERE node.id <> row.ref AND row.label IN labels(node)
  RETURN collect({id: node.id, names: [node.name] + coalesce(node.aliases, []), birthDate: node.birthDate,
                  country: node.country}) AS similar
}
RETURN row.ref AS ref, self IS NOT NULL AS exists, known, candidates, similar
