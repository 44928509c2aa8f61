// What the graph says about pairs of entities that may be one ($pairs: a, b, pair): countries, birth dates,
// a recorded doubt (POSSIBLY_SAME_AS), other ties between them, shared neighbours, events and sources, and
// whether a journalist already said they are two.
UNWIND $pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
RETURN p.a AS a, p.b AS b, a.name AS aName, b.name AS bName, a.country AS aCountry, b.country AS bCountry,
       a.birthDate AS aBirth, b.birthDate AS bBirth, a.description AS aDescription, b.description AS bDescription,
       EXISTS { (a)-[:POSSIBLY_SAME_AS]-(b) } AS possiblySame,
       COLLECT { MATCH (a)-[r]-(b) WHERE type(r) <> 'POSSIBLY_SAME_AS' RETURN DISTINCT type(r) } AS ties,
       COLLECT { MATCH (a)-[r1]-(n:Entity)-[r2]-(b) WHERE n <> a AND n <> b
                 AND type(r1) <> 'POSSIBLY_SAME_AS' AND type(r2) <> 'POSSIBLY_SAME_AS'
                 RETURN DISTINCT n.name ORDER BY n.name LIMIT 5 } AS neighbours,
       COLLECT { MATCH (a)-->(ev:Event)<--(b) RETURN DISTINCT ev.id ORDER BY ev.id LIMIT 5 } AS events,
       COLLECT { MATCH (a)-[:MENTIONED_IN]->(s:Source)<-[:MENTIONED_IN]-(b)
                 RETURN DISTINCT s.id ORDER BY s.id LIMIT 5 } AS sources,
       COUNT { (a)--() } AS aFacts, COUNT { (b)--() } AS bFacts,
       EXISTS { MATCH (d:Distinct {pair: p.pair}) } AS rejected
