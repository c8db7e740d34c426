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
// of one document (of every document when all).
func (ix *Index) documentEntries(db *gorm.DB, documentID uint, all bool) ([]entry, error) {
	where, args := ` WHERE m.document_id = ?`, []any{documentID}
	if all {
		where, args = ``, nil
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
			terms = ix.indexText(m.Text)
			docTerms[m.DocumentID] = terms
		}
		body := joinTexts(" ", deref(m.Title), m.Name, m.Kind)
		out = append(out, entry{Type: TypeMeeting, EntityID: m.ID, DocumentID: m.DocumentID,
			Body: body, Extra: m.Text, BodyTerms: ix.indexText(body), ExtraTerms: terms})
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
			Body: body, BodyTerms: ix.indexText(body)})
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
			Body: body, BodyTerms: ix.indexText(body)})
	}
	return out, nil
}

// sharedTexts returns the body every speaker and court should have.
func sharedTexts(tx *gorm.DB) (map[key]string, error) {
	want := map[key]string{}

	var speakers []struct {
		ID   uint
		Name string
	}
	if err := tx.Raw(`SELECT id, name FROM speakers`).Scan(&speakers).Error; err != nil {
		return nil, fmt.Errorf("read speakers: %w", err)
	}
	var titles []struct {
		SpeakerID uint
		Titles    string
	}
	err := tx.Raw(`SELECT a.speaker_id, a.titles FROM attendances a
		JOIN meetings m ON m.id = a.meeting_id
		WHERE a.titles <> '' ORDER BY a.speaker_id, m.date, a.meeting_id, a.seq`).Scan(&titles).Error
	if err != nil {
		return nil, fmt.Errorf("read attendance titles: %w", err)
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

	var courts []struct {
		ID   uint
		Name string
	}
	if err := tx.Raw(`SELECT id, name FROM courts`).Scan(&courts).Error; err != nil {
		return nil, fmt.Errorf("read courts: %w", err)
	}
	var aliases []struct {
		CourtID uint
		Alias   string
	}
	if err := tx.Raw(`SELECT court_id, alias FROM court_aliases ORDER BY court_id, id`).Scan(&aliases).Error; err != nil {
		return nil, fmt.Errorf("read court aliases: %w", err)
	}
	byCourt := map[uint][]string{}
	for _, a := range aliases {
		byCourt[a.CourtID] = append(byCourt[a.CourtID], a.Alias)
	}
	for _, c := range courts {
		want[key{TypeCourt, c.ID}] = joinTexts(" ", c.Name, strings.Join(byCourt[c.ID], "、"))
	}
	return want, nil
}
