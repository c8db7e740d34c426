package clean

import (
	"strings"
	"testing"
)

func TestFoldWidth(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"２０２４年３月１５日", "2024年3月15日"},
		{"受理１０６,５８２件", "受理106,582件"},
		{"受理１０６，５８２件,审结９８件", "受理106,582件,审结98件"},
		{"上升４．６％和７.２％", "上升4.6%和7.2%"},
		{"发布时间:２０２４－０３－１６", "发布时间:2024-03-16"},
		{"ＩＣＰ备ａｂ", "ICP备ab"},
		{"一是，二是：（一）", "一是，二是：（一）"}, // CJK punctuation stays
		{"分别为３，５和７", "分别为3，5和7"},   // not a thousands group
	} {
		if got := foldWidth(tt.in); got != tt.want {
			t.Errorf("foldWidth(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len([]rune(foldWidth(tt.in))) != len([]rune(tt.in)) {
			t.Errorf("foldWidth(%q) changed the rune count", tt.in)
		}
	}
}

func TestASCIIStop(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"部署下一阶段重点任务. 市中院院长出席", "部署下一阶段重点任务。 市中院院长出席"},
		{"的高度.要求: 一是", "的高度。要求: 一是"},
		{"落地见效.", "落地见效。"},
		{"完善\"分调裁审\"机制. 让更多", "完善\"分调裁审\"机制。 让更多"},
		{"同比上升4.6%", "同比上升4.6%"},
		{"会议现场.jpg", "会议现场.jpg"},
		{"访问www.court.gov.cn查看", "访问www.court.gov.cn查看"},
	} {
		if got := asciiStop(tt.in); got != tt.want {
			t.Errorf("asciiStop(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessyHeader(t *testing.T) {
	for _, tt := range []struct {
		name, raw, title, date, ctx, first string
	}{
		{"bracket date and font bar",
			"襄樊市中级人民法院欢迎您! 设为首页 | 加入收藏\n首页 >> 审判动态 >> 正文\n十堰中院召开调度会\n[2021-05-06]  【字体:大 中 小】\n5月5日,十堰中院召开调度会。",
			"十堰中院召开调度会", "2021-05-06", "[2021-05-06]", "5月5日"},
		{"bracketed field name",
			"某某中院召开座谈会\n【发布时间】2024-03-15\n3月14日,某某中院召开座谈会。",
			"某某中院召开座谈会", "2024-03-15", "", "3月14日"},
		{"slash date with time",
			"玉溪中院召开推进会\n2024/03/15 10:20\n3月14日,玉溪中院召开推进会。",
			"玉溪中院召开推进会", "2024-03-15", "", "3月14日"},
		{"full-width date",
			"银川中院召开会议\n时间:２０２３年３月１５日 １０:２０\n３月１４日,银川中院召开会议。",
			"银川中院召开会议", "2023-03-15", "", "3月14日"},
		{"banner and repeated headline",
			"重庆市第一中级人民法院\n新闻中心 > 一中法院动态\n一中院召开廉政会议\n时间:2021-03-02\n一中院召开 廉政会议\n3月1日,一中院召开廉政会议。",
			"一中院召开廉政会议", "2021-03-02", "重庆市第一中级人民法院", "3月1日"},
		{"city site banner",
			"泉州法院网\n首页 | 法院新闻 | 基层动态 | 审判指导\n丰泽区法院召开党组会议\n日期:2022-01-10\n1月9日,丰泽区法院召开党组会议。\n主办单位:泉州市中级人民法院  闽ICP备1号",
			"丰泽区法院召开党组会议", "2022-01-10", "泉州法院网", "1月9日"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := Clean(tt.raw)
			if p.Title != tt.title || p.PublishedAt != tt.date || !strings.HasPrefix(p.Text, tt.first) ||
				!strings.Contains(p.Context, tt.ctx) {
				t.Errorf("got %+v", p)
			}
		})
	}
}

func TestRoleCaption(t *testing.T) {
	p := Clean("某法院召开推进会\n发布日期:2024-04-09\n4月8日,某法院召开推进会。\nIMG_1.jpg\n图为副院长李明通报一季度数据\n图为院领导与标兵王芳合影")
	if !strings.Contains(p.Text, "副院长李明通报一季度数据。") || strings.Contains(p.Text, "合影") {
		t.Errorf("got %q", p.Text)
	}
}
