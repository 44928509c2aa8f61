// Folds entity $other into entity $into and records how, so that the merge can be undone exactly: a snapshot of
// both entities' properties and of every relationship of the absorbed one. Each relationship moves to the
// survivor unless the survivor already has the same fact (same type, other end, key and source: 'kept') or it
// joins the two ('dropped'). The survivor keeps its own properties, takes those it lacks, and gains every name,
// key and id of the absorbed entity, so that imports that name it again find the survivor.
MATCH (a:Entity {id: $into})
MATCH (b:Entity {id: $other})
CALL () {
  OPTIONAL MATCH (prior:Merge)
  RETURN coalesce(max(prior.seq), 0) + 1 AS seq
}
CREATE (m:Review:Merge {id: $merge, seq: seq, into: a.id, absorbed: b.id, absorbedName: b.name,
                        absorbedLabels: labels(b), at: toString(datetime.truncate('second', datetime())),
                        note: $note})
CREATE (m)-[:SNAPSHOT {of: 'survivor'}]->(sa:MergeSnapshot)
SET sa = properties(a)
CREATE (m)-[:SNAPSHOT {of: 'absorbed'}]->(sb:MergeSnapshot)
SET sb = properties(b)
WITH m, a, b
CALL (m, a, b) {
  CALL (b) {
    MATCH (b)-[r]->(o)
    RETURN r, o, true AS outgoing
    UNION
    MATCH (o)-[r]->(b)
    WHERE o <> b
    RETURN r, o, false AS outgoing
  }
  WITH m, a, b, r, o, outgoing, type(r) AS type, properties(r) AS props,
       CASE
         WHEN o = a OR o = b THEN 'dropped'
         WHEN EXISTS {
           MATCH (a)-[x]-(o)
           WHERE type(x) = type(r) AND (startNode(x) = a) = outgoing
             AND coalesce(x.key, '') = coalesce(r.key, '') AND coalesce(x.source, '') = coalesce(r.source, '')
         } THEN 'kept'
         ELSE 'moved'
       END AS fate
  CREATE (m)-[:SNAPSHOT {of: 'relationship', type: type, outgoing: outgoing, other: o.id, fate: fate}]->(s:MergeSnapshot)
  SET s = props
  FOREACH (_ IN CASE WHEN fate = 'moved' AND outgoing THEN [1] ELSE [] END |
    CREATE (a)-[n:$(type)]->(o) SET n = props)
  FOREACH (_ IN CASE WHEN fate = 'moved' AND NOT outgoing THEN [1] ELSE [] END |
    CREATE (o)-[n:$(type)]->(a) SET n = props)
  DELETE r
  RETURN sum(CASE fate WHEN 'moved' THEN 1 ELSE 0 END) AS moved,
         sum(CASE fate WHEN 'kept' THEN 1 ELSE 0 END) AS kept,
         sum(CASE fate WHEN 'dropped' THEN 1 ELSE 0 END) AS dropped
}
WITH m, a, b, moved, kept, dropped, properties(a) AS own, properties(b) AS absorbed
DETACH DELETE b
WITH m, a, moved, kept, dropped, own, absorbed
SET a += absorbed
SET a += own
SET a.aliases = reduce(acc = [], x IN coalesce(own.aliases, []) + [absorbed.name] + coalesce(absorbed.aliases, []) |
        CASE WHEN x IS NULL OR x = a.name OR x IN acc THEN acc ELSE acc + x END),
    a.keys = reduce(acc = [], x IN coalesce(own.keys, []) + coalesce(absorbed.keys, []) |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.sounds = reduce(acc = [], x IN coalesce(own.sounds, []) + coalesce(absorbed.sounds, []) |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.blocks = reduce(acc = [], x IN coalesce(own.blocks, []) + coalesce(absorbed.blocks, []) |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.externalIds = reduce(acc = [], x IN coalesce(own.externalIds, []) + [absorbed.id] + coalesce(absorbed.externalIds, []) |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN m.id AS id, m.into AS into, m.absorbed AS absorbed, m.at AS at, moved, kept, dropped
