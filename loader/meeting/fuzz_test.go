package meeting

import (
	"testing"
	"unicode/utf8"

	"courtql/loader/court"
	"courtql/loader/text"
)

func FuzzFind(f *testing.F) {
	f.Add("8月10日,云南省高级人民法院召开全省中级法院院长座谈会。", "云南高院召开全省中级法院院长座谈会", "2017-08-16")
	f.Add("连日来,某高院召开党组扩大会和中层干部会(扩大)", "", "")
	f.Add("5月28日,金華中院黃美園副院長一行到婺城法院檢查指導。並進行了座談。", "——", "x")
	f.Add("会议于12月31召开暨和及", "(", "2020-01-01")
	f.Add("3月5日,某法院召开党组会议。\n3月6日,该院召开推进会。同日下午,该院还召开了座谈会", "召开党组会议和推进会", "2021-03-08")
	f.Fuzz(func(t *testing.T, s, title, pub string) {
		if !utf8.ValidString(s) {
			return
		}
		d := text.New(s)
		n := len(d.Runes)
		ms := Find(d, title, pub, court.Scan(s))
		for i := 1; i < len(ms); i++ {
			if ms[i-1].Span.End != ms[i].Span.Start {
				t.Fatalf("spans %+v, %+v do not tile", ms[i-1].Span, ms[i].Span)
			}
		}
		for _, m := range ms {
			if m.Span.Start < 0 || m.Span.End > n || m.Span.Start > m.Span.End {
				t.Fatalf("span %+v outside text of %d runes", m.Span, n)
			}
			if m.Name == "" || m.Kind == "" {
				t.Fatalf("meeting without name or kind: %+v", m)
			}
			if m.Host != nil && (len(m.Courts) == 0 || m.Courts[0].Name != m.Host.Name) {
				t.Fatalf("host %q not first of courts %v", m.Host.Name, m.Courts)
			}
			if m.Date != "" && len(m.Date) != len("2006-01-02") {
				t.Fatalf("bad date %q", m.Date)
			}
		}
	})
}
