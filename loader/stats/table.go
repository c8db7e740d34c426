package stats

import (
	"regexp"
	"strings"
	"unicode"

	"courtql/loader/text"
)

// Rules for table-like text: a line whose cells are split by bars or by runs
// of spaces, each cell a label with its number and unit.

// cellSep splits a table row: a bar (ASCII, full-width or box-drawing) with
// any spaces around it, or a run of two or more spaces or a tab.
// "全院 | 收案 12,384 件 | 结案 11,027 件", "刑事庭  收案 312 件  结案 298 件".
var cellSep = regexp.MustCompile(`\s*[|｜│]\s*|[ \t\x{3000}]{2,}|\t`)

// rowScopeRe matches a first cell that names whom the row is about: a court,
// one of its divisions or offices, or the whole court. "全院", "民事审判一庭",
// "执行局", "审管办", "海淀区人民法院", "刑事庭".
var rowScopeRe = regexp.MustCompile(`^(?:全院|全[省市区县州]法院|本院|[\p{Han}]{0,16}?(?:法院|中院|高院|法庭|审判庭|庭|局|室|办|中心|处|科|部|组|团队))$`)

// rowProse are marks a table row does not hold: a line with them is prose
// even if it has wide spaces ("找准目标  全力冲刺,……").
const rowProse = "。，,；;！!？?"

// cell is one cell of a table row, in paragraph-local rune offsets.
type cell struct{ start, end int }

// splitRow returns the cells of rs when it reads as a table row: at least two
// non-empty cells and at least one separator. Otherwise nil.
func splitRow(rs []rune) []cell {
	s := string(rs)
	if hasProse(s) {
		return nil
	}
	locs := cellSep.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return nil
	}
	var out []cell
	prev := 0
	for _, l := range append(locs, []int{len(s), len(s)}) {
		if l[0] > prev {
			out = append(out, cell{text.RuneIndex(s, prev), text.RuneIndex(s, l[0])})
		}
		prev = l[1]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// compact drops the spaces inside a cell ("收案 12,384 件" → "收案12,384件"),
// returning the compacted runes and, for each, its offset in rs.
func compact(rs []rune) ([]rune, []int) {
	out := make([]rune, 0, len(rs))
	at := make([]int, 0, len(rs)+1)
	for i, r := range rs {
		if unicode.IsSpace(r) || r == '\u3000' {
			continue
		}
		out = append(out, r)
		at = append(at, i)
	}
	at = append(at, len(rs))
	return out, at
}

// tableFigure is a figure read from a table row, in paragraph-local offsets.
type tableFigure struct {
	localFigure
	scope string // the row's first cell when it names a court or division
}

// readRow reads the figures of a table row. The cells are read as one
// sentence, joined by commas, except that a label-only cell runs into a
// number-only cell after it ("新收案件 | 8,812 件" → 新收案件8,812件); the
// spaces inside a cell go ("收案 12,384 件" → 收案12,384件).
//
//	row  = [scope sep] cell {sep cell} ; cell = [label] [number [" "] unit]
//
// "全院 | 收案 12,384 件 | 结案 11,027 件 | 结案率 89.04%" → 收案 12384件,
// 结案 11027件, 结案率 89.04%, each with scope 全院. ok is false when rs is
// not a table row with a figure, so that it is read as prose.
func readRow(rs []rune) (figs []tableFigure, ok bool) {
	cells := splitRow(rs)
	if cells == nil {
		return nil, false
	}
	scope := ""
	if first := strings.TrimSpace(string(rs[cells[0].start:cells[0].end])); rowScopeRe.MatchString(first) {
		scope = first
	}
	var joined []rune
	var at []int
	prevLabel := false
	for k, c := range cells {
		crs, cat := compact(rs[c.start:c.end])
		if len(crs) == 0 {
			continue
		}
		if k > 0 && !(prevLabel && startsWithDigit(crs)) {
			joined, at = append(joined, ','), append(at, c.start)
		}
		for i, r := range crs {
			joined, at = append(joined, r), append(at, c.start+cat[i])
		}
		prevLabel = !strings.ContainsFunc(string(crs), unicode.IsDigit)
	}
	at = append(at, len(rs))
	for _, f := range readSentence(joined) {
		f.from, f.to, f.numAt = at[f.from], at[f.to-1]+1, at[f.numAt]
		figs = append(figs, tableFigure{localFigure: f, scope: scope})
	}
	return figs, len(figs) > 0
}

func startsWithDigit(rs []rune) bool { return len(rs) > 0 && unicode.IsDigit(rs[0]) }

// hasProse reports whether s holds a sentence mark other than a thousands
// separator between digits.
func hasProse(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		if !strings.ContainsRune(rowProse, r) {
			continue
		}
		if isThousandsSep(r) && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			continue
		}
		return true
	}
	return false
}
