package search

import (
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// What each entity type indexes. Body is the entity's own words; Extra is
// context weighted weightExtra, so a meeting is also found by its article's
// words, below the meetings whose title or name carry them.
//
//	Meeting    body: title, name, kind     extra: the document's cleaned text
//	Directive  body: text, topic
//	Statistic  body: metric, text
//	Speaker    body: name, the titles of all attendances
//	Court      body: name, aliases

// documentEntries reads and segments the meetings, directives and statistics
// of the given documents (of every document when all), taking the terms of
// a text found in terms instead of segmenting it.
func (ix *Index) documentEntries(db *gorm.DB, documentIDs []uint, all bool, terms map[string]string) ([]entry, error) {
	if all {
		return ix.documentEntriesWhere(db, terms, ``)
	}
	var out []entry
	for _, ids := range chunks(documentIDs) {
		es, err := ix.documentEntriesWhere(db, terms, ` WHERE m.document_id IN ?`, ids)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

func (ix *Index) documentEntriesWhere(db *gorm.DB, prepared map[string]string, where string, args ...any) ([]entry, error) {
	termsOf := func(text string) string {
		if t, ok := prepared[text]; ok {
			return t
		}
		return ix.indexText(text)
	}
	var meetings []struct {
		ID         uint
		DocumentID uint
		Title      *string
		Name       string
		Kind       string
		Text       string
	}
	err := db.Raw(`SELECT m.id, m.document_id, m.title, m.name, m.kind, d.text
		FROM meetings m JOIN documents d ON d.id = m.document_id`+where+` ORDER BY m.id`, args...).
		Scan(&meetings).Error
	if err != nil {
		return nil, fmt.Errorf("read meetings: %w", err)
	}
	var out []entry
	docTerms := map[uint]string{} // a document's text is segmented once for all its meetings
	for _, m := range meetings {
		terms, ok := docTerms[m.DocumentID]
		if !ok {
			terms = termsOf(m.Text)
			docTerms[m.DocumentID] = terms
		}
		body := joinTexts(" ", deref(m.Title), m.Name, m.Kind)
		out = append(out, entry{Type: TypeMeeting, EntityID: m.ID, DocumentID: m.DocumentID,
			Body: body, Extra: m.Text, BodyTerms: termsOf(body), ExtraTerms: terms})
	}

	var directives []struct {
		ID         uint
		DocumentID uint
		Text       string
		Topic      *string
	}
	err = db.Raw(`SELECT x.id, m.document_id, x.text, x.topic
		FROM directives x JOIN meetings m ON m.id = x.meeting_id`+where+` ORDER BY x.id`, args...).
		Scan(&directives).Error
	if err != nil {
		return nil, fmt.Errorf("read directives: %w", err)
	}
	for _, d := range directives {
		body := joinTexts(" ", d.Text, deref(d.Topic))
		out = append(out, entry{Type: TypeDirective, EntityID: d.ID, DocumentID: d.DocumentID,
			Body: body, BodyTerms: termsOf(body)})
	}

	var stats []struct {
		ID         uint
		DocumentID uint
		Metric     string
		Text       string
	}
	err = db.Raw(`SELECT x.id, m.document_id, x.metric, x.text
		FROM statistics x JOIN meetings m ON m.id = x.meeting_id`+where+` ORDER BY x.id`, args...).
		Scan(&stats).Error
	if err != nil {
		return nil, fmt.Errorf("read statistics: %w", err)
	}
	for _, s := range stats {
		body := joinTexts(" ", s.Metric, s.Text)
		out = append(out, entry{Type: TypeStatistic, EntityID: s.ID, DocumentID: s.DocumentID,
			Body: body, BodyTerms: termsOf(body)})
	}
	return out, nil
}

// sharedTexts returns the body every speaker and court should have.
func sharedTexts(tx *gorm.DB) (map[key]string, error) {
	want := map[key]string{}
	if err := speakerTexts(tx, want, ``); err != nil {
		return nil, err
	}
	if err := courtTexts(tx, want, ``); err != nil {
		return nil, err
	}
	return want, nil
}

// sharedTextsOf returns the body the given speakers and courts should have;
// those that no longer exist are absent.
func sharedTextsOf(tx *gorm.DB, speakers, courts []uint) (map[key]string, error) {
	want := map[key]string{}
	for _, ids := range chunks(speakers) {
		if err := speakerTexts(tx, want, ` AND x.id IN ?`, ids); err != nil {
			return nil, err
		}
	}
	for _, ids := range chunks(courts) {
		if err := courtTexts(tx, want, ` AND x.id IN ?`, ids); err != nil {
			return nil, err
		}
	}
	return want, nil
}

// speakerTexts adds the body of each speaker x matching and (SQL) to want:
// the name and every title, in meeting date order (from
// search_speaker_titles, see titles.go).
func speakerTexts(tx *gorm.DB, want map[key]string, and string, args ...any) error {
	var speakers []struct {
		ID   uint
		Name string
	}
	if err := tx.Raw(`SELECT x.id, x.name FROM speakers x WHERE 1=1`+and, args...).Scan(&speakers).Error; err != nil {
		return fmt.Errorf("read speakers: %w", err)
	}
	var titles []struct {
		SpeakerID uint
		Titles    string
	}
	err := tx.Raw(`SELECT t.speaker_id, t.titles FROM search_speaker_titles t
		JOIN speakers x ON x.id = t.speaker_id WHERE 1=1`+and+` ORDER BY t.speaker_id, t.first_key`, args...).Scan(&titles).Error
	if err != nil {
		return fmt.Errorf("read attendance titles: %w", err)
	}
	byPerson := map[uint][]string{}
	for _, t := range titles {
		for _, s := range strings.Split(t.Titles, "、") {
			if s = strings.TrimSpace(s); s != "" && !slices.Contains(byPerson[t.SpeakerID], s) {
				byPerson[t.SpeakerID] = append(byPerson[t.SpeakerID], s)
			}
		}
	}
	for _, s := range speakers {
		want[key{TypeSpeaker, s.ID}] = joinTexts(" ", s.Name, strings.Join(byPerson[s.ID], "、"))
	}
	return nil
}

// courtTexts adds the body of each court x matching and (SQL) to want: the
// name and every alias.
func courtTexts(tx *gorm.DB, want map[key]string, and string, args ...any) error {
	var courts []struct {
		ID   uint
		Name string
	}
	if err := tx.Raw(`SELECT x.id, x.name FROM courts x WHERE 1=1`+and, args...).Scan(&courts).Error; err != nil {
		return fmt.Errorf("read courts: %w", err)
	}
	var aliases []struct {
		CourtID uint
		Alias   string
	}
	err := tx.Raw(`SELECT a.court_id, a.alias FROM court_aliases a JOIN courts x ON x.id = a.court_id
		WHERE 1=1`+and+` ORDER BY a.court_id, a.id`, args...).Scan(&aliases).Error
	if err != nil {
		return fmt.Errorf("read court aliases: %w", err)
	}
	byCourt := map[uint][]string{}
	for _, a := range aliases {
		byCourt[a.CourtID] = append(byCourt[a.CourtID], a.Alias)
	}
	for _, c := range courts {
		want[key{TypeCourt, c.ID}] = joinTexts(" ", c.Name, strings.Join(byCourt[c.ID], "、"))
	}
	return nil
}

// maxInVars bounds the bound variables of one IN list.
const maxInVars = 500

// chunks splits ids into IN lists of at most maxInVars.
func chunks(ids []uint) [][]uint {
	var out [][]uint
	for len(ids) > 0 {
		n := min(len(ids), maxInVars)
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	return out
}
