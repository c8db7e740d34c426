package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"

	"courtql/model"
)

// entry is one indexed entity: its original texts (Body, the entity's own
// words; Extra, its context) and their segmented forms for the engine.
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
	entries, err := ix.documentEntries(db, nil, true, nil)
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	err = writeTx(db, ix.eng, func(tx *gorm.DB) error {
		if err := ix.eng.clear(tx); err != nil {
			return err
		}
		if err := tx.Exec(`DELETE FROM search_documents`).Error; err != nil {
			return err
		}
		if err := ix.eng.insert(tx, entries); err != nil {
			return err
		}
		if err := rebuildTitles(tx, ix.eng); err != nil {
			return err
		}
		if err := tx.Exec(`INSERT INTO search_documents (document_id, hash) SELECT id, hash FROM documents`).Error; err != nil {
			return fmt.Errorf("mark documents indexed: %w", err)
		}
		if err := ix.syncShared(tx); err != nil {
			return err
		}
		return ix.eng.compact(tx)
	})
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	return nil
}

// IndexDocument reindexes the meetings, directives and statistics of one
// document, dropping the rows it had before, and brings every speaker and
// court up to date (adding new ones, rewriting changed ones, dropping
// vanished ones), in a transaction of its own. The loader does the same
// inside its own transaction through IndexTx, for only the speakers and
// courts it touched.
func (ix *Index) IndexDocument(ctx context.Context, documentID uint) error {
	err := writeTx(ix.db.WithContext(ctx), ix.eng, func(tx *gorm.DB) error {
		if err := ix.indexDocuments(tx, []uint{documentID}, nil); err != nil {
			return err
		}
		return ix.syncShared(tx)
	})
	if err != nil {
		return fmt.Errorf("index document %d: %w", documentID, err)
	}
	return nil
}

// IndexTx brings the search rows in step inside the caller's transaction tx:
// the rows of the given documents are rewritten (a deleted document's are
// dropped) and the given speakers and courts are added, rewritten or
// dropped. Only these are read and segmented, so the cost of indexing a
// document does not grow with the store. It implements the loader's
// store.Indexer.
func (ix *Index) IndexTx(tx *gorm.DB, c model.IndexChanges) error {
	if err := ix.indexDocuments(tx, c.Documents, c.Terms); err != nil {
		return err
	}
	if err := updateTitles(tx, ix.eng, c.Documents, c.SpeakersLost); err != nil {
		return err
	}
	speakers := union(c.Speakers, c.SpeakersLost)
	courts := c.Courts
	want, err := sharedTextsOf(tx, speakers, courts)
	if err != nil {
		return err
	}
	var have []sharedEntry
	for _, c := range []struct {
		typ string
		ids []uint
	}{{TypeSpeaker, speakers}, {TypeCourt, courts}} {
		for _, ids := range chunks(c.ids) {
			var rows []sharedEntry
			err := tx.Raw(`SELECT id, type, entity_id, body FROM search_entries WHERE type = ? AND entity_id IN ?`,
				c.typ, ids).Scan(&rows).Error
			if err != nil {
				return fmt.Errorf("read shared entries: %w", err)
			}
			have = append(have, rows...)
		}
	}
	return ix.applyShared(tx, want, have)
}

// indexDocuments rewrites the rows of the given documents and records them
// as indexed in search_documents, which Repair checks. Texts whose terms
// are in terms (model.IndexChanges.Terms) are not segmented again.
func (ix *Index) indexDocuments(tx *gorm.DB, documents []uint, terms map[string]string) error {
	if len(documents) == 0 {
		return nil
	}
	for _, ids := range chunks(documents) {
		if err := ix.eng.remove(tx, `document_id IN ?`, ids); err != nil {
			return err
		}
		if err := tx.Exec(`DELETE FROM search_documents WHERE document_id IN ?`, ids).Error; err != nil {
			return fmt.Errorf("unmark documents: %w", err)
		}
	}
	entries, err := ix.documentEntries(tx, documents, false, terms)
	if err != nil {
		return err
	}
	if err := ix.eng.insert(tx, entries); err != nil {
		return err
	}
	for _, ids := range chunks(documents) {
		err := tx.Exec(`INSERT INTO search_documents (document_id, hash)
			SELECT id, hash FROM documents WHERE id IN ?`, ids).Error
		if err != nil {
			return fmt.Errorf("mark documents indexed: %w", err)
		}
	}
	return nil
}

// insertBatch is the number of rows per multi-row INSERT.
const insertBatch = 100

// syncShared makes every speaker and court entry match the database,
// segmenting only the texts that changed.
func (ix *Index) syncShared(tx *gorm.DB) error {
	if err := rebuildTitles(tx, ix.eng); err != nil {
		return err
	}
	want, err := sharedTexts(tx)
	if err != nil {
		return err
	}
	var have []sharedEntry
	err = tx.Raw(`SELECT id, type, entity_id, body FROM search_entries WHERE type IN (?, ?)`,
		TypeSpeaker, TypeCourt).Scan(&have).Error
	if err != nil {
		return fmt.Errorf("read shared entries: %w", err)
	}
	return ix.applyShared(tx, want, have)
}

// sharedEntry is an indexed speaker or court.
type sharedEntry struct {
	ID       int64
	Type     string
	EntityID uint
	Body     string
}

// applyShared turns the entries have into want: entries not wanted are
// dropped, changed ones rewritten, missing ones added.
func (ix *Index) applyShared(tx *gorm.DB, want map[key]string, have []sharedEntry) error {
	for _, h := range have {
		k := key{h.Type, h.EntityID}
		body, ok := want[k]
		delete(want, k)
		switch {
		case !ok:
			if err := ix.eng.remove(tx, `id = ?`, h.ID); err != nil {
				return err
			}
		case body != h.Body:
			if err := ix.eng.rewrite(tx, h.ID, body, ix.indexText(body)); err != nil {
				return fmt.Errorf("reindex %s %d: %w", h.Type, h.EntityID, err)
			}
		}
	}
	var add []entry
	for k, body := range want {
		add = append(add, entry{Type: k.typ, EntityID: k.id, Body: body, BodyTerms: ix.indexText(body)})
	}
	slices.SortFunc(add, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.EntityID, b.EntityID))
	})
	return ix.eng.insert(tx, add)
}

// union returns the distinct members of a and b, ascending.
func union(a, b []uint) []uint {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

type key struct {
	typ string
	id  uint
}

// joinTexts is model.IndexBody: the loader builds the same bodies to
// segment them ahead (model.IndexChanges.Terms).
func joinTexts(sep string, parts ...string) string { return model.IndexBody(sep, parts...) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
