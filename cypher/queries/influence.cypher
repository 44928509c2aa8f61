// title: Influence
// description: Who appealed to, pressured, supported, sanctioned, threatened or opposed this actor, and whom this actor did so to, with the sources.
// param: name  actor             required  the actor
// param: limit integer(1..1000)  200       at most this many rows
:param {name: 'alexander-lukashenko', limit: 200};

MATCH (actor:Entity {id: $name})
CALL (actor) {
  MATCH (other:Entity)-[:INITIATOR]->(event:Event)<-[:TARGET]-(actor)
  WHERE event.type IN ['appeal', 'pressure', 'support', 'sanction', 'threat', 'accusation', 'attack']
  RETURN 'on this actor' AS direction, other, event.type AS how, event.date AS date, event AS via,
         [(event)-[r:REPORTED_IN]->(s:Source) | {source: s.id, title: s.title, date: s.date, quote: r.quote}] AS sources
  UNION
  MATCH (actor)-[:INITIATOR]->(event:Event)<-[:TARGET]-(other:Entity)
  WHERE event.type IN ['appeal', 'pressure', 'support', 'sanction', 'threat', 'accusation', 'attack']
  RETURN 'by this actor' AS direction, other, event.type AS how, event.date AS date, event AS via,
         [(event)-[r:REPORTED_IN]->(s:Source) | {source: s.id, title: s.title, date: s.date, quote: r.quote}] AS sources
  UNION
  MATCH (other:Entity)-[tie:SUPPORTS|OPPOSES]->(actor)
  RETURN 'on this actor' AS direction, other, toLower(replace(type(tie), '_', '-')) AS how, tie.start AS date, tie AS via,
         COLLECT { MATCH (s:Source {id: tie.source}) RETURN {source: s.id, title: s.title, date: s.date, quote: tie.quote} } AS sources
  UNION
  MATCH (actor)-[tie:SUPPORTS|OPPOSES]->(other:Entity)
  RETURN 'by this actor' AS direction, other, toLower(replace(type(tie), '_', '-')) AS how, tie.start AS date, tie AS via,
         COLLECT { MATCH (s:Source {id: tie.source}) RETURN {source: s.id, title: s.title, date: s.date, quote: tie.quote} } AS sources
}
RETURN direction, how, other, date, via, sources
ORDER BY direction, date IS NULL, date, other.name, how
LIMIT toInteger($limit);
