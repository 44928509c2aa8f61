// The people the graph says lead a state ($state: its id) with no end date given: whom "the Belarusian leader"
// may name.
// :param state => 'belarus'
MATCH (p:Person)-[t:LEADS]->(:Entity {id: $state})
WHERE t.end IS NULL
RETURN DISTINCT p.id AS id
ORDER BY id
