CYPHER replan=skip
// Sources of one batch, merged on their id ($batch.rows: id, props); tells per row whether it created, changed or
// left unchanged the source.
// :param batch => {rows: [{id: 's1', props: {title: 'Report', kind: 'article'}}]}
UNWIND $batch.rows AS row
MERGE (s:Source {id: row.id})
WITH s, row, properties(s) AS before
SET s += row.props
WITH size(keys(before)) = 1 AS created, before = properties(s) AS same
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN created OR same THEN 0 ELSE 1 END) AS updated,
       sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged
