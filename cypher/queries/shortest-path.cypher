// title: Shortest path
// description: The shortest chains of ties and shared events between two actors, each hop with its type, role and source. Places and sources are not links.
// param: from    actor          required  one actor
// param: to      actor          required  the other actor
// param: maxHops integer(1..6)  4         at most this many hops (a shared event is two: in and out)
// param: limit   integer(1..100) 10       at most this many paths
:param {from: 'sviatlana-tsikhanouskaya', to: 'vladimir-putin', maxHops: 4, limit: 10};

MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH path = allShortestPaths((a)-[:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO|POSSIBLY_SAME_AS|MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT*..6]-(b))
// Filtered after the search: a predicate on the path itself would make Neo4j fall back to an exhaustive search.
WITH path WHERE length(path) <= $maxHops
WITH path LIMIT toInteger($limit)
RETURN length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.title)] AS chain,
       [r IN relationships(path) | {type: toLower(replace(type(r), '_', '-')), from: startNode(r).id, to: endNode(r).id,
                                    role: coalesce(r.role, r.detail), source: r.source, quote: r.quote}] AS steps,
       path;
