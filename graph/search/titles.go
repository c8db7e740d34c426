package search

import (
	"fmt"

	"gorm.io/gorm"
)

// A speaker's indexed text is its name and every title it was given, in the
// order first seen (by meeting date, then meeting and attendance). Reading
// all of a speaker's attendances for that costs as much as the speaker is
// prominent, on every document naming it, so the distinct titles strings
// are kept in search_speaker_titles with the key of their first attendance:
// an added document only adds its own rows, and only speakers who lost
// attendances are recomputed from all of theirs. The order is the same as
// reading every attendance: a title is first seen in the first attendance
// of the first titles string that holds it.

// titleRowsSQL selects (speaker, titles string, first key) from the
// attendances matching where; the key sorts as ORDER BY m.date,
// a.meeting_id, a.seq does (a NULL date first).
func titleRowsSQL(eng engine, where string) string {
	return `SELECT a.speaker_id, a.titles, MIN(` + eng.titleKeySQL() + `)
	FROM attendances a JOIN meetings m ON m.id = a.meeting_id
	WHERE a.titles <> '' AND ` + where + ` GROUP BY a.speaker_id, a.titles`
}

// rebuildTitles recomputes search_speaker_titles from every attendance.
func rebuildTitles(tx *gorm.DB, eng engine) error {
	if err := tx.Exec(`DELETE FROM search_speaker_titles`).Error; err != nil {
		return fmt.Errorf("clear speaker titles: %w", err)
	}
	err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) ` +
		titleRowsSQL(eng, `1=1`)).Error
	if err != nil {
		return fmt.Errorf("rebuild speaker titles: %w", err)
	}
	return nil
}

// updateTitles brings search_speaker_titles in step with a transaction that
// stored the given documents and took attendances from the lost speakers.
func updateTitles(tx *gorm.DB, eng engine, documents, lost []uint) error {
	for _, ids := range chunks(lost) {
		if err := tx.Exec(`DELETE FROM search_speaker_titles WHERE speaker_id IN ?`, ids).Error; err != nil {
			return fmt.Errorf("clear speaker titles: %w", err)
		}
		err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) `+
			titleRowsSQL(eng, `a.speaker_id IN ?`), ids).Error
		if err != nil {
			return fmt.Errorf("recompute speaker titles: %w", err)
		}
	}
	for _, ids := range chunks(documents) {
		err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) `+
			titleRowsSQL(eng, `m.document_id IN ?`)+
			` ON CONFLICT (speaker_id, titles) DO UPDATE SET first_key = `+
			eng.keyMinSQL(`search_speaker_titles.first_key`, `excluded.first_key`), ids).Error
		if err != nil {
			return fmt.Errorf("add speaker titles: %w", err)
		}
	}
	return nil
}

// ensureTitles fills search_speaker_titles once for a database indexed
// before it existed.
func ensureTitles(db *gorm.DB, eng engine) error {
	var missing bool
	err := db.Raw(`SELECT NOT EXISTS (SELECT 1 FROM search_speaker_titles)
		AND EXISTS (SELECT 1 FROM attendances WHERE titles <> '')`).Row().Scan(&missing)
	if err != nil || !missing {
		return err
	}
	return writeTx(db, eng, func(tx *gorm.DB) error { return rebuildTitles(tx, eng) })
}
