package stats

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// The dev harness scores statistics against the shared gold the way
// tools/extract-eval does, without the server: same_stat (value after folding
// magnitudes and unit; redacted: unit and metric containment; change-only:
// metric containment and equal change rate or change), then metric, change
// and change-rate accuracy on matched pairs. `go test -run Score -v` prints
// misses and extras.

const shared = "../../../shared"

// Bars set just under the scores reached; raise them as rules improve.
const (
	seedF1Bar   = 0.98
	seedAttrBar = 0.95
	devF1Bar    = 0.95
)

type goldStat struct {
	Metric     string   `json:"metric"`
	Value      *float64 `json:"value"`
	Unit       *string  `json:"unit"`
	Change     *float64 `json:"change"`
	ChangeRate *float64 `json:"change_rate"`
	Redacted   bool     `json:"redacted"`
}

type goldDoc struct {
	Source   string `json:"source"`
	Meetings []struct {
		Statistics []goldStat `json:"statistics"`
	} `json:"meetings"`
}

var dropLine = regexp.MustCompile(`^(责任编辑|來源|来源|作者)|ICP|邮编|访客|浏览`)

// minimalClean trims lines and drops bylines and page furniture.
func minimalClean(raw string) string {
	var keep []string
	for _, l := range strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || dropLine.MatchString(l) {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

var pinyin = regexp.MustCompile(`\([a-zA-Z\x{00e0}-\x{01dc}\x{0300}-\x{036f}]+\)`)

func norm(s string) string {
	return pinyin.ReplaceAllString(strings.Join(strings.Fields(s), ""), "")
}

var magnitudes = map[rune]float64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '千': 1e3}

func baseQuantity(v *float64, unit string) (*float64, string) {
	u := []rune(norm(unit))
	if v != nil && len(u) > 1 {
		if m, ok := magnitudes[u[0]]; ok {
			x := *v * m
			return &x, string(u[1:])
		}
	}
	return v, string(u)
}

func numEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

func sameMetric(g goldStat, s Figure) bool {
	a, b := norm(g.Metric), norm(s.Metric)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func sameStat(g goldStat, s Figure) bool {
	if g.Redacted {
		return s.Redacted && norm(str(g.Unit)) == norm(s.Unit) && sameMetric(g, s)
	}
	if g.Value == nil {
		if s.Value != nil || !sameMetric(g, s) {
			return false
		}
		if g.ChangeRate != nil {
			return numEq(g.ChangeRate, s.ChangeRate)
		}
		return numEq(g.Change, s.Change)
	}
	gv, gu := baseQuantity(g.Value, str(g.Unit))
	sv, su := baseQuantity(s.Value, s.Unit)
	return numEq(gv, sv) && gu == su
}

type tally struct{ tp, fp, fn, metricOK, metricN, chOK, chN, rateOK, rateN int }

func (t tally) f1() float64 {
	p, r := 1.0, 1.0
	if t.tp+t.fp > 0 {
		p = float64(t.tp) / float64(t.tp+t.fp)
	} else if t.fn > 0 {
		p = 0
	}
	if t.tp+t.fn > 0 {
		r = float64(t.tp) / float64(t.tp+t.fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(ok, n int) float64 {
	if n == 0 {
		return 1
	}
	return float64(ok) / float64(n)
}

func fv(p *float64) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

func scoreDir(t *testing.T, docs, gold string) tally {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(gold, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no gold in %s", gold)
	}
	var tot tally
	for _, gf := range files {
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("read gold: %v", err)
		}
		var g goldDoc
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("parse %s: %v", gf, err)
		}
		raw, err := os.ReadFile(filepath.Join(docs, g.Source))
		if err != nil {
			t.Fatalf("read doc: %v", err)
		}
		cleaned := minimalClean(string(raw))
		d := text.New(cleaned)
		figs := Extract(d, text.Span{Start: 0, End: len(d.Runes)}, court.Scan(cleaned))
		var gs []goldStat
		for _, m := range g.Meetings {
			gs = append(gs, m.Statistics...)
		}
		used := map[int]bool{}
		for _, gi := range gs {
			found := -1
			for j, s := range figs {
				if !used[j] && sameStat(gi, s) {
					found = j
					break
				}
			}
			if found < 0 {
				tot.fn++
				t.Logf("%s: missed %s %s%s", g.Source, gi.Metric, fv(gi.Value), str(gi.Unit))
				continue
			}
			used[found] = true
			tot.tp++
			s := figs[found]
			tot.metricN++
			if sameMetric(gi, s) {
				tot.metricOK++
			} else {
				t.Logf("%s: metric gold %q got %q", g.Source, gi.Metric, s.Metric)
			}
			if gi.Change != nil {
				tot.chN++
				if numEq(gi.Change, s.Change) {
					tot.chOK++
				} else {
					t.Logf("%s: %s change gold %v got %s", g.Source, gi.Metric, *gi.Change, fv(s.Change))
				}
			}
			if gi.ChangeRate != nil {
				tot.rateN++
				if numEq(gi.ChangeRate, s.ChangeRate) {
					tot.rateOK++
				} else {
					t.Logf("%s: %s change rate gold %v got %s", g.Source, gi.Metric, *gi.ChangeRate, fv(s.ChangeRate))
				}
			}
		}
		for j, s := range figs {
			if !used[j] {
				tot.fp++
				t.Logf("%s: extra %s %s%s in %q", g.Source, s.Metric, fv(s.Value), s.Unit, d.Slice(s.Span))
			}
		}
	}
	return tot
}

func report(t *testing.T, name string, s tally) {
	t.Logf("%s: statistics tp %d fp %d fn %d F1 %.3f; metric %d/%d change %d/%d change_rate %d/%d",
		name, s.tp, s.fp, s.fn, s.f1(), s.metricOK, s.metricN, s.chOK, s.chN, s.rateOK, s.rateN)
}

func TestScoreSeeds(t *testing.T) {
	s := scoreDir(t, filepath.Join(shared, "seeds"), filepath.Join(shared, "gold"))
	report(t, "seeds", s)
	if s.f1() < seedF1Bar {
		t.Errorf("seed statistics F1 %.3f < %.2f", s.f1(), seedF1Bar)
	}
	if r := ratio(s.metricOK, s.metricN); r < seedAttrBar {
		t.Errorf("seed metric accuracy %.3f < %.2f", r, seedAttrBar)
	}
	if r := ratio(s.chOK+s.rateOK, s.chN+s.rateN); r < seedAttrBar {
		t.Errorf("seed change accuracy %.3f < %.2f", r, seedAttrBar)
	}
}

func TestScoreDev(t *testing.T) {
	s := scoreDir(t, filepath.Join(shared, "dev", "docs"), filepath.Join(shared, "dev", "gold"))
	report(t, "dev", s)
	if s.f1() < devF1Bar {
		t.Errorf("dev statistics F1 %.3f < %.2f", s.f1(), devF1Bar)
	}
}
