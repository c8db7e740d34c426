package script

import (
	"testing"
	"unicode/utf8"
)

// The text contract of loader/extract rests on this: the simplified copy has
// the rune count of the original, so every offset read in it is an offset
// in the stored text.
func TestSimplifyKeepsOffsets(t *testing.T) {
	tests := []struct{ in, want string }{
		{"廣東省高級人民法院召開全省法院院長會議", "广东省高级人民法院召开全省法院院长会议"},
		{"審結案件8765件,同比增長4.5%。", "审结案件8765件,同比增长4.5%。"},
		{"已是简体的文字不变。", "已是简体的文字不变。"},
		{"乾隆年間的頭髮", "乾隆年间的头发"}, // phrase dictionaries: 乾隆 stays, 頭髮 → 头发
		{"", ""},
	}
	for _, tt := range tests {
		got := Simplify(tt.in)
		if got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
			t.Errorf("Simplify(%q) changed the rune count", tt.in)
		}
	}
}

func FuzzSimplifyKeepsRuneCount(f *testing.F) {
	f.Add("廣東省高級人民法院")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got := Simplify(s); utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("Simplify(%q) = %q: rune count changed", s, got)
		}
	})
}
