// Who mediated between whom: the first example of the Neo4j Browser guide.
MATCH (m)-[:MEDIATOR]->(e:Event)<-[:PARTY]-(p)
RETURN m, e, p
