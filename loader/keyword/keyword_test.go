package keyword

import (
	"reflect"
	"testing"

	"courtql/loader/segment"
)

const sample = "要全力打好基本解决执行难攻坚战,继续传导压力创造动力,巩固各项专项执行行动的丰硕成果," +
	"形成强大的执行声势,以一张张靓丽的成绩单实现全省法院基本解决执行难战役的全面胜利。要大力推进多元化纠纷解决机制建设," +
	"积极推进案件繁简分流,强化审判流程管理。"

func TestTopNoStopWordsAndNormalised(t *testing.T) {
	kws := Top(sample, 8)
	if len(kws) == 0 {
		t.Fatal("no keywords")
	}
	if kws[0].Weight != 1 {
		t.Errorf("first weight %v, want 1", kws[0].Weight)
	}
	for i, k := range kws {
		if stop[k.Word] {
			t.Errorf("stop word %q ranked", k.Word)
		}
		if k.Weight <= 0 || k.Weight > 1 {
			t.Errorf("%q weight %v outside (0,1]", k.Word, k.Weight)
		}
		if i > 0 && k.Weight > kws[i-1].Weight {
			t.Errorf("not sorted at %d", i)
		}
	}
	t.Logf("%v", kws)
}

func TestTopDeterministic(t *testing.T) {
	a := Top(sample, 10)
	for i := 0; i < 5; i++ {
		if b := Top(sample, 10); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs:\n%v\n%v", i, a, b)
		}
	}
}

func TestTopEdges(t *testing.T) {
	for _, s := range []string{"", "   ", "的了和", "123 abc"} {
		if got := Top(s, 5); len(got) != 0 {
			t.Errorf("Top(%q) = %v, want none", s, got)
		}
	}
	if got := Top(sample, 0); got != nil {
		t.Errorf("Top(n=0) = %v", got)
	}
	if got := Top(sample, 3); len(got) != 3 {
		t.Errorf("Top(n=3) gave %d", len(got))
	}
}

func TestTopic(t *testing.T) {
	tests := []struct{ text, want string }{
		{"要全力打好基本解决执行难攻坚战,加大失信被执行人惩戒力度", "执行"},
		{"要深化落实司法责任制,准确把握司法责任制改革要求", "司法改革"},
		{"要深入推进智慧法院建设,加快信息化应用步伐", "智慧法院"},
		{"要着力打好扫黑除恶法律战,加大“打伞破网”力度", "扫黑除恶"},
		{"要持续优化营商环境,依法平等保护各类市场主体合法权益", "营商环境"},
		{"要加强队伍建设,打造一支忠诚干净担当的高素质法官队伍", "队伍建设"},
		{"要持续推进司法公开,继续加大裁判文书公开力度", "司法公开"},
		{"要完善一站式多元解纷机制,主动融入诉源治理大格局", "多元解纷"},
		{"要加快一站式诉讼服务体系建设,升级诉讼服务功能", "诉讼服务"},
		{"要强化审限监管,抓好均衡结案,提升审判质效", "审判质效"},
		{"要坚持以习近平新时代中国特色社会主义思想为指导,加强党的建设", "党的建设"},
		{"要加强人民法庭建设,夯实基层基础", "基层建设"},
		{"要做好安保工作,把防风险、保安全、护稳定各项措施落实到位", "安全稳定"},
		{"要扎根基層,加強與社區的聯系,切實發揮人民法庭作用", "基层建设"},
		{"团结奋进,开拓创新", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Topic(tt.text); got != tt.want {
			t.Errorf("Topic(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTopWordsIsTopOfTheCut(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 5, 10} {
		if a, b := Top(sample, n), TopWords(seg.Cut(sample, true), n); !reflect.DeepEqual(a, b) {
			t.Errorf("n=%d: Top %v, TopWords %v", n, a, b)
		}
	}
}
