package stats

import (
	"strings"
	"unicode"
)

// Rules for ranges and ratios: "3至5件" gives no figure (a range is vague),
// "收结案比1:1.05" gives one (the ratio's second term).

// rangeLinks join the two ends of a range: "3至5件", "三到五件", "10～20人",
// "3—5家". ASCII and full-width hyphens and tildes already glue the digits
// (see glued), so "3-5个" never makes a token.
const rangeLinks = "至到～~〜—–－-"

// ratioColons separate the terms of a ratio: "1:1.05", "1∶1.02", "1：1.3".
const ratioColons = ":：∶"

// ratioMetricTail ends the metric of a ratio: "收结案比", "结收比", "案件收结比".
var ratioMetricTail = []string{"比"}

// inRange reports whether token t is one end of a range, and so a vague
// amount rather than a figure:
//
//	range = number [unit] link number unit      "3至5件", "3至 5家", "三到五件", "10～20人", "3件至5件"
//
// "每个法庭年均办理涉农案件3至5件示范案例" → no figure.
func inRange(rs []rune, t token) bool {
	// t is the upper end: a link, and a number (with t's unit or none) before it
	k := skipSpacesBack(rs, t.start)
	if k > 0 && strings.ContainsRune(rangeLinks, rs[k-1]) {
		k = skipSpacesBack(rs, k-1)
		if t.unit != "" && k >= len([]rune(t.unit)) && string(rs[k-len([]rune(t.unit)):k]) == t.unit {
			k -= len([]rune(t.unit))
		}
		if k > 0 && isNumeralRune(rs[k-1]) {
			return true
		}
	}
	// t is the lower end: a link, then a number with a unit
	k = skipSpaces(rs, t.unitEnd)
	if k < len(rs) && strings.ContainsRune(rangeLinks, rs[k]) {
		k = skipSpaces(rs, k+1)
		if k < len(rs) && isNumeralRune(rs[k]) {
			if u, _, ok := readNumber(rs, k); ok {
				if _, _, ok := matchUnit(rs, u.end); ok {
					return true
				}
			}
		}
	}
	return false
}

// readRatio reads a ratio whose first term is 1 at rs[i], as a token whose
// value is the second term and whose unit is empty. A first term other than 1,
// a third term or a time (21:12, 1:30:05) is not read.
//
//	ratio = "1" (":"|"："|"∶") arabic      "收结案比1:1.05", "结收比为1∶1.02"
func readRatio(rs []rune, i int) (token, bool) {
	if i > 0 && (unicode.IsDigit(rs[i-1]) || glued(rs, i-1) || strings.ContainsRune(ratioColons, rs[i-1])) {
		return token{}, false
	}
	j := i
	for j < len(rs) && unicode.IsDigit(rs[j]) {
		j++
	}
	if j == i || j+1 >= len(rs) || !strings.ContainsRune(ratioColons, rs[j]) || !unicode.IsDigit(rs[j+1]) {
		return token{}, false
	}
	if first, ok := ParseNumber(string(rs[i:j])); !ok || first != 1 {
		return token{}, false
	}
	k := j + 1
	for k < len(rs) && (unicode.IsDigit(rs[k]) || (rs[k] == '.' || rs[k] == '．') && k+1 < len(rs) && unicode.IsDigit(rs[k+1])) {
		k++
	}
	if k < len(rs) && (strings.ContainsRune(ratioColons, rs[k]) || glued(rs, k)) {
		return token{}, false
	}
	v, ok := ParseNumber(string(rs[j+1 : k]))
	if !ok {
		return token{}, false
	}
	return token{start: i, end: k, unitEnd: k, value: &v, ratio: true}, true
}

// isRatioMetric reports whether m names a ratio ("收结案比", "结收比"), not a
// bare comparison word (同比, 环比) or anything else.
func isRatioMetric(m string) bool {
	if len([]rune(m)) < 2 || changeBase.MatchString(m) && len([]rune(m)) <= 2 {
		return false
	}
	_, ok := hasSuffixAny(m, ratioMetricTail)
	return ok
}

func hasSuffixAny(s string, xs []string) (string, bool) {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return x, true
		}
	}
	return "", false
}

// isNumeralRune reports whether r can end or start a number: a digit, a
// Chinese numeral or a redaction mark.
func isNumeralRune(r rune) bool { return unicode.IsDigit(r) || isCnNumeral(r) || isRedactMark(r) }

func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000' || rs[i] == '\t') {
		i++
	}
	return i
}

func skipSpacesBack(rs []rune, i int) int {
	for i > 0 && (rs[i-1] == ' ' || rs[i-1] == '\u3000' || rs[i-1] == '\t') {
		i--
	}
	return i
}
