// Ids an entity has in other data sets (a FollowTheMoney id folded into an entity already in the graph),
// so that importing that data set again finds the same entity.
CREATE FULLTEXT INDEX entity_external_ids IF NOT EXISTS FOR (e:Entity) ON EACH [e.externalIds]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
