package text

import "testing"

func TestNewSplitsParagraphsAndSentences(t *testing.T) {
	d := New("  会议强调:一要认清形势。二要保持优势!\n\n\u3000\u3000院长讲话。”好。\nlast")
	var got []string
	for _, p := range d.Paras {
		for _, s := range p.Sentences {
			got = append(got, s.Text)
			if d.Slice(s.Span) != s.Text {
				t.Errorf("sentence %q has span text %q", s.Text, d.Slice(s.Span))
			}
		}
	}
	want := []string{"会议强调:一要认清形势。", "二要保持优势!", "院长讲话。”", "好。", "last"}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d := New("一要认清形势。二要保持优势。\n院长讲话")
	tests := []struct {
		at     int
		want   string
		wantOK bool
	}{
		{0, "一要认清形势。", true},
		{8, "二要保持优势。", true},
		{16, "院长讲话", true},
		{14, "", false}, // the line break
	}
	for _, tt := range tests {
		sp, ok := d.SentenceAt(tt.at)
		if ok != tt.wantOK || (ok && d.Slice(sp) != tt.want) {
			t.Errorf("SentenceAt(%d) = %q %v, want %q %v", tt.at, d.Slice(sp), ok, tt.want, tt.wantOK)
		}
	}
}
