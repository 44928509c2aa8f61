// title: Timeline
// description: The events an actor took part in, in date order (undated last), with the actor's roles, the others involved and the sources.
// param: name  actor             required  the actor
// param: from  start-date        optional  only events that end on or after this date
// param: to    end-date          optional  only events that begin on or before this date
// param: limit integer(1..1000)  200       at most this many events
:param {name: 'alexander-lukashenko', from: null, to: null, limit: 200};

MATCH (actor:Entity {id: $name})-[role:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT|LOCATION]->(event:Event)
WHERE ($from IS NULL OR event.dateEnd >= date($from))
  AND ($to IS NULL OR event.dateStart <= date($to))
WITH actor, event, collect(DISTINCT toLower(type(role))) AS roles, collect(role) AS edges
CALL (actor, event) {
  OPTIONAL MATCH (other:Entity)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(event)
  WHERE other <> actor
  WITH other, r ORDER BY other.name
  RETURN collect(DISTINCT CASE WHEN other IS NOT NULL THEN {id: other.id, name: other.name, role: toLower(type(r))} END) AS others
}
CALL (event) {
  OPTIONAL MATCH (place:Place)-[:LOCATION]->(event)
  RETURN collect(DISTINCT place.name) AS places
}
CALL (event) {
  MATCH (event)-[report:REPORTED_IN]->(source:Source)
  WITH source, report ORDER BY source.date, source.id
  RETURN collect({source: source.id, title: source.title, publisher: source.publisher, date: source.date,
                  url: source.url, quote: report.quote}) AS sources
}
RETURN event.date AS date, event.type AS type, event.title AS title, roles, others, places, event, sources,
       actor, edges
ORDER BY event.dateStart IS NULL, event.dateStart, event.id
LIMIT toInteger($limit);
