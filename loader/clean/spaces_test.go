package clean

import (
	"strings"
	"testing"
)

func TestLineNormalisation(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"space after full stop", "会议强调:一要认清形势。 二要保持优势。", "会议强调:一要认清形势。二要保持优势。"},
		{"space after ascii comma", "召开工作会议, 会议传达了精神", "召开工作会议,会议传达了精神"},
		{"ideographic space before marker", "提出要求。\u3000\u3000首先,要加强学习", "提出要求。首先,要加强学习"},
		{"space between words kept", "找准目标 全力冲刺", "找准目标 全力冲刺"},
		{"space between latin kept", "发布时间:2022-09-05 09:02:41", "发布时间:2022-09-05 09:02:41"},
		{"pinyin gloss removed", "金華中院召開座談會(huì)議", "金華中院召開座談會議"},
		{"tone-marked gloss removed", "院長(zhǎng)張永偉", "院長張永偉"},
		{"gloss of a word", "召開座談會(zuò tán huì),黃美園(huáng měi yuán)副院長", "召開座談會,黃美園副院長"},
		{"gloss with apostrophe", "西安(xī'ān)鐵路運輸法院", "西安鐵路運輸法院"},
		{"redaction kept", "受理案件(XX)件", "受理案件(XX)件"},
		{"abbreviation kept", "备案号(ICP)", "备案号(ICP)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := squeezeSpaces(pinyinGloss.ReplaceAllString(tt.in, "$1")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRoleLinesMoveToBody(t *testing.T) {
	p := Clean("第二十次全省法院工作会议召开 王某强调\n赵敏主持\n1月6日,第二十次全省法院工作会议召开。院长王某出席会议并讲话。")
	if p.Title != "第二十次全省法院工作会议召开 王某强调" {
		t.Errorf("title %q", p.Title)
	}
	if !strings.HasPrefix(p.Text, "赵敏主持\n1月6日") {
		t.Errorf("text %q does not start with the role line", p.Text)
	}
}

func TestTableRowsAreNotMenus(t *testing.T) {
	p := Clean("首页 | 法院概况 | 新闻中心 | 审判公开\n会议通报了审判数据:\n刑庭 | 收案 312 件 | 结案 298 件 | 结案率 95.5%")
	if strings.Contains(p.Text, "法院概况") {
		t.Errorf("menu kept: %q", p.Text)
	}
	if !strings.Contains(p.Text, "刑庭 | 收案 312 件") {
		t.Errorf("table row dropped: %q", p.Text)
	}
}
