// title: Sources
// description: Every claim the graph holds about an actor, with the article, its date and the quote it rests on.
// param: name  actor             required  the actor
// param: limit integer(1..1000)  500       at most this many claims
:param {name: 'sviatlana-tsikhanouskaya', limit: 500};

MATCH (actor:Entity {id: $name})
CALL (actor) {
  MATCH (actor)-[role:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT|LOCATION]->(event:Event)
  MATCH (source:Source {id: role.source})
  RETURN toLower(type(role)) + ' in: ' + event.title AS claim, source, role.quote AS quote,
         role.producer AS producer, role.confidence AS confidence
  UNION
  MATCH (actor)-[tie]->(other:Entity)
  MATCH (source:Source {id: tie.source})
  RETURN actor.name + ' ' + toLower(replace(type(tie), '_', ' ')) + ' ' + other.name
         + coalesce(' (' + tie.role + ')', '') AS claim, source, tie.quote AS quote,
         tie.producer AS producer, tie.confidence AS confidence
  UNION
  MATCH (other:Entity)-[tie]->(actor)
  MATCH (source:Source {id: tie.source})
  RETURN other.name + ' ' + toLower(replace(type(tie), '_', ' ')) + ' ' + actor.name
         + coalesce(' (' + tie.role + ')', '') AS claim, source, tie.quote AS quote,
         tie.producer AS producer, tie.confidence AS confidence
  UNION
  MATCH (actor)-[mention:MENTIONED_IN]->(source:Source)
  RETURN 'mentioned' AS claim, source, mention.quote AS quote,
         mention.producer AS producer, mention.confidence AS confidence
}
RETURN claim, source.title AS title, source.publisher AS publisher, source.date AS date, source.url AS url,
       quote, producer, confidence, source.id AS source
ORDER BY date IS NULL, date, title, claim
LIMIT toInteger($limit);
