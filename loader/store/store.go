package store

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"courtql/loader/court"
	"courtql/loader/extract"
	"courtql/loader/keyword"
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
)

// StoredHash returns the content hash stored for source, "" when none.
func StoredHash(ctx context.Context, db *gorm.DB, source string) (string, error) {
	var doc model.Document
	err := db.WithContext(ctx).Select("hash").Where("source = ?", source).Take(&doc).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", nil
	}
	return doc.Hash, err
}

// Save writes one extraction result in one transaction. A document already
// stored with the same hash is left as it is; a changed one has its entities
// replaced. It returns the stored document and meetings.
func Save(ctx context.Context, db *gorm.DB, res extract.Result, hash string) (model.Document, []model.Meeting, Outcome, error) {
	var (
		doc      model.Document
		meetings []model.Meeting
		outcome  = Created
	)
	err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx.Where("source = ?", res.Source).Take(&doc).Error
		switch {
		case err == nil && doc.Hash == hash:
			outcome = Unchanged
			return tx.Where("document_id = ?", doc.ID).Order("seq").Find(&meetings).Error
		case err == nil:
			outcome = Replaced
			if err := deleteDocumentEntities(tx, doc.ID); err != nil {
				return err
			}
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return fmt.Errorf("find document: %w", err)
		}
		doc.UID = UID("document", res.Source)
		doc.Source = res.Source
		doc.Hash = hash
		doc.Title = optional(res.Title)
		doc.PublishedAt = optional(res.PublishedAt)
		doc.Text = res.Text
		if err := tx.Save(&doc).Error; err != nil {
			return fmt.Errorf("save document: %w", err)
		}
		w := writer{tx: tx, doc: doc, courts: map[string]uint{}, speakers: map[string]uint{}}
		for _, c := range res.Courts {
			if _, err := w.court(c.Court, c.Aliases); err != nil {
				return err
			}
		}
		for i, m := range res.Meetings {
			row, err := w.meeting(i, m)
			if err != nil {
				return fmt.Errorf("meeting %d: %w", i+1, err)
			}
			meetings = append(meetings, row)
		}
		return deleteOrphanSpeakers(tx)
	})
	if err != nil {
		return doc, nil, outcome, fmt.Errorf("store %s: %w", res.Source, err)
	}
	return doc, meetings, outcome, nil
}

// Delete removes a document and everything extracted from it.
func Delete(ctx context.Context, db *gorm.DB, documentID uint) error {
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := deleteDocumentEntities(tx, documentID); err != nil {
			return err
		}
		r := tx.Delete(&model.Document{}, documentID)
		if r.Error != nil {
			return fmt.Errorf("delete document %d: %w", documentID, r.Error)
		}
		if r.RowsAffected == 0 {
			return model.Errorf(model.ENotFound, "document not found")
		}
		return deleteOrphanSpeakers(tx)
	})
}

// deleteDocumentEntities removes the meetings of a document and, explicitly
// rather than through ON DELETE CASCADE, everything hanging off them, so the
// result does not depend on the foreign_keys pragma.
func deleteDocumentEntities(tx *gorm.DB, documentID uint) error {
	meetingIDs := tx.Model(&model.Meeting{}).Select("id").Where("document_id = ?", documentID)
	for _, m := range []any{&model.Keyword{}, &model.Statistic{}, &model.Directive{}, &model.Attendance{}, &model.MeetingCourt{}} {
		if err := tx.Where("meeting_id IN (?)", meetingIDs).Delete(m).Error; err != nil {
			return fmt.Errorf("delete old entities: %w", err)
		}
	}
	if err := tx.Where("document_id = ?", documentID).Delete(&model.Meeting{}).Error; err != nil {
		return fmt.Errorf("delete old meetings: %w", err)
	}
	return nil
}

func deleteOrphanSpeakers(tx *gorm.DB) error {
	err := tx.Where("id NOT IN (?) AND id NOT IN (?)",
		tx.Model(&model.Attendance{}).Select("speaker_id"),
		tx.Model(&model.Directive{}).Select("speaker_id").Where("speaker_id IS NOT NULL"),
	).Delete(&model.Speaker{}).Error
	if err != nil {
		return fmt.Errorf("delete orphan speakers: %w", err)
	}
	return nil
}

// writer saves the rows of one document, remembering the courts and speakers
// it has already resolved to IDs.
type writer struct {
	tx       *gorm.DB
	doc      model.Document
	courts   map[string]uint
	speakers map[string]uint
}

// court finds or creates the court by full name, filling attributes that are
// still unknown, its parent and its aliases.
func (w *writer) court(c court.Court, aliases []string) (uint, error) {
	if c.Name == "" {
		return 0, errors.New("court without a name")
	}
	id, seen := w.courts[c.Name]
	if !seen {
		var row model.Court
		err := w.tx.Where("name = ?", c.Name).Take(&row).Error
		if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return 0, fmt.Errorf("find court %s: %w", c.Name, err)
		}
		changed := row.ID == 0
		if row.ID == 0 {
			row = model.Court{UID: UID("court", c.Name), Name: c.Name, Level: model.LevelUnknown}
		}
		if (row.Level == model.LevelUnknown || row.Level == "") && c.Level != "" {
			row.Level, changed = c.Level, true
		}
		if row.Province == nil && c.Province != "" {
			row.Province, changed = optional(c.Province), true
		}
		if row.City == nil && c.City != "" {
			row.City, changed = optional(c.City), true
		}
		if row.ParentID == nil && c.ParentCourt != nil && c.Parent != c.Name {
			pid, err := w.court(*c.ParentCourt, nil)
			if err != nil {
				return 0, err
			}
			row.ParentID, changed = &pid, true
		}
		if changed {
			if err := w.tx.Save(&row).Error; err != nil {
				return 0, fmt.Errorf("save court %s: %w", c.Name, err)
			}
		}
		id = row.ID
		w.courts[c.Name] = id
	}
	for _, a := range aliases {
		err := w.tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&model.CourtAlias{CourtID: id, Alias: a}).Error
		if err != nil {
			return 0, fmt.Errorf("save alias %s of %s: %w", a, c.Name, err)
		}
	}
	return id, nil
}

func (w *writer) meeting(seq int, m extract.Meeting) (model.Meeting, error) {
	key := strconv.Itoa(seq)
	row := model.Meeting{UID: UID("meeting", w.doc.Source, key), DocumentID: w.doc.ID, Seq: seq,
		Title: optional(m.Title), Name: m.Name, Kind: m.Kind, Date: optional(m.Date), DateText: optional(m.DateText)}
	if m.Host != nil {
		id, err := w.court(*m.Host, nil)
		if err != nil {
			return row, err
		}
		row.HostID = &id
	}
	if err := w.tx.Create(&row).Error; err != nil {
		return row, fmt.Errorf("save meeting: %w", err)
	}
	seen := map[uint]bool{}
	for i, c := range m.Courts {
		id, err := w.court(c, nil)
		if err != nil {
			return row, err
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := w.tx.Create(&model.MeetingCourt{MeetingID: row.ID, CourtID: id, Seq: i}).Error; err != nil {
			return row, fmt.Errorf("save meeting court: %w", err)
		}
	}
	byName := map[string]uint{}
	for i, a := range m.Attendances {
		sid, err := w.speaker(a.Name, a.Court)
		if err != nil {
			return row, err
		}
		byName[a.Name] = sid
		att := model.Attendance{MeetingID: row.ID, SpeakerID: sid, Seq: i, Roles: strings.Join(a.Roles, "、"),
			Titles: strings.Join(a.Titles, "、"), SpanStart: a.Span.Start, SpanEnd: a.Span.End}
		if err := w.tx.Create(&att).Error; err != nil {
			return row, fmt.Errorf("save attendance of %s: %w", a.Name, err)
		}
	}
	if err := w.keywords(row.ID, nil, m.Keywords); err != nil {
		return row, err
	}
	for i, d := range m.Directives {
		dir := model.Directive{UID: UID("directive", w.doc.Source, key, strconv.Itoa(i)), MeetingID: row.ID, Seq: i,
			Text: d.Text, Topic: optional(d.Topic), SpanStart: d.Span.Start, SpanEnd: d.Span.End}
		if d.Ordinal > 0 {
			o := d.Ordinal
			dir.Ordinal = &o
		}
		if sid, ok := byName[d.Speaker]; ok && d.Speaker != "" {
			dir.SpeakerID = &sid
		}
		if err := w.tx.Create(&dir).Error; err != nil {
			return row, fmt.Errorf("save directive %d: %w", i+1, err)
		}
		if err := w.keywords(row.ID, &dir.ID, d.Keywords); err != nil {
			return row, err
		}
	}
	for i, f := range m.Statistics {
		st := model.Statistic{UID: UID("statistic", w.doc.Source, key, strconv.Itoa(i)), MeetingID: row.ID, Seq: i,
			Metric: f.Metric, Value: f.Value, Unit: optional(f.Unit), Period: optional(f.Period), Scope: optional(f.Scope),
			Change: f.Change, ChangeUnit: optional(f.ChangeUnit), ChangeRate: f.ChangeRate, Redacted: f.Redacted,
			Text: f.Text, SpanStart: f.Span.Start, SpanEnd: f.Span.End}
		if err := w.tx.Create(&st).Error; err != nil {
			return row, fmt.Errorf("save statistic %d: %w", i+1, err)
		}
	}
	return row, nil
}

// speaker finds or creates the person with this name at this court.
func (w *writer) speaker(name string, c *court.Court) (uint, error) {
	courtName := ""
	var courtID *uint
	if c != nil && c.Name != "" {
		id, err := w.court(*c, nil)
		if err != nil {
			return 0, err
		}
		courtName, courtID = c.Name, &id
	}
	uid := UID("speaker", name, courtName)
	if id, ok := w.speakers[uid]; ok {
		return id, nil
	}
	row := model.Speaker{UID: uid, Name: name, CourtID: courtID}
	if err := w.tx.Where("uid = ?", uid).FirstOrCreate(&row).Error; err != nil {
		return 0, fmt.Errorf("save speaker %s: %w", name, err)
	}
	w.speakers[uid] = row.ID
	return row.ID, nil
}

func (w *writer) keywords(meetingID uint, directiveID *uint, kws []keyword.Keyword) error {
	for i, k := range kws {
		row := model.Keyword{MeetingID: meetingID, DirectiveID: directiveID, Word: k.Word, Weight: k.Weight, Seq: i}
		if err := w.tx.Create(&row).Error; err != nil {
			return fmt.Errorf("save keyword %s: %w", k.Word, err)
		}
	}
	return nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
