package stats

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// cnDigit maps Chinese digit characters (ordinary and financial)
// to their values.
var cnDigit = map[rune]float64{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
	'壹': 1, '贰': 2, '叁': 3, '参': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
}

// cnSmallUnit are the multipliers below 万 (十 百 千), cnBigUnit those that
// close a section (万 亿).
var cnSmallUnit = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
var cnBigUnit = map[rune]float64{'万': 1e4, '亿': 1e8}

// magnitude holds the characters that may sit between a number and its unit
// and scale it (3.5万件, 1.2亿元). By the package convention they stay in the
// unit, as written.
var magnitude = map[rune]float64{'万': 1e4, '亿': 1e8, '千': 1e3}

// isCnNumeral reports whether r can be part of a Chinese numeral.
func isCnNumeral(r rune) bool {
	_, a := cnDigit[r]
	_, b := cnSmallUnit[r]
	_, c := cnBigUnit[r]
	return a || b || c
}

// isRedactMark reports whether r is a placeholder character that editors use
// for withheld figures (XX件, ××%).
func isRedactMark(r rune) bool { return r == 'X' || r == '×' || r == 'Ｘ' || r == '╳' }

// ParseNumber reads an Arabic number (12, 3.5, full-width digits), a Chinese
// numeral (十一, 二十二, 一百零五, 两, 二点三), or either followed by magnitudes
// (3.5万 = 35000, 1.2亿 = 120000000).
//
// Grammar:
//
//	number  = arabic [big] | chinese
//	arabic  = digit {digit} ["." digit {digit}]
//	chinese = section {big section} ["点" digit {digit}] ; section = [d] 千 [d] 百 [d] 十 [d], with 零 fillers
func ParseNumber(s string) (float64, bool) {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) == 0 {
		return 0, false
	}
	if unicode.IsDigit(rs[0]) {
		i := 0
		var b strings.Builder
		for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.' || rs[i] == '．') {
			if rs[i] == '．' {
				b.WriteRune('.')
			} else if d := digitValue(rs[i]); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteRune(rs[i])
			}
			i++
		}
		v, err := strconv.ParseFloat(b.String(), 64)
		if err != nil {
			return 0, false
		}
		for ; i < len(rs); i++ {
			m, ok := magnitude[rs[i]]
			if !ok {
				return 0, false
			}
			v *= m
		}
		return v, true
	}
	if k := slices.Index(rs, '点'); k > 0 {
		v, ok := parseChinese(rs[:k])
		d, end, okd := cnDecimal(rs, k, v)
		if !ok || !okd || end != len(rs) {
			return 0, false
		}
		return d, true
	}
	return parseChinese(rs)
}

// digitValue converts any Unicode decimal digit (ASCII, full-width) to 0-9.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case unicode.IsDigit(r):
		// other scripts' decimal digits are laid out in runs of ten from 0
		for z := r; z > r-10; z-- {
			if !unicode.IsDigit(z - 1) {
				return int(r - z)
			}
		}
	}
	return -1
}

// parseChinese evaluates a Chinese numeral. It rejects runs that are not
// numerals (百 alone, 一二三, 万万).
func parseChinese(rs []rune) (float64, bool) {
	var total, section, digit float64
	haveDigit, lastBig := false, 1e16
	for i, r := range rs {
		if d, ok := cnDigit[r]; ok {
			if haveDigit && rs[i-1] != '零' && rs[i-1] != '〇' && d != 0 {
				return 0, false // two digits in a row: 一二
			}
			digit, haveDigit = d, true
			continue
		}
		if m, ok := cnSmallUnit[r]; ok {
			if !haveDigit {
				// 十 may stand alone (十一 = 11, 一万零十); 百 and 千 need a digit
				if m != 10 || i > 0 && rs[i-1] != '零' && !isBig(rs[i-1]) {
					return 0, false
				}
				digit = 1
			} else if digit == 0 && m == 10 {
				digit = 1 // 一万零十
			}
			section += digit * m
			digit, haveDigit = 0, false
			continue
		}
		if m, ok := cnBigUnit[r]; ok {
			section += digit
			if section == 0 || m >= lastBig {
				return 0, false
			}
			total += section * m
			section, digit, haveDigit, lastBig = 0, 0, false, m
			continue
		}
		return 0, false
	}
	v := total + section + digit
	if v == 0 && !strings.ContainsAny(string(rs), "零〇") {
		return 0, false
	}
	return v, true
}

func isBig(r rune) bool { _, ok := cnBigUnit[r]; return ok }
