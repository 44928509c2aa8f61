CYPHER replan=skip
// Identifiers ("passport: X123") added to entities already written ($batch.rows: id, identifiers).
// :param batch => {rows: [{id: 'e1', identifiers: ['passport: X123']}]}
UNWIND $batch.rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, coalesce(e.identifiers, []) AS before
SET e.identifiers = reduce(acc = before, x IN row.identifiers | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH false AS created, before = e.identifiers AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
