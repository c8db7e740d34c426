package search

import (
	"courtql/model"
)

// UseExtractionWords tells the index that its Tokenizer is the loader's
// segmenter (segment.Default().Cut(text, true)), so the words extraction
// cut from a text (model.IndexText.Words) are the tokens it would cut
// itself, and PrepareTerms may use them instead of segmenting the text
// again. Call it once, before the index is used.
func (ix *Index) UseExtractionWords() { ix.wordsAreTokens = true }

// PrepareTerms segments texts for the index ahead of the write transaction
// that will index them: the loader's extraction workers call it, in
// parallel, and hand the result to the one writer in
// model.IndexChanges.Terms, so the writer segments nothing it was given.
// The terms are those indexText gives (a test compares the index rows
// built both ways).
func (ix *Index) PrepareTerms(texts []model.IndexText) map[string]string {
	out := make(map[string]string, len(texts))
	for _, t := range texts {
		if _, done := out[t.Text]; done {
			continue
		}
		if t.Words != nil && ix.wordsAreTokens {
			out[t.Text] = ix.indexTokens(t.Words)
		} else {
			out[t.Text] = ix.indexText(t.Text)
		}
	}
	return out
}
