package text

import (
	"reflect"
	"testing"
)

// TestClauseBoundaries: clauses end at , ; : in either width and at sentence
// ends; a paragraph's end closes its last clause; the 、 of a list does not.
func TestClauseBoundaries(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"会议强调,要提高站位;要压实责任。", []string{"会议强调", "要提高站位", "要压实责任"}},
		{"会议强调，要提高站位；要压实责任！院长：王某", []string{"会议强调", "要提高站位", "要压实责任", "院长", "王某"}},
		{"副院长甲、乙出席\n会议要求:", []string{"副院长甲、乙出席", "会议要求"}},
	}
	for _, tt := range tests {
		d := New(tt.in)
		var got []string
		for _, c := range d.Clauses(Span{0, len(d.Runes)}) {
			got = append(got, d.Slice(c))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Clauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	d := New("会议强调,要提高站位。")
	if got := d.ClauseEndAt(0); got != 4 {
		t.Errorf("ClauseEndAt(0) = %d, want 4", got)
	}
	for _, r := range "。!?！？" {
		if !IsSentenceEnd(r) || !IsClauseEnd(r) {
			t.Errorf("%q should end a sentence and a clause", r)
		}
	}
	for _, r := range ",;:，；：" {
		if IsSentenceEnd(r) || !IsClauseEnd(r) {
			t.Errorf("%q should end a clause only", r)
		}
	}
	if IsClauseEnd('、') {
		t.Error("、 should not end a clause")
	}
}
