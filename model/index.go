package model

import "strings"

// IndexChanges lists what one write transaction changed, for a search index
// kept in step inside that transaction (the loader's store.Indexer; the
// search package implements it without importing the loader).
type IndexChanges struct {
	// Documents were stored, replaced or deleted.
	Documents []uint
	// Speakers were created or given attendances.
	Speakers []uint
	// SpeakersLost lost attendances (their documents were replaced or
	// deleted), or were deleted.
	SpeakersLost []uint
	// Courts were created or given aliases.
	Courts []uint
	// Terms holds index terms segmented ahead of the transaction (by the
	// loader's extraction workers, in parallel), keyed by the text they
	// are the terms of: a document's text or an IndexBody. The index takes
	// a text's terms from here instead of segmenting it again; a text
	// missing here is segmented as usual. May be nil.
	Terms map[string]string
}

// IndexText is a text the search index will segment, given to it ahead
// of the write transaction: a document's text, or the IndexBody of one of
// its meetings, directives or statistics. Words, when not nil, are the
// text cut by the segmenter (segment.Default().Cut(Text, true)), as
// extraction cut it for keywords; an index whose tokenizer is that
// segmenter uses them instead of cutting the text again.
type IndexText struct {
	Text  string
	Words []string
}

// IndexBody is the text the search index holds for an entity made of
// parts (a meeting's title, name and kind; a directive's text and topic; a
// statistic's metric and text): the non-empty parts, trimmed, joined with
// sep, skipping a part already contained in an earlier one (a meeting's
// kind in its name), so repeating it does not inflate its term frequency.
func IndexBody(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		dup := false
		for _, k := range kept {
			if strings.Contains(k, p) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// WriterLockSQL, run first in a PostgreSQL write transaction, makes the
// transactions of every process writing the store (loaders, servers
// ingesting) run one at a time, as SQLite's single writer does: a writer
// then sees the documents, courts and speakers an earlier one committed and
// reuses them, instead of both inserting the same natural key and one
// failing on its unique index. The lock is released at commit or rollback.
// Both the store and the search index take it; the key is arbitrary and
// shared by both.
const WriterLockSQL = `SELECT pg_advisory_xact_lock(7236105711348201536)`
