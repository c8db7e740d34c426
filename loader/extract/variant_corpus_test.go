package extract_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gorm.io/gorm"

	"courtql/loader"
	"courtql/loader/court"
	"courtql/loader/extract"
	"courtql/loader/meeting"
	"courtql/loader/people"
	"courtql/loader/stats"
	"courtql/loader/store"
	"courtql/model"
)

// TestCorpus100 loads 100 generated variants through the real loader into a
// temporary SQLite database, reads every meeting back and scores it against
// the variant's expected extraction: each must score about as well as its
// source document, and no worse than extracting the same file directly.
func TestCorpus100(t *testing.T) {
	if testing.Short() {
		t.Skip("100-variant corpus skipped under -short")
	}
	variants, err := extract.GenerateCorpus(100, 20240601)
	if errors.Is(err, extract.ErrNoSources) {
		t.Fatal(err) // a missing ../shared must not pass as a green run
	}
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, v := range variants {
		b, err := v.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(docs, v.FileName()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, err := store.Open(filepath.Join(dir, "corpus.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	})
	ctx := context.Background()
	sum, err := (&loader.Loader{DB: db}).Load(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if err := sum.Err(); err != nil {
		t.Fatalf("load: %v", err)
	}
	if sum.Created != len(variants) {
		t.Errorf("created %d documents, want %d", sum.Created, len(variants))
	}
	var failed, total float64
	for _, v := range variants {
		res, err := readBack(ctx, db, v.FileName())
		if err != nil {
			t.Errorf("%s: %v", v.FileName(), err)
			continue
		}
		got := v.Check(res)
		total += got.F1
		if len(got.Regressions) > 0 {
			failed++
			t.Errorf("%s [%s]: F1 %.3f (source %.3f): %s\nnew misses:\n%s", v.FileName(), strings.Join(v.Ops(), " "),
				got.F1, got.SourceF1, strings.Join(got.Regressions, "; "), strings.Join(got.NewMisses, "\n"))
		}
		direct, err := v.ExtractDirect()
		if err != nil {
			t.Fatal(err)
		}
		if d := v.Check(direct); d.F1 > got.F1+1e-9 {
			t.Errorf("%s: stored extraction scores %.3f, direct extraction %.3f: the store loses data", v.FileName(), got.F1, d.F1)
		}
	}
	t.Logf("%d variants loaded, mean F1 %.3f, %d regress against their source", len(variants), total/float64(len(variants)), int(failed))
}

// readBack rebuilds the extraction of one stored document from the database.
func readBack(ctx context.Context, db *gorm.DB, source string) (extract.Result, error) {
	res := extract.Result{Source: source}
	var doc model.Document
	if err := db.WithContext(ctx).Where("source = ?", source).Take(&doc).Error; err != nil {
		return res, fmt.Errorf("read document: %w", err)
	}
	var rows []model.Meeting
	if err := db.WithContext(ctx).Preload("Host").Where("document_id = ?", doc.ID).Order("seq").Find(&rows).Error; err != nil {
		return res, fmt.Errorf("read meetings: %w", err)
	}
	for _, row := range rows {
		m := extract.Meeting{Meeting: meeting.Meeting{Name: row.Name, Kind: row.Kind, Date: deref(row.Date), Host: toCourt(row.Host)}}
		var mcs []model.MeetingCourt
		if err := db.WithContext(ctx).Preload("Court").Where("meeting_id = ?", row.ID).Order("seq").Find(&mcs).Error; err != nil {
			return res, fmt.Errorf("read meeting courts: %w", err)
		}
		for _, mc := range mcs {
			if c := toCourt(mc.Court); c != nil {
				m.Courts = append(m.Courts, *c)
			}
		}
		var atts []model.Attendance
		if err := db.WithContext(ctx).Preload("Speaker.Court").Where("meeting_id = ?", row.ID).Order("seq").Find(&atts).Error; err != nil {
			return res, fmt.Errorf("read attendances: %w", err)
		}
		for _, a := range atts {
			pa := people.Attendance{Titles: split(a.Titles), Roles: split(a.Roles)}
			if a.Speaker != nil {
				pa.Name, pa.Court = a.Speaker.Name, toCourt(a.Speaker.Court)
			}
			m.Attendances = append(m.Attendances, pa)
		}
		var dirs []model.Directive
		if err := db.WithContext(ctx).Preload("Speaker").Where("meeting_id = ?", row.ID).Order("seq").Find(&dirs).Error; err != nil {
			return res, fmt.Errorf("read directives: %w", err)
		}
		for _, d := range dirs {
			pd := people.Directive{Text: d.Text}
			if d.Speaker != nil {
				pd.Speaker = d.Speaker.Name
			}
			if d.Ordinal != nil {
				pd.Ordinal = *d.Ordinal
			}
			m.Directives = append(m.Directives, extract.Directive{Directive: pd})
		}
		var sts []model.Statistic
		if err := db.WithContext(ctx).Where("meeting_id = ?", row.ID).Order("seq").Find(&sts).Error; err != nil {
			return res, fmt.Errorf("read statistics: %w", err)
		}
		for _, s := range sts {
			m.Statistics = append(m.Statistics, stats.Figure{Metric: s.Metric, Value: s.Value, Unit: deref(s.Unit),
				Change: s.Change, ChangeRate: s.ChangeRate, Redacted: s.Redacted})
		}
		res.Meetings = append(res.Meetings, m)
	}
	return res, nil
}

func toCourt(c *model.Court) *court.Court {
	if c == nil {
		return nil
	}
	return &court.Court{Name: c.Name}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "、")
}
