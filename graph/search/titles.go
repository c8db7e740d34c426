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

const titlesSchema = `CREATE TABLE IF NOT EXISTS search_speaker_titles (
	speaker_id INTEGER NOT NULL,
	titles TEXT NOT NULL,
	first_key TEXT NOT NULL,
	PRIMARY KEY (speaker_id, titles)
)`

// titleRowsSQL selects (speaker, titles string, first key) from the
// attendances matching where. The key sorts as ORDER BY m.date, a.meeting_id,
// a.seq does (a NULL date first).
const titleRowsSQL = `SELECT a.speaker_id, a.titles,
		MIN(COALESCE(m.date, '') || '|' || printf('%%012d|%%06d', a.meeting_id, a.seq))
	FROM attendances a JOIN meetings m ON m.id = a.meeting_id
	WHERE a.titles <> '' AND %s GROUP BY a.speaker_id, a.titles`

// rebuildTitles recomputes search_speaker_titles from every attendance.
func rebuildTitles(tx *gorm.DB) error {
	if err := tx.Exec(`DELETE FROM search_speaker_titles`).Error; err != nil {
		return fmt.Errorf("clear speaker titles: %w", err)
	}
	err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) ` +
		fmt.Sprintf(titleRowsSQL, `1=1`)).Error
	if err != nil {
		return fmt.Errorf("rebuild speaker titles: %w", err)
	}
	return nil
}

// updateTitles brings search_speaker_titles in step with a transaction that
// stored the given documents and took attendances from the lost speakers.
func updateTitles(tx *gorm.DB, documents, lost []uint) error {
	for _, ids := range chunks(lost) {
		if err := tx.Exec(`DELETE FROM search_speaker_titles WHERE speaker_id IN ?`, ids).Error; err != nil {
			return fmt.Errorf("clear speaker titles: %w", err)
		}
		err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) `+
			fmt.Sprintf(titleRowsSQL, `a.speaker_id IN ?`), ids).Error
		if err != nil {
			return fmt.Errorf("recompute speaker titles: %w", err)
		}
	}
	for _, ids := range chunks(documents) {
		err := tx.Exec(`INSERT INTO search_speaker_titles (speaker_id, titles, first_key) `+
			fmt.Sprintf(titleRowsSQL, `m.document_id IN ?`)+
			` ON CONFLICT (speaker_id, titles) DO UPDATE SET first_key = min(first_key, excluded.first_key)`, ids).Error
		if err != nil {
			return fmt.Errorf("add speaker titles: %w", err)
		}
	}
	return nil
}

// ensureTitles fills search_speaker_titles once for a database indexed
// before it existed.
func ensureTitles(db *gorm.DB) error {
	var missing bool
	err := db.Raw(`SELECT NOT EXISTS (SELECT 1 FROM search_speaker_titles)
		AND EXISTS (SELECT 1 FROM attendances WHERE titles <> '')`).Row().Scan(&missing)
	if err != nil || !missing {
		return err
	}
	return db.Transaction(rebuildTitles)
}
