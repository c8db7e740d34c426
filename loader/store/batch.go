package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"gorm.io/gorm"

	"courtql/model"
)

// SaveBatch stores items in one transaction: each document with its
// entities and, through ix (nil for none), its search rows, so a crash
// leaves every document either whole and searchable or absent. A document
// already stored with the same hash is left as it is; a changed one has its
// entities replaced; a text already stored under another source is recorded
// as a duplicate of it. An item that fails is rolled back to its savepoint
// and reported in its Saved.Err; the others still commit. The error is for
// the batch as a whole (the transaction or the index failed), in which case
// nothing was stored.
func SaveBatch(ctx context.Context, db *gorm.DB, ix Indexer, items []Item) ([]Saved, error) {
	out := make([]Saved, len(items))
	// go-sqlite3 runs each statement under a cancellable context beside a
	// goroutine that watches it (0.9 ms per article in a load's profile), so
	// the batch's statements run without cancellation and the batch checks
	// ctx before each item and before indexing instead: a cancelled load
	// still stops within one item, and nothing of the batch is stored. Only
	// the wait for the writers' lock, which may be long on PostgreSQL, is
	// cancelled directly.
	err := db.WithContext(context.WithoutCancel(ctx)).Transaction(func(tx *gorm.DB) error {
		if err := lockWriters(tx.WithContext(ctx)); err != nil {
			return err
		}
		w := newWriter(tx)
		for i, it := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			sp := "item" + strconv.Itoa(i)
			if err := tx.SavePoint(sp).Error; err != nil {
				return fmt.Errorf("savepoint: %w", err)
			}
			saved, err := w.save(it)
			if err != nil {
				if e := tx.RollbackTo(sp).Error; e != nil {
					return fmt.Errorf("roll back %s: %w", it.Result.Source, e)
				}
				w.forgetCaches()
				out[i] = Saved{Err: fmt.Errorf("store %s: %w", it.Result.Source, err)}
				continue
			}
			// Released, the savepoint's journal is dropped (SQLite keeps it in
			// memory: see connPragmas) instead of growing for the whole batch.
			if err := tx.Exec("RELEASE SAVEPOINT " + sp).Error; err != nil {
				return fmt.Errorf("release savepoint: %w", err)
			}
			out[i] = saved
			for text, terms := range it.Terms {
				if w.terms == nil {
					w.terms = make(map[string]string, len(it.Terms)*len(items))
				}
				w.terms[text] = terms
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return w.finish(ix)
	})
	if err != nil {
		return nil, fmt.Errorf("store batch of %d: %w", len(items), err)
	}
	return out, nil
}

// Save stores one extraction result in its own transaction (SaveBatch of one).
func Save(ctx context.Context, db *gorm.DB, ix Indexer, it Item) (Saved, error) {
	out, err := SaveBatch(ctx, db, ix, []Item{it})
	if err != nil {
		return Saved{}, err
	}
	return out[0], out[0].Err
}

// Delete removes a document, everything extracted from it, its duplicate
// sources and (through ix) its search rows, in one transaction.
func Delete(ctx context.Context, db *gorm.DB, ix Indexer, documentID uint) error {
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := lockWriters(tx); err != nil {
			return err
		}
		w := newWriter(tx)
		if _, err := w.removeDocument(documentID); err != nil {
			return err
		}
		r := tx.Delete(&model.Document{}, documentID)
		if r.Error != nil {
			return fmt.Errorf("delete document %d: %w", documentID, r.Error)
		}
		if r.RowsAffected == 0 {
			return model.Errorf(model.ENotFound, "document not found")
		}
		return w.finish(ix)
	})
}

// lockWriters makes tx wait for every other PostgreSQL write transaction of
// the store (see model.WriterLockSQL); SQLite's BEGIN IMMEDIATE already does.
func lockWriters(tx *gorm.DB) error {
	if DialectOf(tx) != Postgres {
		return nil
	}
	if err := tx.Exec(model.WriterLockSQL).Error; err != nil {
		return fmt.Errorf("wait for other writers: %w", err)
	}
	return nil
}

// finish ends a batch: speakers left without attendances or directives by
// replaced or deleted documents are deleted, then the search rows of every
// document and shared entity the batch touched are brought in step.
func (w *writer) finish(ix Indexer) error {
	if err := w.deleteOrphanSpeakers(); err != nil {
		return err
	}
	if ix == nil {
		return nil
	}
	changes := model.IndexChanges{Documents: w.docs, Speakers: keys(w.touchedSpeakers),
		SpeakersLost: keys(w.orphanCandidates), Courts: keys(w.touchedCourts), Terms: w.terms}
	if err := ix.IndexTx(w.tx, changes); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return nil
}

// save stores one item inside the batch's transaction.
func (w *writer) save(it Item) (Saved, error) {
	res := it.Result
	var doc model.Document
	err := w.tx.Where("source = ?", res.Source).Take(&doc).Error
	found := err == nil
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return Saved{}, fmt.Errorf("find document: %w", err)
	}
	if found && doc.Hash == it.Hash {
		var meetings []model.Meeting
		err := w.tx.Where("document_id = ?", doc.ID).Order("seq").Find(&meetings).Error
		return Saved{Outcome: Unchanged, Document: doc, Meetings: meetings}, err
	}
	// A source recorded as a duplicate whose text changed is no longer one.
	if err := w.tx.Where("source = ?", res.Source).Delete(&DocumentSource{}).Error; err != nil {
		return Saved{}, fmt.Errorf("drop duplicate source: %w", err)
	}
	var same model.Document
	err = w.tx.Select("id", "uid", "source", "hash").Where("hash = ? AND source <> ?", it.Hash, res.Source).
		Order("id").Take(&same).Error
	switch {
	case err == nil:
		return w.duplicate(res.Source, it.Hash, same, found, doc.ID)
	case !errors.Is(err, gorm.ErrRecordNotFound):
		return Saved{}, fmt.Errorf("find same text: %w", err)
	}

	saved := Saved{Outcome: Created}
	if found {
		saved.Outcome = Replaced
		dropped, err := w.removeDocument(doc.ID)
		if err != nil {
			return Saved{}, err
		}
		for _, s := range dropped {
			saved.Warnings = append(saved.Warnings, fmt.Sprintf(
				"%s held the old text of %s and is no longer stored; load it again", s, res.Source))
		}
	}
	doc.UID = UID("document", res.Source)
	doc.Source = res.Source
	doc.Hash = it.Hash
	doc.Title = optional(res.Title)
	doc.PublishedAt = optional(res.PublishedAt)
	doc.Text = res.Text
	if err := w.tx.Save(&doc).Error; err != nil {
		return Saved{}, fmt.Errorf("save document: %w", err)
	}
	w.docs = append(w.docs, doc.ID)
	for _, c := range res.Courts {
		if _, err := w.court(c.Court, c.Aliases); err != nil {
			return Saved{}, err
		}
	}
	for i, m := range res.Meetings {
		row, err := w.meeting(doc, i, m)
		if err != nil {
			return Saved{}, fmt.Errorf("meeting %d: %w", i+1, err)
		}
		saved.Meetings = append(saved.Meetings, row)
	}
	saved.Document = doc
	return saved, nil
}

// duplicate records source as a further name of the stored document same.
// When source was a document of its own (replaced, its old text gone), that
// document is removed first.
func (w *writer) duplicate(source, hash string, same model.Document, hadOwn bool, ownID uint) (Saved, error) {
	if hadOwn {
		if _, err := w.removeDocument(ownID); err != nil {
			return Saved{}, err
		}
		if err := w.tx.Delete(&model.Document{}, ownID).Error; err != nil {
			return Saved{}, fmt.Errorf("delete replaced document: %w", err)
		}
	}
	row := DocumentSource{Source: source, DocumentID: same.ID, Hash: hash}
	if err := w.tx.Create(&row).Error; err != nil {
		return Saved{}, fmt.Errorf("record duplicate source: %w", err)
	}
	var meetings []model.Meeting
	if err := w.tx.Where("document_id = ?", same.ID).Order("seq").Find(&meetings).Error; err != nil {
		return Saved{}, fmt.Errorf("read meetings of %s: %w", same.Source, err)
	}
	return Saved{Outcome: Duplicate, Document: same, Meetings: meetings, DuplicateOf: same.Source}, nil
}

// removeDocument deletes the entities of a document (not the document row)
// and its duplicate sources, whose names it returns: they named the old text.
// Explicit deletes rather than ON DELETE CASCADE keep the result independent
// of the foreign_keys pragma. The speakers the document referred to become
// candidates for deletion at the end of the batch, and need reindexing.
func (w *writer) removeDocument(documentID uint) ([]string, error) {
	w.docs = append(w.docs, documentID)
	meetingIDs := w.tx.Model(&model.Meeting{}).Select("id").Where("document_id = ?", documentID)
	var speakers []uint
	err := w.tx.Raw(`SELECT speaker_id FROM attendances WHERE meeting_id IN (?)
		UNION SELECT speaker_id FROM directives WHERE meeting_id IN (?) AND speaker_id IS NOT NULL`,
		meetingIDs, meetingIDs).Scan(&speakers).Error
	if err != nil {
		return nil, fmt.Errorf("read old speakers: %w", err)
	}
	for _, id := range speakers {
		w.orphanCandidates[id] = true
	}
	for _, m := range []any{&model.Keyword{}, &model.Statistic{}, &model.Directive{}, &model.Attendance{}, &model.MeetingCourt{}} {
		if err := w.tx.Where("meeting_id IN (?)", meetingIDs).Delete(m).Error; err != nil {
			return nil, fmt.Errorf("delete old entities: %w", err)
		}
	}
	if err := w.tx.Where("document_id = ?", documentID).Delete(&model.Meeting{}).Error; err != nil {
		return nil, fmt.Errorf("delete old meetings: %w", err)
	}
	var dropped []string
	if err := w.tx.Model(&DocumentSource{}).Where("document_id = ?", documentID).Order("source").
		Pluck("source", &dropped).Error; err != nil {
		return nil, fmt.Errorf("read duplicate sources: %w", err)
	}
	if len(dropped) > 0 {
		if err := w.tx.Where("document_id = ?", documentID).Delete(&DocumentSource{}).Error; err != nil {
			return nil, fmt.Errorf("delete duplicate sources: %w", err)
		}
	}
	return dropped, nil
}

// deleteOrphanSpeakers deletes, among the speakers that replaced or deleted
// documents referred to, those no attendance or directive refers to any
// more. Only those can have become orphans, so the cost does not grow with
// the store.
func (w *writer) deleteOrphanSpeakers() error {
	ids := keys(w.orphanCandidates)
	for len(ids) > 0 {
		n := min(len(ids), maxInVars)
		err := w.tx.Where("id IN ?", ids[:n]).
			Where("NOT EXISTS (SELECT 1 FROM attendances a WHERE a.speaker_id = speakers.id)").
			Where("NOT EXISTS (SELECT 1 FROM directives d WHERE d.speaker_id = speakers.id)").
			Delete(&model.Speaker{}).Error
		if err != nil {
			return fmt.Errorf("delete orphan speakers: %w", err)
		}
		ids = ids[n:]
	}
	return nil
}

// maxInVars bounds the bound variables of one IN list (SQLite allows 32766,
// PostgreSQL 65535).
const maxInVars = 500
