package stats

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"courtql/loader/court"
	"courtql/loader/text"
)

// scopeRe matches who a figure is about when the sentence names it:
//
//	全省法院 / 全市法院 / 全区各级法院 / 全院   "全省法院受理案件389861件"
//	陕西三级法院 / 两级法院 / 各级法院          "陕西三级法院……共审结各类案件10.14万件"
//	本院 / 我院 / 该院
//	三个人民法庭 / 5家基层法院                  "三个人民法庭共新收案件612件"
var scopeRe = regexp.MustCompile(`全(?:省|市|区|州|盟|县|国|地区)(?:[\p{Han}]{0,4}?(?:法院|大厅))?` +
	`|[\p{Han}]{0,4}?[两三四各]级法院|[\p{Han}]{0,4}?[两三]级法院|全院|本院|我院|该院` +
	`|[0-9一二三四五六七八九十两]{1,3}(?:个|家|所)[\p{Han}]{0,4}?(?:人民法庭|法庭|法院|中院)`)

// scopePrefixRe matches a scope, or a court name, at the start of a metric
// clause, to be cut off the metric: "全省法院受理案件" → 受理案件.
var scopePrefixRe = regexp.MustCompile(`^(?:` + scopeRe.String() +
	`|[\p{Han}]{2,12}?(?:人民法院|法院|中院|高院|法庭))(?:[\p{Han}]{0,8}?(?:大厅|中心))?`)

// scopeJunk are characters a scope match may pick up from the word before it
// ("4次两级法院" → 两级法院).
const scopeJunk = "次个个项项了的和在共与与及将将对对向"

// scoper finds the scope of figures in one document.
type scoper struct {
	d        *text.Doc
	mentions []court.Mention
	headings []court.Mention // mentions that make up a whole (short) paragraph
}

// newScoper indexes mentions by position (sorted by start, each paragraph
// found by binary search), so that scoping a figure costs a search, not a
// walk over every mention or paragraph.
func newScoper(d *text.Doc, mentions []court.Mention) *scoper {
	sorted := slices.Clone(mentions)
	slices.SortStableFunc(sorted, func(a, b court.Mention) int { return a.Start - b.Start })
	s := &scoper{d: d, mentions: sorted}
	for _, m := range sorted {
		k := sort.Search(len(d.Paras), func(i int) bool { return d.Paras[i].End > m.Start })
		if k < len(d.Paras) {
			if p := d.Paras[k]; p.Start <= m.Start && m.End <= p.End && p.Len()-(m.End-m.Start) <= 2 {
				s.headings = append(s.headings, m)
			}
		}
	}
	return s
}

// scopeWindow is how far before a figure its scope phrase is looked for.
const scopeWindow = 400

// scope returns the scope of a figure at rune offset pos whose sentence
// starts at sentStart: an explicit scope phrase before it in the sentence
// ("全省法院"), else a court named before it in the sentence, else the court
// of the nearest heading above it (seed 003: paragraphs under a
// "阜新市中级人民法院" heading), else "".
func (s *scoper) scope(sentStart, pos int) string {
	before := s.d.Slice(text.Span{Start: max(sentStart, pos-scopeWindow), End: pos})
	locs := scopeRe.FindAllStringIndex(before, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		// a benchmark, not the scope: 高于全省平均水平, 居全省第3位
		if rest := before[locs[k][1]:]; strings.HasPrefix(rest, "平均") || strings.HasPrefix(rest, "第") {
			continue
		}
		// a scope opens its clause; one inside a metric is an object (4次两级法院推进会)
		if st := locs[k][0]; st > 0 {
			if r, _ := utf8.DecodeLastRuneInString(before[:st]); !isBoundary(r) {
				continue
			}
		}
		return strings.TrimLeft(before[locs[k][0]:locs[k][1]], scopeJunk)
	}
	best := ""
	first := sort.Search(len(s.mentions), func(i int) bool { return s.mentions[i].Start >= sentStart })
	for _, m := range s.mentions[first:] {
		if m.Start >= pos {
			break
		}
		// a court opening a clause is its subject; one named later is a reference (按照省院要求)
		if m.End <= pos && (m.Start == sentStart || isBoundary(s.d.Runes[m.Start-1])) {
			best = m.Court.Name
		}
	}
	if best != "" {
		return best
	}
	for k := sort.Search(len(s.headings), func(i int) bool { return s.headings[i].Start >= pos }) - 1; k >= 0; k-- {
		if s.headings[k].End <= pos {
			return s.headings[k].Court.Name
		}
	}
	return ""
}
