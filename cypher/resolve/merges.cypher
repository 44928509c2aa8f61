// The merges in effect, the latest first.
MATCH (m:Merge)
RETURN m.id AS id, m.into AS into, m.absorbed AS absorbed, m.absorbedName AS absorbedName, m.at AS at,
       m.note AS note, m.seq AS seq
ORDER BY m.seq DESC
LIMIT $limit
