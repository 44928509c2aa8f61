// For each article mention ($rows: ref, keys, keyQuery, soundQuery): the entities one of whose names has one of
// its name keys (named; the node of its own id among them), and the people one of whose words sounds like the mention's surname (sounding), each with
// its type, kind, country, description, names and, for a capital, the
// body it is the seat of or else the state it is the capital of.
UNWIND $rows AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_keys', row.keyQuery, {limit: 20}) YIELD node
  WHERE any(k IN row.keys WHERE k IN node.keys)
  RETURN collect({id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], kind: node.kind,
                  country: node.country, description: node.description, names: [node.name] + coalesce(node.aliases, []),
                  capitalOf: COLLECT { MATCH (node)-[t:LOCATED_IN]->(s:Entity) WHERE t.role IN ['seat', 'capital']
                                        RETURN s.id ORDER BY t.role DESC }[0]})
         AS named
}
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_sounds', row.soundQuery, {limit: 50}) YIELD node
  WHERE node.id <> row.ref AND node:Person
  RETURN collect({id: node.id, label: 'Person', kind: node.kind, country: node.country,
                  description: node.description, names: [node.name] + coalesce(node.aliases, []), capitalOf: null})
         AS sounding
}
RETURN row.ref AS ref, named, sounding
