// Pairs of entities recorded as possibly one (POSSIBLY_SAME_AS; ids sorted, joined by '|'): the duplicates review
// knows from these alone which candidate pairs may gain the recorded doubt's weight.
MATCH (a:Entity)-[:POSSIBLY_SAME_AS]-(b:Entity)
WHERE a.id < b.id
RETURN DISTINCT a.id + '|' + b.id AS pair
