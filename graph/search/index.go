package search

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// entry is one indexed entity: its original texts (Body, the entity's own
// words; Extra, its context) and their segmented forms for search_fts.
type entry struct {
	Type       string
	EntityID   uint
	DocumentID uint // 0 for speakers and courts, which many documents share
	Body       string
	Extra      string
	BodyTerms  string
	ExtraTerms string
}

// Rebuild empties the index and indexes every entity again. Texts are read
// and segmented before the write transaction, which only swaps the rows.
func (ix *Index) Rebuild(ctx context.Context) error {
	db := ix.db.WithContext(ctx)
	entries, err := ix.documentEntries(db, 0, true)
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	err = db.Transaction(func(tx *gorm.DB) error {
		for _, stmt := range []string{`DELETE FROM search_fts`, `DELETE FROM search_entries`} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		for _, e := range entries {
			if err := insertEntry(tx, e); err != nil {
				return err
			}
		}
		if err := ix.syncShared(tx); err != nil {
			return err
		}
		// Merge the FTS4 b-tree segments the bulk insert left behind.
		return tx.Exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`).Error
	})
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	return nil
}

// IndexDocument reindexes the meetings, directives and statistics of one
// document, dropping the rows it had before, and brings speakers and courts
// up to date (adding new ones, rewriting changed ones, dropping vanished
// ones). Call it after a document is ingested, re-ingested or deleted: for a
// deleted document it only removes rows.
func (ix *Index) IndexDocument(ctx context.Context, documentID uint) error {
	db := ix.db.WithContext(ctx)
	entries, err := ix.documentEntries(db, documentID, false)
	if err != nil {
		return fmt.Errorf("index document %d: %w", documentID, err)
	}
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := deleteEntries(tx, `document_id = ?`, documentID); err != nil {
			return err
		}
		for _, e := range entries {
			if err := insertEntry(tx, e); err != nil {
				return err
			}
		}
		return ix.syncShared(tx)
	})
	if err != nil {
		return fmt.Errorf("index document %d: %w", documentID, err)
	}
	return nil
}

func insertEntry(tx *gorm.DB, e entry) error {
	var id int64
	err := tx.Raw(`INSERT INTO search_entries (type, entity_id, document_id, body, extra)
		VALUES (?, ?, ?, ?, ?) RETURNING id`, e.Type, e.EntityID, e.DocumentID, e.Body, e.Extra).Row().Scan(&id)
	if err != nil {
		return fmt.Errorf("insert %s %d: %w", e.Type, e.EntityID, err)
	}
	err = tx.Exec(`INSERT INTO search_fts (docid, body, extra) VALUES (?, ?, ?)`, id, e.BodyTerms, e.ExtraTerms).Error
	if err != nil {
		return fmt.Errorf("index %s %d: %w", e.Type, e.EntityID, err)
	}
	return nil
}

// deleteEntries removes the entries matching where, FTS rows first.
func deleteEntries(tx *gorm.DB, where string, args ...any) error {
	err := tx.Exec(`DELETE FROM search_fts WHERE docid IN (SELECT id FROM search_entries WHERE `+where+`)`, args...).Error
	if err != nil {
		return fmt.Errorf("delete index rows: %w", err)
	}
	if err := tx.Exec(`DELETE FROM search_entries WHERE `+where, args...).Error; err != nil {
		return fmt.Errorf("delete index entries: %w", err)
	}
	return nil
}

// syncShared makes the speaker and court entries match the database,
// segmenting only the texts that changed.
func (ix *Index) syncShared(tx *gorm.DB) error {
	want, err := sharedTexts(tx)
	if err != nil {
		return err
	}
	type have struct {
		ID       int64
		Type     string
		EntityID uint
		Body     string
	}
	var rows []have
	err = tx.Raw(`SELECT id, type, entity_id, body FROM search_entries WHERE type IN (?, ?)`,
		TypeSpeaker, TypeCourt).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("read shared entries: %w", err)
	}
	for _, h := range rows {
		k := key{h.Type, h.EntityID}
		body, ok := want[k]
		delete(want, k)
		switch {
		case !ok:
			if err := deleteEntries(tx, `id = ?`, h.ID); err != nil {
				return err
			}
		case body != h.Body:
			if err := tx.Exec(`UPDATE search_fts SET body = ? WHERE docid = ?`, ix.indexText(body), h.ID).Error; err != nil {
				return fmt.Errorf("reindex %s %d: %w", h.Type, h.EntityID, err)
			}
			if err := tx.Exec(`UPDATE search_entries SET body = ? WHERE id = ?`, body, h.ID).Error; err != nil {
				return fmt.Errorf("update %s %d: %w", h.Type, h.EntityID, err)
			}
		}
	}
	for k, body := range want {
		e := entry{Type: k.typ, EntityID: k.id, Body: body, BodyTerms: ix.indexText(body)}
		if err := insertEntry(tx, e); err != nil {
			return err
		}
	}
	return nil
}

type key struct {
	typ string
	id  uint
}

// joinTexts joins the non-empty parts with sep, skipping a part already
// contained in an earlier one (a meeting's kind in its name), so repeating
// it does not inflate its term frequency.
func joinTexts(sep string, parts ...string) string {
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

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
