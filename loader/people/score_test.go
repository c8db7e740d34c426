package people

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// The dev harness scores Extract against the shared gold annotations the way
// ../shared/tools/extract-eval does: speakers are matched by name, a gold
// directive is found when a system directive's text contains its key
// (greedy, in order). Run with -v to see every miss.

const shared = "../../../shared"

type goldDoc struct {
	Source   string `json:"source"`
	Meetings []struct {
		Host     *string `json:"host"`
		Speakers []struct {
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
	} `json:"meetings"`
}

var pinyin = regexp.MustCompile(`\([a-zA-Z\x{00e0}-\x{01dc}\x{0300}-\x{036f}]+\)`)

func norm(s string) string {
	return pinyin.ReplaceAllString(strings.Join(strings.Fields(s), ""), "")
}

// minimalClean trims lines and drops credit and caption lines.
func minimalClean(raw string) string {
	var out []string
	for _, l := range strings.Split(raw, "\n") {
		l = strings.TrimSpace(l)
		skip := false
		for _, p := range []string{"责任编辑", "实习编辑", "作者", "来源", "上图", "下图"} {
			if strings.HasPrefix(l, p) {
				skip = true
			}
		}
		if !skip {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

type prf struct{ tp, fp, fn int }

func (s prf) f1() float64 {
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

type acc struct{ ok, n int }

func (a *acc) add(ok bool) {
	a.n++
	if ok {
		a.ok++
	}
}

func (a acc) rate() float64 {
	if a.n == 0 {
		return 1
	}
	return float64(a.ok) / float64(a.n)
}

type scores struct {
	speakers, directives                         prf
	court, titles, roles, dirSpeaker, dirOrdinal acc
}

func sameSet(a, b []string) bool {
	m := map[string]bool{}
	for _, x := range a {
		m[norm(x)] = true
	}
	n := map[string]bool{}
	for _, x := range b {
		n[norm(x)] = true
	}
	if len(m) != len(n) {
		return false
	}
	for k := range m {
		if !n[k] {
			return false
		}
	}
	return true
}

func scoreDir(t *testing.T, docs, gold string) scores {
	t.Helper()
	var sc scores
	files, err := filepath.Glob(filepath.Join(gold, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no gold in %s", gold)
	}
	for _, gf := range files {
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		src, err := os.ReadFile(filepath.Join(docs, g.Source))
		if err != nil {
			t.Fatal(err)
		}
		cleaned := minimalClean(string(src))
		d := text.New(cleaned)
		ms := court.Scan(cleaned)
		var log []string
		for _, gm := range g.Meetings {
			var host *court.Court
			if gm.Host != nil {
				host = &court.Court{Name: *gm.Host}
			}
			atts, dirs := Extract(d, text.Span{Start: 0, End: len(d.Runes)}, ms, host)
			used := map[int]bool{}
			for _, gs := range gm.Speakers {
				found := -1
				for j, a := range atts {
					if !used[j] && norm(a.Name) == norm(gs.Name) {
						found = j
						break
					}
				}
				if found < 0 {
					sc.speakers.fn++
					log = append(log, "  speaker missed: "+gs.Name)
					continue
				}
				used[found] = true
				sc.speakers.tp++
				a := atts[found]
				gc, sc2 := "", ""
				if gs.Court != nil {
					gc = *gs.Court
				}
				if a.Court != nil {
					sc2 = a.Court.Name
				}
				sc.court.add(norm(gc) == norm(sc2))
				if norm(gc) != norm(sc2) {
					log = append(log, fmt.Sprintf("  speaker %s court: gold %q got %q", gs.Name, gc, sc2))
				}
				sc.titles.add(sameSet(gs.Titles, a.Titles))
				if !sameSet(gs.Titles, a.Titles) {
					log = append(log, fmt.Sprintf("  speaker %s titles: gold %v got %v", gs.Name, gs.Titles, a.Titles))
				}
				sc.roles.add(sameSet(gs.Roles, a.Roles))
				if !sameSet(gs.Roles, a.Roles) {
					log = append(log, fmt.Sprintf("  speaker %s roles: gold %v got %v", gs.Name, gs.Roles, a.Roles))
				}
			}
			for j, a := range atts {
				if !used[j] {
					sc.speakers.fp++
					log = append(log, fmt.Sprintf("  speaker extra: %s %v %v", a.Name, a.Titles, a.Roles))
				}
			}
			usedD := map[int]bool{}
			for _, gd := range gm.Directives {
				found := -1
				for j, dd := range dirs {
					if !usedD[j] && strings.Contains(norm(dd.Text), norm(gd.Key)) {
						found = j
						break
					}
				}
				if found < 0 {
					sc.directives.fn++
					log = append(log, "  directive missed: "+gd.Key)
					continue
				}
				usedD[found] = true
				sc.directives.tp++
				gsp := ""
				if gd.Speaker != nil {
					gsp = *gd.Speaker
				}
				ok := norm(gsp) == norm(dirs[found].Speaker)
				sc.dirSpeaker.add(ok)
				if !ok {
					log = append(log, fmt.Sprintf("  directive %s speaker: gold %q got %q", gd.Key, gsp, dirs[found].Speaker))
				}
				if gd.Ordinal != nil {
					ok := *gd.Ordinal == dirs[found].Ordinal
					sc.dirOrdinal.add(ok)
					if !ok {
						log = append(log, fmt.Sprintf("  directive %s ordinal: gold %d got %d", gd.Key, *gd.Ordinal, dirs[found].Ordinal))
					}
				}
			}
			for j, dd := range dirs {
				if !usedD[j] {
					sc.directives.fp++
					log = append(log, fmt.Sprintf("  directive extra: [%s #%d] %s", dd.Speaker, dd.Ordinal, trunc(dd.Text, 40)))
				}
			}
		}
		if testing.Verbose() && len(log) > 0 {
			t.Logf("%s:\n%s", g.Source, strings.Join(log, "\n"))
		}
	}
	t.Logf("speakers F1 %.3f %+v, directives F1 %.3f %+v", sc.speakers.f1(), sc.speakers, sc.directives.f1(), sc.directives)
	t.Logf("court %.3f (%d/%d), titles %.3f (%d/%d), roles %.3f (%d/%d), directive speaker %.3f (%d/%d), ordinal %.3f (%d/%d)",
		sc.court.rate(), sc.court.ok, sc.court.n, sc.titles.rate(), sc.titles.ok, sc.titles.n, sc.roles.rate(), sc.roles.ok, sc.roles.n,
		sc.dirSpeaker.rate(), sc.dirSpeaker.ok, sc.dirSpeaker.n, sc.dirOrdinal.rate(), sc.dirOrdinal.ok, sc.dirOrdinal.n)
	return sc
}

func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// bars are set just under the scores reached; court accuracy depends on the
// court scanner and is reported, not checked.
func checkBars(t *testing.T, sc scores, spk, dir, attr float64) {
	t.Helper()
	if f := sc.speakers.f1(); f < spk {
		t.Errorf("speakers F1 %.3f < %.3f", f, spk)
	}
	if f := sc.directives.f1(); f < dir {
		t.Errorf("directives F1 %.3f < %.3f", f, dir)
	}
	for name, a := range map[string]acc{"titles": sc.titles, "roles": sc.roles, "directive speaker": sc.dirSpeaker, "ordinal": sc.dirOrdinal} {
		if a.rate() < attr {
			t.Errorf("%s accuracy %.3f < %.3f", name, a.rate(), attr)
		}
	}
}

func TestScoreSeeds(t *testing.T) {
	sc := scoreDir(t, filepath.Join(shared, "seeds"), filepath.Join(shared, "gold"))
	checkBars(t, sc, 0.95, 0.95, 0.95)
}

func TestScoreDev(t *testing.T) {
	sc := scoreDir(t, filepath.Join(shared, "dev/docs"), filepath.Join(shared, "dev/gold"))
	checkBars(t, sc, 0.95, 0.95, 0.95)
}
