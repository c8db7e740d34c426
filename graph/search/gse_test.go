package search

import (
	"slices"
	"strings"
	"testing"

	"courtql/loader/segment"
)

// TestWithGse runs the index with the production segmenter (tests only may
// import loader): seed sentences from seeds/000, invented distractors.
func TestWithGse(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, func(s string) []string { return seg.Cut(s, true) })
	m := f.meeting(f.doc("全省法院执行工作会议召开。"), "全省法院执行工作会议", "工作会议")
	attack := f.directive(m, "要全力打好基本解决“执行难”攻坚战。")
	victory := f.directive(m, "继续传导压力创造动力，形成强大的执行声势，以一张张靓丽的成绩单实现全省法院基本解决执行难战役的全面胜利。")
	f.directive(m, "加强执行工作，提升执行质效。")
	chief := f.directive(m, "首席大法官出席会议并讲话。")
	judges := f.directive(m, "全体法官参加会议。")
	f.rebuild()

	tests := []struct {
		query   string
		want    []string // as a set
		snippet string   // in every hit's snippet
	}{
		{"执行难", []string{ref(TypeDirective, attack.ID), ref(TypeDirective, victory.ID)}, "«执行难»"},
		{"破解执行难", nil, ""}, // 破解 is in no text
		{"法官", []string{ref(TypeDirective, judges.ID)}, "全体«法官»参加会议"},
		{"大法官", []string{ref(TypeDirective, chief.ID)}, "首席«大法官»出席"},
		{"基本解决执行难", []string{ref(TypeDirective, victory.ID)}, "«基本解决执行难»"},
		{"执行难 攻坚战", []string{ref(TypeDirective, attack.ID)}, "«攻坚战»"},
		{"的", nil, ""},
	}
	for _, tt := range tests {
		hits, total, _ := f.search(tt.query, []string{TypeDirective}, 0, "")
		got, want := refs(hits), tt.want
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) || total != len(want) {
			t.Errorf("Search(%q) = %v (total %d), want %v", tt.query, got, total, want)
		}
		for _, h := range hits {
			if !strings.Contains(h.Snippet, tt.snippet) {
				t.Errorf("Search(%q): snippet %q lacks %q", tt.query, h.Snippet, tt.snippet)
			}
		}
	}
	hits, _, _ := f.search("执行难", nil, 0, "")
	for _, h := range hits {
		t.Logf("%s %d %.3f %s", h.Type, h.ID, h.Score, h.Snippet)
	}
}
