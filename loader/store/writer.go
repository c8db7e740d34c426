package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"courtql/loader/court"
	"courtql/loader/extract"
	"courtql/loader/keyword"
	"courtql/model"
)

// insertBatch is the number of rows per multi-row INSERT.
const insertBatch = 100

// writer saves the rows of one batch inside its transaction. It remembers
// the courts and speakers it has resolved (a batch's articles name the same
// courts again and again) and what the batch touched, for the orphan check
// and the search index at the end.
type writer struct {
	tx       *gorm.DB
	courts   map[string]*model.Court
	aliases  map[courtAlias]bool
	speakers map[string]uint

	docs             []uint
	touchedSpeakers  map[uint]bool
	touchedCourts    map[uint]bool
	orphanCandidates map[uint]bool
	// terms are the index terms the batch's items brought (Item.Terms).
	terms map[string]string
}

type courtAlias struct {
	court uint
	alias string
}

func newWriter(tx *gorm.DB) *writer {
	w := &writer{tx: tx, touchedSpeakers: map[uint]bool{}, touchedCourts: map[uint]bool{},
		orphanCandidates: map[uint]bool{}}
	w.forgetCaches()
	return w
}

// forgetCaches drops the remembered rows, after a rollback to a savepoint
// undid some of them.
func (w *writer) forgetCaches() {
	w.courts = map[string]*model.Court{}
	w.aliases = map[courtAlias]bool{}
	w.speakers = map[string]uint{}
}

// court finds or creates the court by full name, filling attributes that are
// still unknown, its parent and its aliases.
func (w *writer) court(c court.Court, aliases []string) (uint, error) {
	if c.Name == "" {
		return 0, errors.New("court without a name")
	}
	row, err := w.courtRow(c.Name)
	if err != nil {
		return 0, err
	}
	changed := row.ID == 0
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
		created := row.ID == 0
		if err := w.tx.Save(row).Error; err != nil {
			return 0, fmt.Errorf("save court %s: %w", c.Name, err)
		}
		if created {
			w.touchedCourts[row.ID] = true
		}
	}
	if err := w.addAliases(row, aliases); err != nil {
		return 0, err
	}
	return row.ID, nil
}

// courtRow returns the remembered row of a court, reading it (or starting a
// new one) the first time.
func (w *writer) courtRow(name string) (*model.Court, error) {
	if row, ok := w.courts[name]; ok {
		return row, nil
	}
	row := &model.Court{}
	err := w.tx.Where("name = ?", name).Take(row).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		row = &model.Court{UID: UID("court", name), Name: name, Level: model.LevelUnknown}
	case err != nil:
		return nil, fmt.Errorf("find court %s: %w", name, err)
	}
	w.courts[name] = row
	return row, nil
}

// addAliases records the forms a text used for a court, in one statement
// for those not seen in this batch.
func (w *writer) addAliases(row *model.Court, aliases []string) error {
	var rows []model.CourtAlias
	for _, a := range aliases {
		k := courtAlias{row.ID, a}
		if !w.aliases[k] {
			w.aliases[k] = true
			rows = append(rows, model.CourtAlias{CourtID: row.ID, Alias: a})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	r := w.tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&rows)
	if r.Error != nil {
		return fmt.Errorf("save aliases of %s: %w", row.Name, r.Error)
	}
	if r.RowsAffected > 0 {
		w.touchedCourts[row.ID] = true
	}
	return nil
}

func (w *writer) meeting(doc model.Document, seq int, m extract.Meeting) (model.Meeting, error) {
	key := strconv.Itoa(seq)
	row := model.Meeting{UID: UID("meeting", doc.Source, key), DocumentID: doc.ID, Seq: seq,
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
	var courts []model.MeetingCourt
	seen := map[uint]bool{}
	for i, c := range m.Courts {
		id, err := w.court(c, nil)
		if err != nil {
			return row, err
		}
		if !seen[id] {
			seen[id] = true
			courts = append(courts, model.MeetingCourt{MeetingID: row.ID, CourtID: id, Seq: i})
		}
	}
	if err := create(w, courts, "meeting courts"); err != nil {
		return row, err
	}
	byName := map[string]uint{}
	var atts []model.Attendance
	for i, a := range m.Attendances {
		sid, err := w.speaker(a.Name, a.Court)
		if err != nil {
			return row, err
		}
		byName[a.Name] = sid
		atts = append(atts, model.Attendance{MeetingID: row.ID, SpeakerID: sid, Seq: i, Roles: strings.Join(a.Roles, "、"),
			Titles: strings.Join(a.Titles, "、"), SpanStart: a.Span.Start, SpanEnd: a.Span.End})
	}
	if err := create(w, atts, "attendances"); err != nil {
		return row, err
	}
	kws := keywordRows(row.ID, nil, m.Keywords)
	dirs := make([]model.Directive, len(m.Directives))
	for i, d := range m.Directives {
		dirs[i] = model.Directive{UID: UID("directive", doc.Source, key, strconv.Itoa(i)), MeetingID: row.ID, Seq: i,
			Text: d.Text, Topic: optional(d.Topic), SpanStart: d.Span.Start, SpanEnd: d.Span.End}
		if d.Ordinal > 0 {
			o := d.Ordinal
			dirs[i].Ordinal = &o
		}
		if sid, ok := byName[d.Speaker]; ok && d.Speaker != "" {
			dirs[i].SpeakerID = &sid
		}
	}
	if err := create(w, dirs, "directives"); err != nil {
		return row, err
	}
	for i, d := range m.Directives {
		kws = append(kws, keywordRows(row.ID, &dirs[i].ID, d.Keywords)...)
	}
	if err := create(w, kws, "keywords"); err != nil {
		return row, err
	}
	sts := make([]model.Statistic, len(m.Statistics))
	for i, f := range m.Statistics {
		sts[i] = model.Statistic{UID: UID("statistic", doc.Source, key, strconv.Itoa(i)), MeetingID: row.ID, Seq: i,
			Metric: f.Metric, Value: f.Value, Unit: optional(f.Unit), Period: optional(f.Period), Scope: optional(f.Scope),
			Change: f.Change, ChangeUnit: optional(f.ChangeUnit), ChangeRate: f.ChangeRate, Redacted: f.Redacted,
			Text: f.Text, SpanStart: f.Span.Start, SpanEnd: f.Span.End}
	}
	if err := create(w, sts, "statistics"); err != nil {
		return row, err
	}
	return row, nil
}

// create inserts rows with multi-row INSERTs, filling their IDs.
func create[T any](w *writer, rows []T, what string) error {
	if len(rows) == 0 {
		return nil
	}
	if err := w.tx.CreateInBatches(&rows, insertBatch).Error; err != nil {
		return fmt.Errorf("save %s: %w", what, err)
	}
	return nil
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
	id, ok := w.speakers[uid]
	if !ok {
		row := model.Speaker{UID: uid, Name: name, CourtID: courtID}
		if err := w.tx.Where("uid = ?", uid).FirstOrCreate(&row).Error; err != nil {
			return 0, fmt.Errorf("save speaker %s: %w", name, err)
		}
		id = row.ID
		w.speakers[uid] = id
	}
	// A new attendance may add titles to the speaker's indexed text.
	w.touchedSpeakers[id] = true
	return id, nil
}

func keywordRows(meetingID uint, directiveID *uint, kws []keyword.Keyword) []model.Keyword {
	rows := make([]model.Keyword, len(kws))
	for i, k := range kws {
		rows[i] = model.Keyword{MeetingID: meetingID, DirectiveID: directiveID, Word: k.Word, Weight: k.Weight, Seq: i}
	}
	return rows
}

// keys returns the set's members in ascending order.
func keys[K cmp.Ordered](m map[K]bool) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
