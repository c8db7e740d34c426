package stats

import (
	"strconv"
	"strings"
	"unicode"
)

// token is one number with its unit in a sentence, in sentence-local rune
// offsets.
type token struct {
	start, end int // the number itself
	unitEnd    int // just past the unit
	unit       string
	value      *float64
	redacted   bool
	chinese    bool
	inherited  bool // no unit of its own; took the unit of the figure in the parentheses after it
	approx     bool // 余/多/来 between number and unit: "三万余件", "二十多次"
	vague      bool // an approximation or a bound (see isVague)
	ratio      bool // the second term of a ratio 1:x, with no unit (see readRatio)
}

// scanTokens finds every number-with-unit in rs that is not plainly a date,
// an ordinal, a name or an identifier.
//
//	token  = (arabic | chinese | redacted) unit
//	       | "百分之" chinese                     a percentage: "百分之九十五点六" = 95.6%
//	       | arabic "(" … arabic unit … ")"     unit taken from inside: "6560(旧存1429件)"
//	       | "1" ":" arabic                      a ratio, no unit: "收结案比1:1.05"
func scanTokens(rs []rune) []token {
	var out []token
	for i := 0; i < len(rs); {
		if t, ok := readRatio(rs, i); ok {
			if !skipToken(rs, t) {
				out = append(out, t)
			}
			i = t.end
			continue
		}
		if t, ok := readCnPercent(rs, i); ok {
			if !skipToken(rs, t) {
				out = append(out, t)
			}
			i = t.unitEnd
			continue
		}
		t, next, ok := readNumber(rs, i)
		if !ok {
			i = next
			continue
		}
		i = next
		if u, end, ok := matchUnit(rs, t.end); ok {
			t.unit, t.unitEnd = u, afterCurrency(rs, u, end)
			t.approx = strings.ContainsAny(string(rs[t.end:end]), approxMarks)
		} else if t.chinese || !openParen(rs, t.end) {
			continue
		} else if u, ok := unitInParens(rs, t.end); ok {
			t.unit, t.unitEnd, t.inherited = u, t.end, true
		} else {
			continue
		}
		if skipToken(rs, t) {
			continue
		}
		out = append(out, t)
		if !t.inherited {
			i = max(i, t.unitEnd)
		}
	}
	return out
}

// readNumber reads the number starting at rs[i], if one starts there. next is
// where scanning resumes.
func readNumber(rs []rune, i int) (token, int, bool) {
	r := rs[i]
	switch {
	case unicode.IsDigit(r):
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' || rs[j] == '．') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
			j++
		}
		j = thousands(rs, i, j)
		// identifiers, times, dates and formulas: ICP备10200000号, 21:12, 2022-09-05, 1+1+N, 16.08.2017
		if i > 0 && glued(rs, i-1) || j < len(rs) && glued(rs, j) {
			return token{}, j, false
		}
		v, ok := ParseNumber(strings.NewReplacer(",", "", "，", "").Replace(string(rs[i:j])))
		if !ok {
			return token{}, j, false
		}
		return token{start: i, end: j, value: &v}, j, true
	case isCnNumeral(r):
		j := i
		for j < len(rs) && isCnNumeral(rs[j]) {
			j++
		}
		end := j
		// a trailing 万/亿 belongs to the unit: 三万件 = 3 万件
		if end-i > 1 && isBig(rs[end-1]) && !containsBig(rs[i:end-1]) {
			end--
		}
		v, ok := parseChinese(rs[i:end])
		if !ok {
			return token{}, j, false
		}
		// a decimal part: 二点三个百分点 = 2.3个百分点
		if end == j {
			if d, k, ok := cnDecimal(rs, j, v); ok {
				v = d
				end, j = k, k
				if k < len(rs) && isBig(rs[k]) {
					j = k + 1
				}
			}
		}
		return token{start: i, end: end, value: &v, chinese: true}, j, true
	case isRedactMark(r):
		j := i
		for j < len(rs) && isRedactMark(rs[j]) {
			j++
		}
		if j-i > 3 || i > 0 && isLatin(rs[i-1]) || j < len(rs) && isLatin(rs[j]) {
			return token{}, j, false
		}
		return token{start: i, end: j, redacted: true}, j, true
	}
	return token{}, i + 1, false
}

// percentWords open a percentage written out in Chinese: "百分之九十五点六".
var percentWords = []string{"百分之"}

// readCnPercent reads a percentage written out in Chinese at rs[i], giving it
// the unit %: "结案率百分之九十五点六" → 95.6%.
//
//	percent = "百分之" chinese ["点" digit {digit}]
func readCnPercent(rs []rune, i int) (token, bool) {
	p, ok := hasPrefixAny(string(rs[i:min(len(rs), i+3)]), percentWords)
	if !ok {
		return token{}, false
	}
	j := i + len([]rune(p))
	k := j
	for k < len(rs) && isCnNumeral(rs[k]) && !isBig(rs[k]) {
		k++
	}
	if k == j {
		return token{}, false
	}
	v, ok := parseChinese(rs[j:k])
	if !ok {
		return token{}, false
	}
	if d, e, ok := cnDecimal(rs, k, v); ok {
		v = d
		k = e
	}
	return token{start: i, end: k, unitEnd: k, unit: "%", value: &v, chinese: true}, true
}

// cnDecimal reads the decimal part of Chinese numeral v at rs[i]: 点 (點)
// and a run of plain digits, v=2 + "点三" = 2.3, v=0 + "点〇六" = 0.06. A run
// that goes on with 十/百/千 is a clock time (九点三十分), not a decimal; end
// is just past the digits. The sum is parsed from its decimal string, so
// 95 + 点六 is exactly 95.6.
func cnDecimal(rs []rune, i int, v float64) (sum float64, end int, ok bool) {
	if i >= len(rs) || rs[i] != '点' {
		return v, i, false
	}
	var b strings.Builder
	b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
	b.WriteByte('.')
	k := i + 1
	for ; k < len(rs); k++ {
		d, ok := cnDigit[rs[k]]
		if !ok {
			break
		}
		b.WriteByte(byte('0' + int(d)))
	}
	if k == i+1 || k < len(rs) && isSmall(rs[k]) {
		return v, i, false
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return v, i, false
	}
	return f, k, true
}

func isSmall(r rune) bool { _, ok := cnSmallUnit[r]; return ok }

// skipToken applies the never-a-statistic rules that need only the token's
// surroundings.
func skipToken(rs []rune, t token) bool {
	prev := rune(0)
	if t.start > 0 {
		prev = rs[t.start-1]
	}
	switch {
	case prev == '第': // ordinal: 第24次, 第二十二次, 居全省第X位
		return true
	case prev == '届': // session names: 十一届三次全会, XX届X次全会
		return true
	case t.chinese && *t.value == 1 && t.end-t.start == 1: // 一: an article, not a count (一项基础性工程)
		return true
	case insideQuote(rs, t.start): // slogans and titles: “六个持续”, “十率”
		return true
	}
	return false
}

// glued reports whether rs[k], next to a run of digits, makes the digits part
// of an identifier, a time, a date or a formula rather than a count. A colon
// glues only between digits (21:12); elsewhere it opens a clause.
func glued(rs []rune, k int) bool {
	switch r := rs[k]; r {
	case '.', '-', '－', '+', '/', '_', '#', '@', '~':
		return true
	case ':', '：':
		return k > 0 && unicode.IsDigit(rs[k-1]) && k+1 < len(rs) && unicode.IsDigit(rs[k+1])
	default:
		return isLatin(r)
	}
}

func isLatin(r rune) bool { return r < 128 && unicode.IsLetter(r) }

func containsBig(rs []rune) bool {
	for _, r := range rs {
		if isBig(r) {
			return true
		}
	}
	return false
}

func openParen(rs []rune, i int) bool { return i < len(rs) && (rs[i] == '(' || rs[i] == '（') }

// unitInParens returns the unit of the first number-with-unit inside the
// parentheses opening at rs[i]: "受理各类案件6560(旧存1429件)" → 件.
func unitInParens(rs []rune, i int) (string, bool) {
	for k := i + 1; k < len(rs) && rs[k] != ')' && rs[k] != '）'; k++ {
		if unicode.IsDigit(rs[k]) && (k == i+1 || !unicode.IsDigit(rs[k-1])) {
			j := k
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			if u, _, ok := matchUnit(rs, j); ok {
				return u, true
			}
		}
	}
	return "", false
}

// thousands extends the digit run rs[i:j] over thousands separators when the
// groups are exactly three digits and end in a unit, with an optional decimal
// part: "化解矛盾纠纷1,234件", "１０６,５８２件", "执行到位金额1,234.5万元".
// ASCII commas also separate clauses ("受理案件12,审结"), so anything else is
// left alone.
//
//	number = digit{1,3} ("," | "，") digit{3} {("," | "，") digit{3}} ["." digit {digit}] unit
func thousands(rs []rune, i, j int) int {
	if j-i > 3 || !isDigits(rs[i:j]) {
		return j
	}
	k := j
	for k+3 < len(rs) && isThousandsSep(rs[k]) && isDigits(rs[k+1:k+4]) && (k+4 == len(rs) || !unicode.IsDigit(rs[k+4])) {
		k += 4
	}
	if k == j {
		return j
	}
	if k+1 < len(rs) && (rs[k] == '.' || rs[k] == '．') && unicode.IsDigit(rs[k+1]) {
		k++
		for k < len(rs) && unicode.IsDigit(rs[k]) {
			k++
		}
	}
	if _, _, ok := matchUnit(rs, k); !ok {
		return j
	}
	return k
}

func isThousandsSep(r rune) bool { return r == ',' || r == '，' }

// isDigits reports whether rs holds only decimal digits (ASCII or full-width).
func isDigits(rs []rune) bool {
	for _, r := range rs {
		if digitValue(r) < 0 {
			return false
		}
	}
	return true
}

// currencies may follow a sum's unit without being a metric or a unit of
// their own: "标的总额4.3亿元人民币" → 4.3亿元.
var currencies = []string{"人民币"}

// afterCurrency returns where a unit ending at end stops when a currency name
// follows a 元 unit: just past the currency, else end.
func afterCurrency(rs []rune, unit string, end int) int {
	if !strings.HasSuffix(unit, "元") {
		return end
	}
	if c, ok := hasPrefixAny(string(rs[end:min(len(rs), end+3)]), currencies); ok {
		return end + len([]rune(c))
	}
	return end
}
