CYPHER replan=skip
// Sources known to be new ($batch.rows: id, props), created without a look for an existing one.
// :param batch => {rows: [{id: 's1', props: {title: 'Report', kind: 'article'}}]}
UNWIND $batch.rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props
RETURN count(*) AS created
