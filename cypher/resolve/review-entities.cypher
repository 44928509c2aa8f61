// Every entity of one label, or of all ($label: null), with its names: what duplicate detection compares.
MATCH (e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name,
       coalesce(e.aliases, []) AS aliases
