// title: Network
// description: An actor's neighbourhood, nearest first: each neighbour, how it is tied (a tie or a shared event, each with its source and quote), through whom, and at what distance; one step is a tie or a shared event, places and sources are not links. Around a hub the limit is reached before the last step.
// param: name  actor             required  the actor at the centre
// param: depth integer(1..3)     1         how many steps out
// param: limit integer(1..1000)  200       at most this many neighbours
:param {name: 'alexander-lukashenko', depth: 1, limit: 200};

MATCH (start:Entity {id: $name})
// Step 1: every actor tied to the start, or taking part in an event with it.
CALL (start) {
  CALL (start) {
    MATCH (start)-[t:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO|POSSIBLY_SAME_AS]-(n:Entity)
    RETURN n, {link: toLower(replace(type(t), '_', ' ')) + coalesce(' (' + t.role + ')', ''), source: t.source, quote: t.quote} AS how
    UNION
    MATCH (start)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(e:Event)<-[:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]-(n:Entity)
    WHERE n <> start
    RETURN n, {link: e.type + ': ' + e.title, source: r.source, quote: r.quote} AS how
  }
  // A hub has thousands of neighbours: take a bounded number of links, nearest first, not all of them.
  WITH n, how LIMIT toInteger($limit) * 4
  WITH n, collect(DISTINCT how) AS hows
  RETURN collect({neighbour: n, distance: 1, via: null, hows: hows[..5]}) AS level1
}
// Step 2: the same from each actor of step 1, skipping those already seen.
CALL (start, level1) {
  WITH start, level1 WHERE $depth >= 2 AND size(level1) < $limit
  WITH start, [x IN level1 | x.neighbour] AS frontier
  UNWIND frontier AS f
  CALL (f) {
    MATCH (f)-[t:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO|POSSIBLY_SAME_AS]-(n:Entity)
    RETURN n, {link: toLower(replace(type(t), '_', ' ')) + coalesce(' (' + t.role + ')', ''), source: t.source, quote: t.quote} AS how
    UNION
    MATCH (f)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(e:Event)<-[:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]-(n:Entity)
    WHERE n <> f
    RETURN n, {link: e.type + ': ' + e.title, source: r.source, quote: r.quote} AS how
  }
  WITH start, frontier, f, n, how WHERE n <> start AND NOT n IN frontier
  WITH n, f, how LIMIT toInteger($limit) * 4
  WITH n, f, collect(DISTINCT how) AS hows
  WITH n, collect({via: f, hows: hows})[0] AS first
  RETURN collect({neighbour: n, distance: 2, via: first.via, hows: first.hows[..5]}) AS level2
}
// Step 3: once more, from each actor of step 2.
CALL (start, level1, level2) {
  WITH start, level1, level2 WHERE $depth >= 3 AND size(level1) + size(level2) < $limit
  WITH start, [x IN level1 + level2 | x.neighbour] AS seen, [x IN level2 | x.neighbour] AS frontier
  UNWIND frontier AS f
  CALL (f) {
    MATCH (f)-[t:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|RELATED_TO|POSSIBLY_SAME_AS]-(n:Entity)
    RETURN n, {link: toLower(replace(type(t), '_', ' ')) + coalesce(' (' + t.role + ')', ''), source: t.source, quote: t.quote} AS how
    UNION
    MATCH (f)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(e:Event)<-[:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]-(n:Entity)
    WHERE n <> f
    RETURN n, {link: e.type + ': ' + e.title, source: r.source, quote: r.quote} AS how
  }
  WITH start, seen, f, n, how WHERE n <> start AND NOT n IN seen
  WITH n, f, how LIMIT toInteger($limit) * 4
  WITH n, f, collect(DISTINCT how) AS hows
  WITH n, collect({via: f, hows: hows})[0] AS first
  RETURN collect({neighbour: n, distance: 3, via: first.via, hows: first.hows[..5]}) AS level3
}
UNWIND level1 + coalesce(level2, []) + coalesce(level3, []) AS found
WITH found ORDER BY found.distance, found.neighbour.name
RETURN found.neighbour AS neighbour, found.distance AS distance, found.via AS via, found.hows AS links
LIMIT toInteger($limit);
