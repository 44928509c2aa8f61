// Sources known to be new ($rows: id, props), created without a look for an existing one.
// :param rows => [{id: 's1', props: {title: 'Report', kind: 'article'}}]
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props
RETURN count(*) AS created
