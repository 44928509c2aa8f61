// One entity with its names, its ties, the events it took part in and the sources that mention it, at most
// $limit of each (the most recent events first).
MATCH (e:Entity {id: $id})
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name,
       coalesce(e.aliases, []) AS aliases, e.kind AS kind, e.country AS country, e.description AS description,
       e.note AS note, coalesce(e.externalIds, []) AS externalIds,
       COUNT { (e)-[r]-(:Entity) } AS tieCount,
       COLLECT {
         MATCH (e)-[r]-(o:Entity)
         RETURN {type: toLower(replace(type(r), '_', '-')), outgoing: startNode(r) = e, other: o.id, otherName: o.name, role: r.role,
                 start: r.start, end: r.end, source: r.source, quote: r.quote, confidence: r.confidence} AS tie
         ORDER BY tie.type, tie.other, tie.source
         LIMIT $limit
       } AS ties,
       COUNT { (e)-->(:Event) } AS eventCount,
       COLLECT {
         MATCH (e)-[r]->(ev:Event)
         RETURN {id: ev.id, type: ev.type, title: ev.title, date: ev.date, role: toLower(type(r)),
                 source: r.source, quote: r.quote, confidence: r.confidence} AS event
         ORDER BY ev.dateStart DESC, ev.id, event.role, event.source
         LIMIT $limit
       } AS events,
       COLLECT {
         MATCH (e)-[m:MENTIONED_IN]->(s:Source)
         RETURN {id: s.id, title: s.title, publisher: s.publisher, date: s.date, url: s.url, quote: m.quote} AS source
         ORDER BY source.id
         LIMIT $limit
       } AS sources
