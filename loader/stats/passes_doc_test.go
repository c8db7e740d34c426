package stats

import (
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestPassExamplesDocumented keeps the package doc's numbered list of
// readSentence's passes true: it names sentencePasses in order, every pass
// listed has its example quoted in the doc, and that example, read in a
// sentence, gives what the doc says.
func TestPassExamplesDocumented(t *testing.T) {
	src, err := os.ReadFile("stats.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src[:strings.Index(string(src), "package stats")])
	doc = strings.ReplaceAll(doc, "\n//", "")
	items := regexp.MustCompile(`\s(\d+)\. `).FindAllStringSubmatchIndex(doc, -1)
	text := map[int]string{}
	for i, m := range items {
		n, _ := strconv.Atoi(doc[m[2]:m[3]])
		end := len(doc)
		if i+1 < len(items) {
			end = items[i+1][0]
		}
		text[n] = doc[m[1]:end]
	}
	examples := []struct {
		pass   int
		quoted string   // as the doc quotes it
		in     string   // a sentence holding it
		want   []string // figures read (nil: none)
	}{
		{1, "要……紧盯超12个月未结案件", "要加大清理力度,紧盯超12个月未结案件。", nil},
		{1, "居全省第3位", "实际执结率居全省第3位。", nil},
		{1, "浏览:[ 417 ]次", "浏览:[ 417 ]次", nil},
		{2, "较去年同期的2890件上升7.96%", "新收案件3120件,较去年同期的2890件上升7.96%。", []string{"新收案件=3120件 rate 7.96"}},
		{3, "收结案比1:1.05", "收结案比1:1.05。", []string{"收结案比=1.05"}},
		{4, "同比增加52481件,上升15.56%", "受理案件389861件,同比增加52481件,上升15.56%。", []string{"受理案件=389861件 change 52481件 rate 15.56"}},
		{4, "收案数同比上升8.35%", "收案数同比上升8.35%。", []string{"收案数=nil rate 8.35"}},
		{5, "本溪、阜新、朝阳等三家中院", "本溪、阜新、朝阳等三家中院作了发言。", nil},
		{5, "24小时自助诉讼服务站", "设立24小时自助诉讼服务站。", nil},
		{5, "有3个集体被……评为先进集体", "有3个集体被最高人民法院评为先进集体。", nil},
		{6, "一审服判息诉率、调解撤诉率分别为91.36%和42.18%", "一审服判息诉率、调解撤诉率分别为91.36%和42.18%。", []string{"一审服判息诉率=91.36%", "调解撤诉率=42.18%"}},
		{7, "其中民事案件6789件,占55%", "受理案件12000件,其中民事案件6789件,占55%。", []string{"受理案件=12000件", "民事案件=6789件", "民事案件=55%"}},
		{8, "高于全省平均水平XX个百分点", "结案率高于全省平均水平3个百分点。", []string{"结案率高于全省平均水平=3个百分点"}},
		{9, "对王某等12名办案能手进行表彰", "会上,对王某等12名办案能手进行表彰。", []string{"表彰办案能手=12名"}},
		{10, "组织召开了7次专门会议", "组织召开了7次专门会议。", []string{"专门会议=7次"}},
		{11, "会上通报了1至11月全院法官人均结案数156件", "会上通报了1至11月全院法官人均结案数156件。", []string{"法官人均结案数=156件"}},
	}
	covered := map[int]bool{}
	for _, ex := range examples {
		covered[ex.pass] = true
		if !strings.Contains(text[ex.pass], ex.quoted) {
			t.Errorf("pass %d: the doc does not quote %q", ex.pass, ex.quoted)
		}
		var got []string
		for _, f := range extractAll(ex.in) {
			got = append(got, fig(f))
		}
		if !reflect.DeepEqual(got, ex.want) {
			t.Errorf("pass %d example %q: got %q, want %q", ex.pass, ex.in, got, ex.want)
		}
	}
	for n := range text {
		if !covered[n] {
			t.Errorf("pass %d is listed in the doc but has no example here", n)
		}
	}
	if len(text) != len(sentencePasses) {
		t.Errorf("the doc lists %d passes, sentencePasses has %d", len(text), len(sentencePasses))
	}
	for i, p := range sentencePasses {
		if !strings.HasPrefix(text[i+1], p.name+":") {
			t.Errorf("pass %d is %s in sentencePasses, the doc says %.20q", i+1, p.name, text[i+1])
		}
	}
}
