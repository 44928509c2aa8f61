// Fuzzy name lookups: the sounds of every word of an entity's names (search box, fuzzy) and the blocking keys
// of its full names (import-time matching of spellings the exact name keys miss), one keyword term each.
CREATE FULLTEXT INDEX entity_sounds IF NOT EXISTS FOR (e:Entity) ON EACH [e.sounds, e.blocks]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Review decisions: merges (undoable) and pairs a journalist said are two entities.
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT distinct_pair IF NOT EXISTS FOR (d:Distinct) REQUIRE d.pair IS UNIQUE;
CREATE INDEX merge_into IF NOT EXISTS FOR (m:Merge) ON (m.into);
