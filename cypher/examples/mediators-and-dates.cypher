// Mediators and the dates of their events: the ad-hoc Cypher example of the API page.
MATCH (m)-[:MEDIATOR]->(e:Event) RETURN m.name, e.date
