// What a merge or its undo must know first: both entities with their labels, the merge, and later merges into
// or of the survivor (which must be undone first).
OPTIONAL MATCH (a:Entity {id: $into})
OPTIONAL MATCH (b:Entity {id: $other})
OPTIONAL MATCH (m:Merge {id: $merge})
RETURN a IS NOT NULL AS intoExists, [l IN labels(a) WHERE l <> 'Entity'][0] AS intoLabel,
       b IS NOT NULL AS otherExists, [l IN labels(b) WHERE l <> 'Entity'][0] AS otherLabel,
       m IS NOT NULL AS mergeExists, m.into AS mergeInto, m.absorbed AS mergeAbsorbed,
       COLLECT { MATCH (later:Merge) WHERE later.seq > m.seq AND (later.into = m.into OR later.absorbed = m.into)
                 RETURN later.id ORDER BY later.seq DESC } AS laterMerges,
       EXISTS { MATCH (:Entity {id: m.absorbed}) } AS absorbedIdTaken,
       EXISTS { MATCH (:Entity {id: m.into}) } AS survivorExists
