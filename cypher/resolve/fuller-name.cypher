// Gives people that only articles name ($rows: id, name, short) the fuller name another article gives them
// ("Recep Tayyip Erdogan" for the "Tayyip Erdogan" an earlier article made), the short form kept as an alias;
// a person a data set names keeps its name.
UNWIND $rows AS row
MATCH (e:Person {id: row.id})
WHERE e.name = row.short AND EXISTS { (e)-[:MENTIONED_IN]->() }
  AND NOT EXISTS { (e)-[m:MENTIONED_IN]->() WHERE m.producer IS NULL OR NOT m.producer STARTS WITH 'extractor/' }
SET e.aliases = [a IN coalesce(e.aliases, []) WHERE a <> row.name] + [row.short],
    e.name = row.name
RETURN e.id AS id
