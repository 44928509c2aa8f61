// Entities whose name keys, sounds and blocking keys were computed by other name rules than the current ones
// ($version), or before there were sounds (schema V0004), a batch at a time.
MATCH (e:Entity)
WHERE e.nameRules IS NULL OR e.nameRules <> $version
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
LIMIT $limit
