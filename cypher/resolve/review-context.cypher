// What the graph says about entities that may be one with another ($ids): names, countries, birth dates, how many
// facts each has, and its neighbours (id and relationship type), events and sources, from which the duplicates
// review computes, pair by pair, a recorded doubt (POSSIBLY_SAME_AS), other ties between the two, and what they
// share. One row per entity, however many pairs it is in: pairs of hubs stay cheap.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.description AS description, e.country AS country, e.birthDate AS birth,
       COUNT { (e)--() } AS facts,
       COLLECT { MATCH (e)-[r]-(n:Entity) WHERE n <> e RETURN n.id + '|' + type(r) } AS neighbours,
       COLLECT { MATCH (e)-->(ev:Event) RETURN DISTINCT ev.id } AS events,
       COLLECT { MATCH (e)-[:MENTIONED_IN]->(s:Source) RETURN DISTINCT s.id } AS sources
