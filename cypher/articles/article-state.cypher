// What the graph holds of article $article: the hash of the text the extractor read and the extractor (no row:
// never imported).
MATCH (s:Source {id: $article})
RETURN s.textHash AS textHash, s.extractor AS extractor
