package clean

import (
	"strings"
	"unicode/utf8"
)

// A broken CMS may print the whole article twice (headline, date line and
// body, one copy after the other). A run of body lines that repeats an
// earlier run exactly, or with only whitespace differences, is dropped;
// the first copy stays. A run must be long enough that it cannot be a
// short line a page legitimately repeats ("会议现场", a refrain).
const (
	dupMinLines = 2  // a repeated run of at least this many lines,
	dupMinRunes = 40 // or of a single paragraph at least this long
)

// dropDuplicates removes repeated runs of lines, and the headline line
// printed again just above a repeated run.
func dropDuplicates(title string, body []string) []string {
	if len(body) < 2 {
		return body
	}
	keys := make([]string, len(body))
	first := map[string]int{} // key → index of its first line
	for i, l := range body {
		keys[i] = strings.Join(strings.FieldsFunc(l, isSpace), "")
	}
	drop := make([]bool, len(body))
	for i := 0; i < len(body); i++ {
		j, seen := first[keys[i]]
		if !seen {
			first[keys[i]] = i
			continue
		}
		n, runes := 0, 0 // length of the run body[j:j+n] == body[i:i+n]
		for i+n < len(body) && j+n < i && keys[j+n] == keys[i+n] {
			runes += utf8.RuneCountInString(keys[i+n])
			n++
		}
		if n < dupMinLines && runes < dupMinRunes {
			continue
		}
		for k := i; k < i+n; k++ {
			drop[k] = true
		}
		if title != "" && i > 0 && !drop[i-1] && isTitleCopy(title, body[i-1]) {
			drop[i-1] = true
		}
		i += n - 1
	}
	var kept []string
	for i, l := range body {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	return kept
}

// isTitleCopy reports a line repeating the headline or one of its lines.
func isTitleCopy(title, line string) bool {
	b := bareText(line)
	if b == "" {
		return false
	}
	if b == bareText(title) {
		return true
	}
	for _, l := range strings.Split(title, "\n") {
		if b == bareText(l) {
			return true
		}
	}
	return false
}
