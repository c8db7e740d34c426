package meeting

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"courtql/loader/clean"
	"courtql/loader/court"
	"courtql/loader/text"
)

// Scoring against the shared gold, as ../shared/tools/extract-eval scores
// meetings (kind, host, date) and their courts. Bars sit just under what the
// finder reached with the court grammar of the day; raise them as it improves.
const shared = "../../../shared"

var bars = map[string]struct{ attrs, courts float64 }{
	"seeds": {attrs: 0.95, courts: 0.95},
	"dev":   {attrs: 0.93, courts: 0.90},
}

type goldDoc struct {
	Source   string `json:"source"`
	Meetings []struct {
		Name        string   `json:"name"`
		Kind        string   `json:"kind"`
		Date        *string  `json:"date"`
		DatePartial *string  `json:"date_partial"`
		Host        string   `json:"host"`
		Courts      []string `json:"courts"`
	} `json:"meetings"`
}

var pinyin = regexp.MustCompile(`\([a-zA-Z\x{e0}-\x{1dc}\x{300}-\x{36f}]+\)`)

func norm(s string) string {
	return pinyin.ReplaceAllString(strings.Join(strings.Fields(s), ""), "")
}

type score struct {
	attrOK, attrN int
	tp, fp, fn    int
	log           []string
}

func (s *score) f1() float64 {
	p, r := 1.0, 1.0
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func scoreSet(t *testing.T, docs, gold string) *score {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(gold, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no gold in %s", gold)
	}
	s := &score{}
	for _, f := range files {
		var g goldDoc
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		raw, err := os.ReadFile(filepath.Join(docs, g.Source))
		if err != nil {
			t.Fatal(err)
		}
		page := clean.Clean(string(raw))
		d := text.New(page.Text)
		got := Find(d, page.Title, page.PublishedAt, court.Scan(page.Text))
		if len(got) != len(g.Meetings) {
			t.Errorf("%s: %d meetings, gold %d", g.Source, len(got), len(g.Meetings))
		}
		for i, gm := range g.Meetings {
			var m Meeting
			if i < len(got) {
				m = got[i]
			}
			host := ""
			if m.Host != nil {
				host = m.Host.Name
			}
			check := func(field, want, have string, ok bool) {
				s.attrN++
				if ok {
					s.attrOK++
				} else {
					s.log = append(s.log, fmt.Sprintf("%s %s: gold %q got %q", g.Source[:3], field, want, have))
				}
			}
			check("kind", gm.Kind, m.Kind, norm(gm.Kind) == norm(m.Kind))
			check("host", gm.Host, host, norm(gm.Host) == norm(host))
			switch {
			case gm.Date == nil && gm.DatePartial != nil:
				check("date", *gm.DatePartial, m.Date+" ("+m.DateText+")", m.Date == "" || strings.HasSuffix(m.Date, (*gm.DatePartial)[1:]))
			case gm.Date == nil:
				check("date", "", m.Date, m.Date == "")
			default:
				check("date", *gm.Date, m.Date, *gm.Date == m.Date)
			}
			want := map[string]bool{}
			for _, c := range gm.Courts {
				want[norm(c)] = true
			}
			have := map[string]bool{}
			for _, c := range m.Courts {
				have[norm(c.Name)] = true
			}
			for c := range have {
				if want[c] {
					s.tp++
				} else {
					s.fp++
					s.log = append(s.log, fmt.Sprintf("%s court extra: %s", g.Source[:3], c))
				}
			}
			for c := range want {
				if !have[c] {
					s.fn++
					s.log = append(s.log, fmt.Sprintf("%s court missed: %s", g.Source[:3], c))
				}
			}
		}
	}
	return s
}

func TestScoreAgainstGold(t *testing.T) {
	sets := []struct{ name, docs, gold string }{
		{"seeds", shared + "/seeds", shared + "/gold"},
		{"dev", shared + "/dev/docs", shared + "/dev/gold"},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			s := scoreSet(t, set.docs, set.gold)
			attrs := float64(s.attrOK) / float64(s.attrN)
			t.Logf("%s: meeting attributes %d/%d = %.3f, courts F1 %.3f (tp %d fp %d fn %d)",
				set.name, s.attrOK, s.attrN, attrs, s.f1(), s.tp, s.fp, s.fn)
			for _, l := range s.log {
				t.Log("  " + l)
			}
			bar := bars[set.name]
			if attrs < bar.attrs {
				t.Errorf("meeting attributes %.3f below %.2f", attrs, bar.attrs)
			}
			if s.f1() < bar.courts {
				t.Errorf("courts F1 %.3f below %.2f", s.f1(), bar.courts)
			}
		})
	}
}
