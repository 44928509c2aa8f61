// title: Mediators
// description: Who mediated between whom: each mediation with its mediator, the parties, date, place and sources.
// param: name  actor             optional  an actor who mediated or was a party
// param: from  start-date        optional  only events that end on or after this date
// param: to    end-date          optional  only events that begin on or before this date
// param: limit integer(1..1000)  100      at most this many rows
:param {name: 'alexander-lukashenko', from: null, to: null, limit: 100};

MATCH (mediator:Entity)-[role:MEDIATOR]->(event:Event)
WHERE ($name IS NULL OR mediator.id = $name OR EXISTS { (:Entity {id: $name})-[:PARTY]->(event) })
  AND ($from IS NULL OR event.dateEnd >= date($from))
  AND ($to IS NULL OR event.dateStart <= date($to))
CALL (event) {
  OPTIONAL MATCH (party:Entity)-[link:PARTY]->(event)
  WITH party, link ORDER BY party.name
  RETURN collect(DISTINCT party) AS parties, collect(link) AS partyEdges
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
RETURN mediator, parties, event, event.date AS date, places, sources, [role] + partyEdges AS edges
ORDER BY event.dateStart, event.id, mediator.name
LIMIT toInteger($limit);
