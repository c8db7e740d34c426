package search

import "sync"

// maxPrepared bounds the texts segmented ahead and not yet indexed.
const maxPrepared = 1024

// prepared holds document texts segmented ahead of indexing, each taken
// once by the transaction that indexes its document.
type prepared struct {
	mu sync.Mutex
	m  map[string]string
}

// PrepareText segments a document's text for the index ahead of the write
// transaction that will index it, so the loader's extraction workers do this
// work in parallel instead of its one writer. Calling it is optional: a text
// not prepared is segmented when indexed. Texts beyond maxPrepared are left
// for the writer.
func (ix *Index) PrepareText(text string) {
	ix.ahead.mu.Lock()
	_, done := ix.ahead.m[text]
	full := len(ix.ahead.m) >= maxPrepared
	ix.ahead.mu.Unlock()
	if done || full {
		return
	}
	terms := ix.indexText(text)
	ix.ahead.mu.Lock()
	if ix.ahead.m == nil {
		ix.ahead.m = map[string]string{}
	}
	ix.ahead.m[text] = terms
	ix.ahead.mu.Unlock()
}

// documentTerms returns the index terms of a document's text, taking them
// from PrepareText's work when there is some.
func (ix *Index) documentTerms(text string) string {
	ix.ahead.mu.Lock()
	terms, ok := ix.ahead.m[text]
	delete(ix.ahead.m, text)
	ix.ahead.mu.Unlock()
	if ok {
		return terms
	}
	return ix.indexText(text)
}
