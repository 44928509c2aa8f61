// Records a reviewer's decision on candidate $id ($status: accepted or rejected, $note: why, or null) if it is
// still open, with the reviewer's correction of its fact ($correction: correctedActors, correctedRoles,
// correctedTitle, correctedType; or null); a decided candidate keeps its decision. Returns the status before and
// after.
MATCH (c:Candidate {id: $id})
WITH c, c.status AS before
CALL (c, before) {
  WITH c WHERE before = 'open'
  SET c.status = $status, c.reviewedAt = toString(datetime.truncate('second', datetime())), c.note = $note
  SET c += coalesce($correction, {})
}
RETURN before, c.status AS status, c.reviewedAt AS reviewedAt, c.note AS note
