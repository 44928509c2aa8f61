// title: Candidates
// description: Facts the article extractor was not sure of, held for review and kept out of every other query: each with a readable claim, its actors, the sentence it rests on, the article and a confidence; the least sure first, or in reading order for one article. Accept or reject one with POST /api/candidates/{id}/accept or /reject.
// param: source string                           optional  only the candidates of this article (its source id)
// param: status string(open|accepted|rejected)  open      open, accepted or rejected
// param: limit  integer(1..1000)                 100       at most this many candidates
:param {source: null, status: 'open', limit: 100};

MATCH (c:Candidate)
WHERE c.status = $status AND ($source IS NULL OR c.source = $source)
OPTIONAL MATCH (source:Source {id: c.source})
// A reviewer's correction, if any, over what the extractor read.
WITH c, source, coalesce(c.correctedActors, c.actors) AS actors
// The actors by their names in the graph now (a merge may have renamed one), else as the article named them.
WITH c, source, actors, [i IN range(0, size(actors) - 1) |
    coalesce(COLLECT { MATCH (e:Entity {id: actors[i]}) RETURN e.name }[0], c.names[i])] AS names
RETURN c.id AS id, c.kind AS kind, coalesce(c.correctedType, c.type) AS type,
       CASE c.kind
         WHEN 'tie' THEN names[0] + ' ' + replace(c.type, '-', ' ') + ' ' + names[1] + coalesce(' (' + c.detail + ')', '')
         ELSE coalesce(c.correctedTitle, c.title)
       END AS claim,
       actors, coalesce(c.correctedRoles, c.roles) AS roles, names, c.quote AS quote, c.confidence AS confidence, c.status AS status,
       c.source AS source, source.title AS title
ORDER BY CASE WHEN $source IS NULL THEN c.confidence END, c.source, c.sentence, c.startOffset, c.id
LIMIT toInteger($limit);
