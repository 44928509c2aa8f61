// title: Brokers
// description: Actors that bridge otherwise separate parts of the network: betweenness, the share of shortest paths between pairs of actors that pass through each one, counted over an even spread of pairs (all pairs when the network is small).
// param: limit   integer(1..100)    10   at most this many brokers
// param: samples integer(1..10000)  400  pairs of actors to count paths between; more is slower and closer to exact
:param {limit: 10, samples: 400};

MATCH (actor:Entity)
WHERE NOT actor:Place
WITH actor ORDER BY actor.id
WITH collect(actor) AS actors
WITH actors, size(actors) AS n, toInteger(ceil(sqrt(toFloat($samples) * 2))) AS wanted
WITH actors, n, CASE WHEN wanted > n THEN n ELSE wanted END AS k
UNWIND range(0, k - 1) AS i
UNWIND range(0, k - 1) AS j
WITH actors[toInteger(i * n / k)] AS a, actors[toInteger(j * n / k)] AS b
WHERE a.id < b.id
MATCH path = allShortestPaths((a)-[:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO|POSSIBLY_SAME_AS|MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT*..6]-(b))
WITH a, b, collect(path) AS paths
WITH a, b, paths, size(paths) AS shortest
UNWIND paths AS path
UNWIND nodes(path)[1..-1] AS broker
WITH a, b, shortest, broker
WHERE broker:Entity AND NOT broker:Place
WITH broker, sum(1.0 / shortest) AS score, count(DISTINCT a.id + '|' + b.id) AS pairs
RETURN broker, round(score, 2) AS score, pairs
ORDER BY score DESC, broker.name
LIMIT toInteger($limit);
