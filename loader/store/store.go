package store

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"courtql/loader/extract"
	"courtql/model"
)

// UID is the stable key of an entity: a hash of its natural key, so the same
// text loaded into any database gives the same global IDs.
func UID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(h[:15]))
}

// HashText is the content hash that decides whether a file changed.
func HashText(b []byte) string {
	h := sha256.Sum256(b)
	return fmt.Sprintf("%x", h)
}

// Outcome says what Save did with a document.
type Outcome int

// Outcomes of Save.
const (
	Created Outcome = iota
	Replaced
	Unchanged
	// Duplicate: the text is already stored under another source, which the
	// document now also records (see DocumentSource).
	Duplicate
)

// Indexer keeps a search index in step with the store inside the store's own
// transaction, so a document, its entities and its search rows commit
// together. The changes list the documents stored, replaced or deleted (a
// deleted one only loses its rows) and the shared entities whose indexed
// text may have changed. The loader cannot import the search package; the
// server passes it in.
type Indexer interface {
	IndexTx(tx *gorm.DB, changes model.IndexChanges) error
}

// TextPreparer is optionally implemented by an Indexer that can do part of
// its work on a document's text before the write transaction: the loader's
// extraction workers call it, in parallel, so the one writer does less.
type TextPreparer interface {
	// PrepareTerms returns the index terms of texts keyed by text, for
	// model.IndexChanges.Terms.
	PrepareTerms(texts []model.IndexText) map[string]string
}

// Item is one extracted document ready to be stored.
type Item struct {
	Result extract.Result
	// Hash is HashText of the file's raw bytes (or the ingested text).
	Hash string
	// Terms are the index terms of the texts IndexTexts lists, prepared
	// by a TextPreparer (nil when there is none): SaveBatch hands them to
	// the Indexer in model.IndexChanges.Terms.
	Terms map[string]string
}

// IndexTexts lists the texts the search index will segment for res's
// document once it is stored (the search package's gather.go reads the
// same ones back): the page text and the body of each meeting, directive
// and statistic, with the words extraction already cut where it cut that
// very text. A text listed here that the index does not ask for, or one
// it asks for that is missing, only costs time: the index segments what it
// was not given.
func IndexTexts(res extract.Result) []model.IndexText {
	if len(res.Meetings) == 0 {
		return nil // a document without meetings has no search rows
	}
	out := []model.IndexText{{Text: res.Text, Words: res.Words}}
	for _, m := range res.Meetings {
		out = append(out, model.IndexText{Text: model.IndexBody(" ", m.Title, m.Name, m.Kind)})
		for _, d := range m.Directives {
			t := model.IndexText{Text: model.IndexBody(" ", d.Text, d.Topic)}
			if t.Text == d.Text {
				t.Words = d.Words
			}
			out = append(out, t)
		}
		for _, f := range m.Statistics {
			out = append(out, model.IndexText{Text: model.IndexBody(" ", f.Metric, f.Text)})
		}
	}
	return out
}

// Saved is what SaveBatch did with one Item.
type Saved struct {
	Outcome  Outcome
	Document model.Document
	Meetings []model.Meeting
	// DuplicateOf is the source already holding the same text (Outcome Duplicate).
	DuplicateOf string
	// Warnings are notes on the store step (e.g. duplicates dropped by a
	// replaced document).
	Warnings []string
	// Err is set when this item could not be stored; the others still were.
	Err error
}

// KnownHashes returns the content hash stored for every source (documents
// and their duplicate sources) in one query, so a load of unchanged files
// costs one read instead of one per file.
func KnownHashes(ctx context.Context, db *gorm.DB) (map[string]string, error) {
	var rows []struct{ Source, Hash string }
	err := db.WithContext(ctx).Raw(`SELECT source, hash FROM documents
		UNION ALL SELECT source, hash FROM document_sources`).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("read stored hashes: %w", err)
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		out[r.Source] = r.Hash
	}
	return out, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
