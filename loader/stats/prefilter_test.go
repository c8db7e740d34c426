package stats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestPrefiltersKeepMatches checks the rune prefilters in front of periodRe
// and caseOpener on the articles (seeds, held-out and development
// articles): on every sentence, clause and text before a number, the
// prefiltered call gives what the regexp alone gives.
func TestPrefiltersKeepMatches(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../seeds/*.txt", "../../testdata/holdout*/docs/*.txt", "../../../shared/dev/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d articles found", len(files))
	}
	check := func(s string) {
		var want string
		if all := periodRe.FindAllString(s, -1); len(all) > 0 {
			want = all[len(all)-1]
		}
		if got := findPeriod(s); got != want {
			t.Errorf("findPeriod(%q) = %q, the regexp gives %q", s, got, want)
		}
		if got, want := opensCase(s), caseOpener.MatchString(s); got != want {
			t.Errorf("opensCase(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	n, periods, cases := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sent := range strings.FieldsFunc(string(b), func(r rune) bool { return strings.ContainsRune("。！？!?\n", r) }) {
			pieces := strings.FieldsFunc(sent, func(r rune) bool { return strings.ContainsRune(",，;；:：、", r) })
			pieces = append(pieces, sent)
			rs := []rune(sent)
			for i, r := range rs {
				if unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十两X", r) {
					pieces = append(pieces, string(rs[max(0, i-maxClause):i]))
				}
			}
			for _, p := range pieces {
				check(p)
				n++
				if findPeriod(p) != "" {
					periods++
				}
				if opensCase(p) {
					cases++
				}
			}
		}
	}
	if periods == 0 || cases == 0 {
		t.Errorf("no text with a period (%d) or opening a case (%d): the check checks nothing", periods, cases)
	}
	t.Logf("%d texts of %d articles: %d with a period, %d opening a case", n, len(files), periods, cases)
}
