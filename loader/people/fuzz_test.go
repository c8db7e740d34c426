package people

import (
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// FuzzExtract checks invariants only: no panic, spans inside the text,
// directive text equal to its span, speakers among the attendances.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"党组书记、院长张学群在会上做了重要讲话,党组副书记、常务副院长和正兴主持会议。",
		"张学群要求:一是着力抓好执法办案工作。二是深化改革;三要稳中有进",
		"會議強調,要加強管理。黃美園副院長認為:(一)接地氣(二)知天氣",
		"首先,统一认识。其次,要找准定位。第三,",
		"肉孜•司马义强调,要学习。1.加强学习。2.狠抓落实",
		"二是", "要", "院长", "•", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		n := len(d.Runes)
		atts, dirs := Extract(d, text.Span{Start: 0, End: n}, court.Scan(s), nil)
		names := map[string]bool{"": true}
		for _, a := range atts {
			if a.Span.Start < 0 || a.Span.End > n || a.Span.Start > a.Span.End {
				t.Fatalf("attendance span %v out of [0,%d]", a.Span, n)
			}
			if !strings.Contains(d.Slice(a.Span), a.Name) {
				t.Fatalf("attendance span %q lacks name %q", d.Slice(a.Span), a.Name)
			}
			names[a.Name] = true
		}
		for _, dd := range dirs {
			if dd.Span.Start < 0 || dd.Span.End > n || dd.Span.Start >= dd.Span.End {
				t.Fatalf("directive span %v out of [0,%d]", dd.Span, n)
			}
			if d.Slice(dd.Span) != dd.Text {
				t.Fatalf("directive text %q != span %q", dd.Text, d.Slice(dd.Span))
			}
			if !names[dd.Speaker] {
				t.Fatalf("directive speaker %q is no attendance", dd.Speaker)
			}
		}
	})
}
