// Undoes merge $merge exactly: the absorbed entity comes back with its labels, properties and relationships, the
// survivor gets back its properties and loses the relationships the merge moved to it, and the merge record goes.
MATCH (m:Merge {id: $merge})
MATCH (a:Entity {id: m.into})
MATCH (m)-[:SNAPSHOT {of: 'survivor'}]->(sa:MergeSnapshot)
MATCH (m)-[:SNAPSHOT {of: 'absorbed'}]->(sb:MergeSnapshot)
CREATE (b)
SET b = properties(sb)
SET b:$(m.absorbedLabels)
SET a = properties(sa)
WITH m, a, b
CALL (m, a, b) {
  MATCH (m)-[x:SNAPSHOT {of: 'relationship'}]->(s:MergeSnapshot)
  CALL (x, a, b) {
    OPTIONAL MATCH (e:Entity {id: x.other})
    OPTIONAL MATCH (ev:Event {id: x.other})
    OPTIONAL MATCH (src:Source {id: x.other})
    RETURN CASE WHEN x.other = b.id THEN b ELSE coalesce(e, ev, src) END AS o
  }
  CALL (x, s, a, o) {
    WITH x, s, a, o
    WHERE x.fate = 'moved'
    MATCH (a)-[n]-(o)
    WHERE type(n) = x.type AND (startNode(n) = a) = x.outgoing
      AND coalesce(n.key, '') = coalesce(s.key, '') AND coalesce(n.source, '') = coalesce(s.source, '')
    WITH n, properties(n) = properties(s) AS exact
    ORDER BY exact DESC
    LIMIT 1
    DELETE n
  }
  FOREACH (_ IN CASE WHEN x.outgoing THEN [1] ELSE [] END |
    CREATE (b)-[n:$(x.type)]->(o) SET n = properties(s))
  FOREACH (_ IN CASE WHEN NOT x.outgoing THEN [1] ELSE [] END |
    CREATE (o)-[n:$(x.type)]->(b) SET n = properties(s))
  RETURN count(*) AS restored
}
WITH m, b, restored
OPTIONAL MATCH (m)-[:SNAPSHOT]->(snapshot:MergeSnapshot)
DETACH DELETE snapshot
WITH DISTINCT m, b, restored
DETACH DELETE m
RETURN b.id AS restoredId, restored
