// Lookups by name: normalized name keys (one token per key) and free-text search over names and aliases.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.keys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Events are filtered by type and by date range.
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
