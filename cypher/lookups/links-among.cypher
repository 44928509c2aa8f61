// The links among the entities of an answer that lists entities without the edges between them (network,
// influence, brokers, sources): their ties, and their parts in every event that two or more of them took part in.
MATCH (a:Entity)-[r:MEMBER_OF|LEADS|EMPLOYED_BY|ADVISES|FAMILY|ALLY_OF|SUPPORTS|OPPOSES|CONTROLS|OWNS|DIRECTOR_OF|ASSOCIATE_OF|REPRESENTS|LOCATED_IN|RELATED_TO|POSSIBLY_SAME_AS]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a, r, b
LIMIT toInteger($limit)
UNION
MATCH (a:Entity)-[r:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]->(b:Event)
WHERE a.id IN $ids
  AND EXISTS { (b)<-[:MEDIATOR|PARTY|PARTICIPANT|HOST|INITIATOR|TARGET|SUBJECT]-(o:Entity) WHERE o.id IN $ids AND o <> a }
RETURN a, r, b
LIMIT toInteger($limit)
