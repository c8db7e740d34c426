package segment

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDomainWordsStayWhole(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dictionary load took %v", LoadTime())
	tests := []struct{ text, want string }{
		{"甘肃高院党组成员、审判委员会专职委员、二级巡视员参加会议", "审判委员会专职委员"},
		{"开展人民法庭大走访活动", "人民法庭"},
		{"着力破解执行难问题", "执行难"},
		{"推动矛盾纠纷诉源治理", "诉源治理"},
		{"积极推进案件繁简分流", "繁简分流"},
		{"湖南省高级人民法院召开会议", "高级人民法院"},
		{"市中院政治部主任主持会议", "政治部主任"},
		{"落实司法责任制改革", "司法责任制"},
	}
	for _, tt := range tests {
		words := s.Cut(tt.text, true)
		if !slices.Contains(words, tt.want) {
			t.Errorf("Cut(%q) = %q, want %q whole", tt.text, words, tt.want)
		}
	}
}

func TestDefaultIsShared(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Default()
	if a != b {
		t.Fatal("Default built two segmenters")
	}
}

// TestFastLoadCutsAsGse loads the dictionaries both ways and expects the
// same words from Cut(text, true) over real articles.
func TestFastLoadCutsAsGse(t *testing.T) {
	fast, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	std, err := loadStandard()
	if err != nil {
		t.Fatal(err)
	}
	if a, b := fast.Dict.NumTokens(), std.Dict.NumTokens(); a != b || fast.Dict.TotalFreq() != std.Dict.TotalFreq() {
		t.Fatalf("fast load: %d words, total %v; gse: %d, total %v", a, fast.Dict.TotalFreq(), b, std.Dict.TotalFreq())
	}
	files, _ := filepath.Glob("../../seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/holdout*/docs/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := fast.Cut(string(b), true), std.Cut(string(b), true); !slices.Equal(got, want) {
			t.Errorf("%s: cut differs", f)
		}
	}
}
