// Facts the article extractor is not sure of, held for review apart from the facts: one node a candidate, its id
// stable across readings of the article; listed by status, found by article when the article changes.
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (c:Candidate) REQUIRE c.id IS UNIQUE;
CREATE INDEX candidate_status IF NOT EXISTS FOR (c:Candidate) ON (c.status);
CREATE INDEX candidate_source IF NOT EXISTS FOR (c:Candidate) ON (c.source);
