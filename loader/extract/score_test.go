package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"courtql/loader/textio"
)

// The scoring here follows ../shared/tools/extract-eval, applied to Extract's
// result directly instead of through the API, so a regression fails go test.

var verbose = flag.Bool("score.v", false, "print every miss and extra of the scoring tests")

const sharedDir = "../../../shared"

type goldDoc struct {
	Source   string        `json:"source"`
	Meetings []goldMeeting `json:"meetings"`
}

type goldMeeting struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Date        *string  `json:"date"`
	DatePartial string   `json:"date_partial"`
	Host        *string  `json:"host"`
	Courts      []string `json:"courts"`
	Speakers    []struct {
		Name   string   `json:"name"`
		Court  *string  `json:"court"`
		Titles []string `json:"titles"`
		Roles  []string `json:"roles"`
	} `json:"speakers"`
	Directives []struct {
		Speaker *string `json:"speaker"`
		Ordinal *int    `json:"ordinal"`
		Key     string  `json:"key"`
	} `json:"directives"`
	Statistics []goldStat `json:"statistics"`
}

type goldStat struct {
	Metric     string   `json:"metric"`
	Value      *float64 `json:"value"`
	Unit       *string  `json:"unit"`
	Change     *float64 `json:"change"`
	ChangeRate *float64 `json:"change_rate"`
	Redacted   bool     `json:"redacted"`
}

type prf struct{ tp, fp, fn int }

func (s prf) f1() float64 {
	p := 1.0
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	} else if s.fn > 0 {
		p = 0
	}
	r := 1.0
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type scores struct {
	kinds map[string]*prf
	attr  map[string]*[2]int
	log   []string
}

func newScores() *scores {
	s := &scores{kinds: map[string]*prf{}, attr: map[string]*[2]int{}}
	for _, k := range []string{"meetings", "courts", "speakers", "directives", "statistics"} {
		s.kinds[k] = &prf{}
	}
	return s
}

func (s *scores) check(attr string, ok bool, format string, args ...any) {
	a := s.attr[attr]
	if a == nil {
		a = &[2]int{}
		s.attr[attr] = a
	}
	a[1]++
	if ok {
		a[0]++
	} else {
		s.log = append(s.log, fmt.Sprintf("  %s: ", attr)+fmt.Sprintf(format, args...))
	}
}

func (s *scores) accuracy(attr string) float64 {
	a := s.attr[attr]
	if a == nil || a[1] == 0 {
		return 1
	}
	return float64(a[0]) / float64(a[1])
}

func (s *scores) overall() float64 {
	return (s.kinds["speakers"].f1() + s.kinds["directives"].f1() + s.kinds["statistics"].f1() + s.kinds["courts"].f1()) / 4
}

var pinyinGloss = regexp.MustCompile(`\([a-zA-Z\x{00e0}-\x{01dc}\x{0300}-\x{036f}]+\)`)

func norm(s string) string {
	return pinyinGloss.ReplaceAllString(strings.Join(strings.Fields(s), ""), "")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func numEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*b))
}

var magnitude = map[string]float64{"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3}

func baseQuantity(v *float64, unit string) (*float64, string) {
	unit = norm(unit)
	r := []rune(unit)
	if v != nil && len(r) > 1 {
		if m, ok := magnitude[string(r[0])]; ok {
			x := *v * m
			return &x, string(r[1:])
		}
	}
	return v, unit
}

// scoreDoc pairs the gold meetings of one document with the extracted ones
// and adds to s, as extract-eval's score_doc does.
func scoreDoc(s *scores, gold goldDoc, res Result) {
	sys := append([]Meeting(nil), res.Meetings...)
	s.kinds["meetings"].tp += min(len(gold.Meetings), len(sys))
	s.kinds["meetings"].fp += max(0, len(sys)-len(gold.Meetings))
	s.kinds["meetings"].fn += max(0, len(gold.Meetings)-len(sys))
	for _, gm := range gold.Meetings {
		var sm Meeting
		if len(sys) > 0 {
			best := 0
			for i, m := range sys {
				if overlap(m.Name, gm.Name) > overlap(sys[best].Name, gm.Name) {
					best = i
				}
			}
			sm = sys[best]
			sys = append(sys[:best], sys[best+1:]...)
		}
		host := ""
		if sm.Host != nil {
			host = sm.Host.Name
		}
		s.check("meeting.kind", norm(gm.Kind) == norm(sm.Kind), "gold %q got %q", gm.Kind, sm.Kind)
		s.check("meeting.host", norm(deref(gm.Host)) == norm(host), "gold %q got %q", deref(gm.Host), host)
		if gm.Date == nil && gm.DatePartial != "" {
			s.check("meeting.date", sm.Date == "" || strings.HasSuffix(sm.Date, gm.DatePartial[1:]), "gold %q got %q", gm.DatePartial, sm.Date)
		} else {
			s.check("meeting.date", norm(deref(gm.Date)) == norm(sm.Date), "gold %q got %q", deref(gm.Date), sm.Date)
		}
		scoreCourts(s, gm, sm)
		scoreSpeakers(s, gm, sm)
		scoreDirectives(s, gm, sm)
		scoreStatistics(s, gm, sm)
	}
}

func overlap(a, b string) int {
	set := map[rune]bool{}
	for _, r := range norm(a) {
		set[r] = true
	}
	n := 0
	seen := map[rune]bool{}
	for _, r := range norm(b) {
		if set[r] && !seen[r] {
			n++
			seen[r] = true
		}
	}
	return n
}

func scoreCourts(s *scores, gm goldMeeting, sm Meeting) {
	got := map[string]bool{}
	for _, c := range sm.Courts {
		got[norm(c.Name)] = true
	}
	want := map[string]bool{}
	for _, c := range gm.Courts {
		want[norm(c)] = true
	}
	for c := range want {
		if got[c] {
			s.kinds["courts"].tp++
		} else {
			s.kinds["courts"].fn++
			s.log = append(s.log, "  court missed: "+c)
		}
	}
	for c := range got {
		if !want[c] {
			s.kinds["courts"].fp++
			s.log = append(s.log, "  court extra: "+c)
		}
	}
}

func scoreSpeakers(s *scores, gm goldMeeting, sm Meeting) {
	used := map[int]bool{}
	for _, g := range gm.Speakers {
		found := -1
		for j, a := range sm.Attendances {
			if !used[j] && norm(a.Name) == norm(g.Name) {
				found = j
				break
			}
		}
		if found < 0 {
			s.kinds["speakers"].fn++
			s.log = append(s.log, "  speaker missed: "+g.Name)
			continue
		}
		used[found] = true
		s.kinds["speakers"].tp++
		a := sm.Attendances[found]
		court := ""
		if a.Court != nil {
			court = a.Court.Name
		}
		s.check("speaker.court", norm(deref(g.Court)) == norm(court), "%s gold %q got %q", g.Name, deref(g.Court), court)
		s.check("speaker.titles", sameSet(g.Titles, a.Titles, norm), "%s gold %v got %v", g.Name, g.Titles, a.Titles)
		s.check("speaker.roles", sameSet(g.Roles, a.Roles, func(x string) string { return x }), "%s gold %v got %v", g.Name, g.Roles, a.Roles)
	}
	for j, a := range sm.Attendances {
		if !used[j] {
			s.kinds["speakers"].fp++
			s.log = append(s.log, "  speaker extra: "+a.Name)
		}
	}
}

func scoreDirectives(s *scores, gm goldMeeting, sm Meeting) {
	used := map[int]bool{}
	for _, g := range gm.Directives {
		found := -1
		for j, d := range sm.Directives {
			if !used[j] && strings.Contains(norm(d.Text), norm(g.Key)) {
				found = j
				break
			}
		}
		if found < 0 {
			s.kinds["directives"].fn++
			s.log = append(s.log, "  directive missed: "+g.Key)
			continue
		}
		used[found] = true
		s.kinds["directives"].tp++
		d := sm.Directives[found]
		s.check("directive.speaker", norm(deref(g.Speaker)) == norm(d.Speaker), "%s gold %q got %q", g.Key, deref(g.Speaker), d.Speaker)
		if g.Ordinal != nil {
			s.check("directive.ordinal", *g.Ordinal == d.Ordinal, "%s gold %d got %d", g.Key, *g.Ordinal, d.Ordinal)
		}
	}
	for j, d := range sm.Directives {
		if !used[j] {
			s.kinds["directives"].fp++
			s.log = append(s.log, "  directive extra: "+truncate(d.Text, 40))
		}
	}
}

func scoreStatistics(s *scores, gm goldMeeting, sm Meeting) {
	sameMetric := func(g, m string) bool {
		a, b := norm(g), norm(m)
		return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
	}
	used := map[int]bool{}
	for _, g := range gm.Statistics {
		found := -1
		for j, f := range sm.Statistics {
			if used[j] {
				continue
			}
			var ok bool
			switch {
			case g.Redacted:
				ok = f.Redacted && norm(deref(g.Unit)) == norm(f.Unit) && sameMetric(g.Metric, f.Metric)
			case g.Value == nil:
				ok = f.Value == nil && sameMetric(g.Metric, f.Metric)
				if g.ChangeRate != nil {
					ok = ok && numEq(g.ChangeRate, f.ChangeRate)
				} else {
					ok = ok && numEq(g.Change, f.Change)
				}
			default:
				gv, gu := baseQuantity(g.Value, deref(g.Unit))
				fv, fu := baseQuantity(f.Value, f.Unit)
				ok = numEq(gv, fv) && gu == fu
			}
			if ok {
				found = j
				break
			}
		}
		if found < 0 {
			s.kinds["statistics"].fn++
			s.log = append(s.log, fmt.Sprintf("  statistic missed: %s %v%s", g.Metric, fmtNum(g.Value), deref(g.Unit)))
			continue
		}
		used[found] = true
		s.kinds["statistics"].tp++
		f := sm.Statistics[found]
		s.check("statistic.metric", sameMetric(g.Metric, f.Metric), "gold %q got %q", g.Metric, f.Metric)
		if g.Change != nil {
			s.check("statistic.change", numEq(g.Change, f.Change), "%s gold %v got %v", g.Metric, fmtNum(g.Change), fmtNum(f.Change))
		}
		if g.ChangeRate != nil {
			s.check("statistic.change_rate", numEq(g.ChangeRate, f.ChangeRate), "%s gold %v got %v", g.Metric, fmtNum(g.ChangeRate), fmtNum(f.ChangeRate))
		}
	}
	for j, f := range sm.Statistics {
		if !used[j] {
			s.kinds["statistics"].fp++
			s.log = append(s.log, fmt.Sprintf("  statistic extra: %s %v%s", f.Metric, fmtNum(f.Value), f.Unit))
		}
	}
}

func fmtNum(v *float64) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprint(*v)
}

func sameSet(a, b []string, f func(string) string) bool {
	x, y := map[string]bool{}, map[string]bool{}
	for _, s := range a {
		x[f(s)] = true
	}
	for _, s := range b {
		y[f(s)] = true
	}
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// scoreCorpus extracts every document of docsDir that has a gold file in goldDir.
func scoreCorpus(t *testing.T, docsDir, goldDir string) *scores {
	t.Helper()
	golds, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if len(golds) == 0 {
		// a missing ../shared must not pass as a green run
		t.Fatalf("no gold files in %s", goldDir)
	}
	sort.Strings(golds)
	s := newScores()
	for _, gf := range golds {
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var gold goldDoc
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		raw, err := textio.ReadFile(filepath.Join(docsDir, gold.Source))
		if err != nil {
			t.Fatal(err)
		}
		res, _ := Extract(gold.Source, raw)
		before := len(s.log)
		scoreDoc(s, gold, res)
		if *verbose && len(s.log) > before {
			t.Logf("%s:\n%s", gold.Source, strings.Join(s.log[before:], "\n"))
		}
	}
	return s
}

func report(t *testing.T, s *scores) {
	var b strings.Builder
	for _, k := range []string{"meetings", "courts", "speakers", "directives", "statistics"} {
		fmt.Fprintf(&b, "%-11s F1 %.3f\n", k, s.kinds[k].f1())
	}
	names := make([]string, 0, len(s.attr))
	for k := range s.attr {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&b, "  %-22s %d/%d %.3f\n", k, s.attr[k][0], s.attr[k][1], s.accuracy(k))
	}
	fmt.Fprintf(&b, "extraction F1 %.3f", s.overall())
	t.Log("\n" + b.String())
}

// bars are the least each score may be; they only ever go up. perKind,
// when set, gives a kind its own floor above kind.
type bars struct {
	overall, kind, attr float64
	perKind             map[string]float64
}

func checkBars(t *testing.T, s *scores, b bars) {
	t.Helper()
	report(t, s)
	if got := s.overall(); got < b.overall {
		t.Errorf("extraction F1 %.3f < %.3f", got, b.overall)
	}
	for k, v := range s.kinds {
		floor := max(b.kind, b.perKind[k])
		if v.f1() < floor {
			t.Errorf("%s F1 %.3f < %.3f", k, v.f1(), floor)
		}
	}
	for k := range b.perKind {
		if _, ok := s.kinds[k]; !ok {
			t.Errorf("no %s scored: the floor set for it checks nothing", k)
		}
	}
	for _, k := range []string{"meeting.kind", "meeting.host", "meeting.date", "speaker.court", "speaker.titles", "speaker.roles",
		"directive.speaker", "directive.ordinal", "statistic.metric", "statistic.change", "statistic.change_rate"} {
		if got := s.accuracy(k); got < b.attr {
			t.Errorf("%s accuracy %.3f < %.3f", k, got, b.attr)
		}
	}
}

// TestScoreSeeds scores the seeds against the hand-checked gold.
func TestScoreSeeds(t *testing.T) {
	s := scoreCorpus(t, seedsDir, filepath.Join(sharedDir, "gold"))
	checkBars(t, s, bars{overall: 0.97, kind: 0.95, attr: 0.95})
}

// TestScoreDev scores the development corpus of real articles (27). The
// floors sit a little under the measured figures (2026-12-06, after the
// held-out dev page 406's review list: F1 0.997; speakers, statistics,
// meetings, directives 1.000, courts 0.987; every attribute 1.000), so a
// change that loses a page fails.
func TestScoreDev(t *testing.T) {
	s := scoreCorpus(t, filepath.Join(sharedDir, "dev", "docs"), filepath.Join(sharedDir, "dev", "gold"))
	checkBars(t, s, bars{overall: 0.993, kind: 0.95, attr: 0.99, perKind: map[string]float64{
		"speakers": 0.99, "statistics": 0.99, "meetings": 0.99, "directives": 0.99, "courts": 0.98,
	}})
}

// TestScoreHoldout scores the invented held-out articles: testdata/holdout
// (other provinces, court levels and layouts than the seeds and dev docs) and
// testdata/holdout3 (pages as messy as real court sites), testdata/holdout4
// (transcripts, roundups, tables, older and western-province pages) and
// testdata/holdout5 (circuit and maritime tribunals, reports, mixed scripts)
// testdata/holdout6 (long speeches, instructions without 要, ratios) and
// testdata/holdout7 (precision traps: case retellings, quotes, other bodies)
// testdata/holdout8 (hard wraps, HTML remnants, roundups, reposts) and
// testdata/holdout9 (house styles of real news sources), testdata/holdout10
// (the municipalities' numbered and district courts), testdata/holdout11
// (issue 9's failure classes on unseen pages), testdata/holdout12 (a
// second round of them, harder: cross-year dates, bare 市法院, outside posts),
// testdata/holdout13 (a third round: page-foot dates, 分别 change lists),
// testdata/holdout14 (a fourth round: who is read as a speaker) and
// testdata/holdout15 (a fifth round: what is wrongly read).
func TestScoreHoldout(t *testing.T) {
	for _, set := range []string{"holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", set)
			s := scoreCorpus(t, filepath.Join(dir, "docs"), filepath.Join(dir, "gold"))
			checkBars(t, s, bars{overall: 0.95, kind: 0.90, attr: 0.90})
		})
	}
}
