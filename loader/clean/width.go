package clean

import "unicode"

// Full-width forms some CMSs and IMEs emit for digits and Latin letters:
// "３月１５日", "１０６,５８２件", "ＩＣＰ". They are folded to ASCII rune for
// rune, so offsets stay and every extractor's \d and [A-Za-z] read them.
// Full-width punctuation (，：；（）) is kept: it is ordinary Chinese
// punctuation, except inside a number, where "．" and "％" and a thousands
// "，" or "－"/"／" between date parts are folded too ("９８．５％", "２０２４－０３－１６").
const (
	fwDigit0 = '０'
	fwUpperA = 'Ａ'
	fwLowerA = 'ａ'
)

// foldWidth folds full-width digits and letters, and the number punctuation
// between them, to ASCII. The result has as many runes as s.
func foldWidth(s string) string {
	if !hasFullWidth(s) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= fwDigit0 && r <= fwDigit0+9:
			rs[i] = '0' + (r - fwDigit0)
		case r >= fwUpperA && r <= fwUpperA+25:
			rs[i] = 'A' + (r - fwUpperA)
		case r >= fwLowerA && r <= fwLowerA+25:
			rs[i] = 'a' + (r - fwLowerA)
		}
	}
	for i, r := range rs {
		prevDigit := i > 0 && isASCIIDigit(rs[i-1])
		nextDigit := i+1 < len(rs) && isASCIIDigit(rs[i+1])
		switch {
		case r == '％' && prevDigit:
			rs[i] = '%'
		case (r == '．' || r == '－' || r == '／') && prevDigit && nextDigit:
			rs[i] = map[rune]rune{'．': '.', '－': '-', '／': '/'}[r]
		case r == '，' && prevDigit && thousandsGroup(rs[i+1:]):
			rs[i] = ','
		}
	}
	return string(rs)
}

func hasFullWidth(s string) bool {
	for _, r := range s {
		if r >= 0xff01 && r <= 0xff5e {
			return true
		}
	}
	return false
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// thousandsGroup reports whether rs opens with exactly three digits.
func thousandsGroup(rs []rune) bool {
	if len(rs) < 3 || !isASCIIDigit(rs[0]) || !isASCIIDigit(rs[1]) || !isASCIIDigit(rs[2]) {
		return false
	}
	return len(rs) == 3 || !unicode.IsDigit(rs[3])
}

// asciiStop turns an ASCII '.' used as a Chinese full stop into "。", rune
// for rune: "部署下一阶段重点任务. 市中院…" (a page typed with ASCII
// punctuation). The period must follow a Han character (or a closing quote
// or bracket after one) and be followed by a space, a Han character, an
// opening quote or the line's end; a '.' between digits (4.6%), in a URL or
// a file name (会议现场.jpg is followed by a Latin letter) stays.
func asciiStop(s string) string {
	if !containsByte(s, '.') {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '.' || i == 0 {
			continue
		}
		prev := rs[i-1]
		if !unicode.Is(unicode.Han, prev) && !(isCloser(prev) && i >= 2 && unicode.Is(unicode.Han, rs[i-2])) {
			continue
		}
		if i+1 < len(rs) {
			next := rs[i+1]
			if !isSpace(next) && !unicode.Is(unicode.Han, next) && !isOpener(next) {
				continue
			}
		}
		rs[i] = '。'
	}
	return string(rs)
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', ')', '）', '」', '』', '》':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '(', '（', '「', '『', '《':
		return true
	}
	return false
}
