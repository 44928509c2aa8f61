// Records that two entities are two ($a, $b, $pair: their ids sorted and joined by '|'), so that they are
// never proposed as duplicates again.
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
MERGE (d:Review:Distinct {pair: $pair})
ON CREATE SET d.a = $a, d.b = $b, d.at = toString(datetime.truncate('second', datetime())), d.note = $note
RETURN d.pair AS pair, d.at AS at
