package meeting

import (
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// TestSpanMentions: a short form in a later part of a roundup takes the
// court its own part names; the caller's mentions are left alone (invented).
func TestSpanMentions(t *testing.T) {
	tests := []struct {
		name, in, form, want string
		part                 int // which "【" item is the span
	}{
		{"later item", "【株洲】株洲市中级人民法院召开推进会。市中院院长刘某讲话。\n【郴州】郴州市中级人民法院召开执行工作会议。市中院副院长黄某讲话。",
			"市中院", "郴州市中级人民法院", 1},
		{"first item unchanged", "【岳阳】岳阳市中级人民法院召开会议。市中院院长张某讲话。\n【永州】永州市中级人民法院召开会议。市中院副院长王某主持。",
			"市中院", "岳阳市中级人民法院", 0},
		{"span names no city: keeps page-wide court", "【株洲】株洲市中级人民法院召开推进会。\n【动态】同日,市中院召开党组会议。",
			"市中院", "株洲市中级人民法院", 1},
	}
	for _, tt := range tests {
		rs := []rune(tt.in)
		ms := court.Scan(tt.in)
		starts := []int{}
		for i, r := range rs {
			if r == '【' {
				starts = append(starts, i)
			}
		}
		span := text.Span{Start: starts[tt.part], End: len(rs)}
		if tt.part+1 < len(starts) {
			span.End = starts[tt.part+1]
		}
		before := append([]court.Mention(nil), ms...)
		got := SpanMentions(rs, ms, span)
		found := false
		for _, m := range got {
			if m.Start >= span.Start && m.End <= span.End && string(rs[m.Start:m.End]) == tt.form {
				found = true
				if m.Court.Name != tt.want {
					t.Errorf("%s: %s = %s, want %s", tt.name, tt.form, m.Court.Name, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s in span", tt.name, tt.form)
		}
		for i := range ms {
			if ms[i] != before[i] {
				t.Errorf("%s: input mention %d modified", tt.name, i)
			}
		}
	}
}
