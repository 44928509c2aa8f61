// Records on article $article the hash of the text the extractor read ($textHash) and the extractor
// ($extractor), so that importing the same text again changes nothing.
MATCH (s:Source {id: $article})
SET s.textHash = $textHash, s.extractor = $extractor
