package extract

import (
	"strings"
	"unicode/utf8"

	"courtql/loader/script"
	"courtql/loader/segment"
)

// scripts maps strings read from the simplified copy of an article back to
// the article's own script. Extractors match simplified forms only; because
// the conversion is rune for rune, a string found at an offset of the copy
// is the original's runes at the same offset.
type scripts struct {
	orig, simp string
	origRunes  []rune
	sameScript bool
	// back maps each simplified rune of the copy to the rune the article
	// writes there, for strings composed from several places (审执结 from 审、执结).
	back map[rune]rune
}

func newScripts(orig string) *scripts {
	simp := script.Simplify(orig)
	sc := &scripts{orig: orig, simp: simp, origRunes: []rune(orig), sameScript: simp == orig, back: map[rune]rune{}}
	if !sc.sameScript {
		for i, r := range []rune(simp) {
			if o := sc.origRunes[i]; o != r {
				sc.back[r] = o
			}
		}
	}
	return sc
}

// restore returns s as the article writes it: the original runes where s
// occurs in the copy, else s converted rune by rune as the article converts.
func (sc *scripts) restore(s string) string {
	if sc.sameScript || s == "" {
		return s
	}
	i := strings.Index(sc.simp, s)
	if i < 0 {
		return strings.Map(func(r rune) rune {
			if o, ok := sc.back[r]; ok {
				return o
			}
			return r
		}, s)
	}
	start := utf8.RuneCountInString(sc.simp[:i])
	return string(sc.origRunes[start : start+utf8.RuneCountInString(s)])
}

func (sc *scripts) restoreAll(list []string) []string {
	if sc.sameScript {
		return list
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = sc.restore(s)
	}
	return out
}

// restoreMeeting rewrites every text field of m in the article's script.
// Court names stay simplified: they are normalised official names.
func (sc *scripts) restoreMeeting(m *Meeting) {
	if sc.sameScript {
		return
	}
	m.Name, m.Kind, m.DateText = sc.restore(m.Name), sc.restore(m.Kind), sc.restore(m.DateText)
	for i := range m.Attendances {
		a := &m.Attendances[i]
		a.Name, a.Titles = sc.restore(a.Name), sc.restoreAll(a.Titles)
	}
	for i := range m.Directives {
		d := &m.Directives[i]
		d.Text, d.Speaker = sc.restore(d.Text), sc.restore(d.Speaker)
		for j := range d.Keywords {
			d.Keywords[j].Word = sc.restore(d.Keywords[j].Word)
		}
	}
	for i := range m.Statistics {
		f := &m.Statistics[i]
		f.Metric, f.Unit, f.Period, f.ChangeUnit, f.Text = sc.restore(f.Metric), sc.restore(f.Unit),
			sc.restore(f.Period), sc.restore(f.ChangeUnit), sc.restore(f.Text)
		f.Scope = sc.restore(f.Scope)
	}
	for i := range m.Keywords {
		m.Keywords[i].Word = sc.restore(m.Keywords[i].Word)
	}
}

// cut returns s cut by segment.Default().Cut(s, true) when the page is in
// simplified script (so s, cut for keywords, is also the text stored) and
// s is not blank; nil otherwise, and then the caller lets keyword.Top cut.
// keyword.TopWords(sc.cut(s), n) is keyword.Top(s, n).
func (sc *scripts) cut(s string) []string {
	if !sc.sameScript || strings.TrimSpace(s) == "" {
		return nil
	}
	seg, err := segment.Default()
	if err != nil {
		return nil
	}
	return seg.Cut(s, true)
}
