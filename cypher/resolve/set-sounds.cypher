// Sets the name keys, sounds and blocking keys computed for each entity by the current name rules ($rows: id,
// keys, sounds, blocks; $version).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.keys = row.keys, e.sounds = row.sounds, e.blocks = row.blocks, e.nameRules = $version
