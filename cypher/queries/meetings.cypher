// title: Meetings
// description: Who met or talked with whom, when and where: meetings, phone calls, visits, negotiations and mediations, with their participants and sources.
// param: name  actor             optional  only encounters this actor took part in
// param: from  start-date        optional  only encounters that end on or after this date
// param: to    end-date          optional  only encounters that begin on or before this date
// param: limit integer(1..1000)  100       at most this many encounters
:param {name: 'alexander-lukashenko', from: null, to: null, limit: 100};

MATCH (event:Event)
WHERE event.type IN ['meeting', 'phone-call', 'visit', 'negotiation', 'mediation']
  AND ($name IS NULL OR EXISTS { (:Entity {id: $name})-[:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET]->(event) })
  AND ($from IS NULL OR event.dateEnd >= date($from))
  AND ($to IS NULL OR event.dateStart <= date($to))
CALL (event) {
  MATCH (person:Entity)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET]->(event)
  WHERE NOT person:Place
  WITH person, r ORDER BY person.name
  RETURN collect(DISTINCT person) AS participants, collect(DISTINCT {id: person.id, role: toLower(type(r))}) AS roles,
         collect(r) AS edges
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
RETURN event.date AS date, event.type AS type, participants, roles, places, event, sources, edges
ORDER BY event.dateStart IS NULL, event.dateStart, event.id
LIMIT toInteger($limit);
