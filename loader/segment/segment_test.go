package segment

import (
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
