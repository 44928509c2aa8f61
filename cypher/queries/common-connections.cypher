// title: Common connections
// description: What two actors have in common: the organizations and other actors both are tied to, the events both took part in, and the sources that mention both; each with how each of the two is involved, dates and sources. Places are not connections.
// param: a     actor             required  one actor
// param: b     actor             required  the other actor
// param: limit integer(1..1000)  200       at most this many rows
:param {a: 'alexander-lukashenko', b: 'vladimir-putin', limit: 200};

MATCH (first:Entity {id: $a}), (second:Entity {id: $b})
WHERE first <> second
CALL (first, second) {
  MATCH (first)-[ra:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO]-(shared:Entity)-[rb:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO]-(second)
  WHERE NOT shared:Place AND shared <> first AND shared <> second
  RETURN CASE WHEN shared:Organization THEN 'organization' ELSE 'tie' END AS kind, shared,
         collect(DISTINCT ra) AS aEdges, collect(DISTINCT rb) AS bEdges
  UNION
  MATCH (first)-[ra:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(shared:Event)<-[rb:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]-(second)
  RETURN 'event' AS kind, shared, collect(DISTINCT ra) AS aEdges, collect(DISTINCT rb) AS bEdges
  UNION
  MATCH (first)-[ra:MENTIONED_IN]->(shared:Source)<-[rb:MENTIONED_IN]-(second)
  RETURN 'source' AS kind, shared, collect(DISTINCT ra) AS aEdges, collect(DISTINCT rb) AS bEdges
}
CALL (shared, aEdges, bEdges) {
  UNWIND aEdges + bEdges AS r
  WITH DISTINCT coalesce(r.source, shared.id) AS id, r.quote AS quote
  MATCH (source:Source {id: id})
  WITH source, quote ORDER BY source.date, source.id, quote
  RETURN collect({source: source.id, title: source.title, publisher: source.publisher, date: source.date,
                  url: source.url, quote: quote}) AS sources
}
WITH first, second, kind, shared, aEdges, bEdges, sources,
     CASE kind WHEN 'organization' THEN 0 WHEN 'tie' THEN 1 WHEN 'event' THEN 2 ELSE 3 END AS rank
ORDER BY rank, shared.dateStart, coalesce(shared.name, shared.title), shared.id
LIMIT toInteger($limit)
RETURN kind, coalesce(shared.name, shared.title) AS name,
       CASE WHEN shared:Event THEN shared.type ELSE toLower([l IN labels(shared) WHERE l <> 'Entity'][0]) END AS type,
       shared.date AS date,
       [r IN aEdges | {link: toLower(replace(type(r), '_', ' ')), outgoing: startNode(r) = first,
                       role: coalesce(r.role, r.detail), start: r.start, end: r.end}] AS howA,
       [r IN bEdges | {link: toLower(replace(type(r), '_', ' ')), outgoing: startNode(r) = second,
                       role: coalesce(r.role, r.detail), start: r.start, end: r.end}] AS howB,
       sources, shared, [first, second] AS actors, aEdges + bEdges AS edges;
