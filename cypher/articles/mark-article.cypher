// Records on article $article the hash of the text the extractor read ($textHash; of the text alone, $bodyHash)
// and the extractor ($extractor), so that importing the same text again changes nothing, and a copy of it under
// another title or URL is known as one.
MATCH (s:Source {id: $article})
SET s.textHash = $textHash, s.extractor = $extractor, s.bodyHash = $bodyHash
