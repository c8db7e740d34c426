package clean

import (
	"strings"
	"testing"
)

// Hard-wrapped pages are joined into paragraphs; invented articles.
func TestUnwrap(t *testing.T) {
	tests := []struct {
		name, raw, title, date string
		want                   []string
	}{
		{"fixed width with blank lines",
			"绵阳中院召开全市法院审判管理工作会议\n\n发布时间:2022-05-10  来源:绵阳市中级\n人民法院\n\n" +
				"5月9日上午,绵阳市中级人民法院召开全市法院审判管理工作\n会议,总结一季度审判工作,部署下一阶段任务。市中院\n党组书记、院长李国平出席会议并讲话,副院长\n王丽主持会议。\n\n" +
				"会议通报,一季度全市法院共受理各类案件12345件,同比增长5.\n6%;审结10234件,结案率82.9%,较去年同期提\n高1.5个百分点。\n\n" +
				"李国平要求:一要提高政治站位,坚持公正司法;二要聚焦\n审判质效,加强长期未结案件清理;三要强化\n队伍建设,锻造过硬队伍。",
			"绵阳中院召开全市法院审判管理工作会议", "2022-05-10",
			[]string{
				"5月9日上午,绵阳市中级人民法院召开全市法院审判管理工作会议,总结一季度审判工作,部署下一阶段任务。市中院党组书记、院长李国平出席会议并讲话,副院长王丽主持会议。",
				"会议通报,一季度全市法院共受理各类案件12345件,同比增长5.6%;审结10234件,结案率82.9%,较去年同期提高1.5个百分点。",
				"李国平要求:一要提高政治站位,坚持公正司法;二要聚焦审判质效,加强长期未结案件清理;三要强化队伍建设,锻造过硬队伍。",
			}},
		{"split at sentence end without blank line",
			"南充中院召开执行工作推进会\n\n6月3日,南充市中级人民法院召开全市法院执行工作推进会\n,院长陈刚出席会议并讲话,副院长赵明主持会议。\n市中院执行局局长孙强通报了全市法院执行工作情况,各\n基层法院作交流发言。陈刚强调,要坚持善意文明执行理念\n,加大执行力度,切实兑现胜诉当事人合法权益。\n赵明要求,各基层法院要认真传达学习会议精神,结合本\n院实际细化工作措施,确保各项任务落地见效。",
			"南充中院召开执行工作推进会", "",
			[]string{
				"6月3日,南充市中级人民法院召开全市法院执行工作推进会,院长陈刚出席会议并讲话,副院长赵明主持会议。",
				"市中院执行局局长孙强通报了全市法院执行工作情况,各基层法院作交流发言。陈刚强调,要坚持善意文明执行理念,加大执行力度,切实兑现胜诉当事人合法权益。",
				"赵明要求,各基层法院要认真传达学习会议精神,结合本院实际细化工作措施,确保各项任务落地见效。",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Clean(tt.raw)
			if p.Title != tt.title || p.PublishedAt != tt.date || p.Text != strings.Join(tt.want, "\n") {
				t.Errorf("got title %q date %q text\n%s", p.Title, p.PublishedAt, p.Text)
			}
		})
	}
}

// Normal pages' short lines are never joined.
func TestNoUnwrap(t *testing.T) {
	for _, raw := range []string{
		// headline, date line, one paragraph a line
		"德阳中院召开全市法院执行工作会议\n发布时间:2023-03-01\n2月28日,德阳市中级人民法院召开全市法院执行工作会议,院长周平出席会议并讲话。\n会议要求,要全力攻坚执行难,切实兑现胜诉当事人合法权益,提升人民群众满意度。",
		// a list of short headings without punctuation
		"会议部署了四项重点工作\n一、坚持党对法院工作的绝对领导\n二、持续推进诉源治理工作\n三、深入开展执行攻坚专项行动\n四、全面加强法院队伍建设工作",
		// table rows
		"会议通报了各院数据\n涪城区法院 收案 1234 件 结案 1100 件\n游仙区法院 收案 1020 件 结案 987 件\n安州区法院 收案 876 件 结案 801 件\n江油市法院 收案 1543 件 结案 1422 件",
		// credits and captions
		"会议现场\n(文/张三 图/李四)\n责任编辑:王五\n审核:赵六",
	} {
		var lines []string
		for _, l := range strings.Split(raw, "\n") {
			lines = append(lines, strings.TrimSpace(l))
		}
		if got := unwrap(lines); strings.Join(got, "\n") != strings.Join(lines, "\n") {
			t.Errorf("unwrap joined a normal page:\n%s", strings.Join(got, "\n"))
		}
	}
}

func TestJoinWrapped(t *testing.T) {
	for _, tt := range []struct{ a, b, want string }{
		{"召开全市法院工作推进", "会,总结", "召开全市法院工作推进会,总结"},
		{"同比增长9.", "3%", "同比增长9.3%"},
		{"the Intermediate People's", "Court of Luzhou", "the Intermediate People's Court of Luzhou"},
		{"受理案件284", "16件", "受理案件28416件"},
	} {
		if got := joinWrapped(tt.a, tt.b); got != tt.want {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// HTML remnants: tags go, <br>/<p> break lines, entities are unescaped.
func TestStripHTML(t *testing.T) {
	tests := []struct{ name, raw, title, date, text string }{
		{"paragraphs strong and entities",
			"<title>泸州中院召开座谈会_泸州法院网</title>\n<h1>泸州中院召开座谈会</h1>\n<p>发布时间:2023-06-02&nbsp;&nbsp;浏览次数:<span>2,048</span></p>\n" +
				"<p>&nbsp;&nbsp;6月1日,泸州中院召开座谈会。院长<strong>刘伟</strong>出席会议并讲话。<br>会议强调,&ldquo;如我在诉&rdquo;要落到实处。</p>\n<p style=\"text-align:right\">(通讯员&nbsp;李梅)</p>",
			"泸州中院召开座谈会", "2023-06-02",
			"6月1日,泸州中院召开座谈会。院长刘伟出席会议并讲话。\n会议强调,“如我在诉”要落到实处。"},
		{"image numeric entities and lt gt",
			"遂宁中院召开推进会\n<p>3月5日,遂宁中院召开推进会。<img src=\"a.jpg\" alt=\"现场\"/></p><p>&#12288;&#12288;结案率同比提高&lt;2个百分点&gt;,调解率A&amp;B。</p>",
			"遂宁中院召开推进会", "",
			"3月5日,遂宁中院召开推进会。\n结案率同比提高<2个百分点>,调解率A&B。"},
		{"no tags: angle brackets stay",
			"雅安中院召开会议\n3月5日,雅安中院召开会议,要求超审限案件<5%。",
			"雅安中院召开会议", "",
			"3月5日,雅安中院召开会议,要求超审限案件<5%。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Clean(tt.raw)
			if p.Title != tt.title || p.PublishedAt != tt.date || p.Text != tt.text {
				t.Errorf("got title %q date %q text\n%q", p.Title, p.PublishedAt, p.Text)
			}
		})
	}
}

// WeChat reposts: follow prompts and share bars go, the account line is the date line.
func TestWeChatRepost(t *testing.T) {
	for _, tt := range []struct{ name, raw, title, date, text string }{
		{"account line with province",
			"点击上方蓝字关注我们\n\n广元中院 2023-09-08 20:15 四川\n\n广元中院召开全市法院执行工作会议\n\n9月7日,广元市中级人民法院召开全市法院执行工作会议。\n\n来源:广元中院微信公众号\n长按二维码关注我们\n分享 收藏 点赞 在看\n阅读原文",
			"广元中院召开全市法院执行工作会议", "2023-09-08", "9月7日,广元市中级人民法院召开全市法院执行工作会议。"},
		{"account line with Chinese date, no province",
			"点击蓝字关注\n眉山法院 2022年11月3日 09:30\n眉山中院召开审判质效分析会\n11月2日,眉山中院召开审判质效分析会。\n长按识别二维码\n点赞 | 在看",
			"眉山中院召开审判质效分析会", "2022-11-03", "11月2日,眉山中院召开审判质效分析会。"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := Clean(tt.raw)
			if p.Title != tt.title || p.PublishedAt != tt.date || p.Text != tt.text {
				t.Errorf("got title %q date %q text\n%q", p.Title, p.PublishedAt, p.Text)
			}
		})
	}
	// A body sentence about a QR code stays.
	if p := Clean("某中院召开会议\n会议要求,当事人扫描二维码即可网上立案,减少来回奔波。"); !strings.Contains(p.Text, "二维码") {
		t.Errorf("QR sentence dropped: %q", p.Text)
	}
}

// A body printed twice by the CMS keeps its first copy.
func TestDuplicateBody(t *testing.T) {
	body := "4月2日,资阳市中级人民法院召开全市法院工作会议。院长吴刚出席会议并讲话。\n会议通报,一季度全市法院结案率91.2%,同比提高2.1个百分点。\n吴刚强调,要坚持公正司法。"
	head := "资阳中院召开全市法院工作会议\n发布时间:2024-04-03 10:00 浏览次数:321\n"
	for _, tt := range []struct{ name, raw, want string }{
		{"whole page twice", head + body + "\n(作者:郑一)\n" + head + body + "\n(作者:郑一)", body},
		{"body twice with spacing differences", head + body + "\n" + strings.ReplaceAll(body, "。", "。 "), body},
		{"short refrain kept", head + "会议现场\n" + body + "\n会议现场", "会议现场\n" + body + "\n会议现场"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if p := Clean(tt.raw); p.Text != tt.want {
				t.Errorf("got\n%s", p.Text)
			}
		})
	}
}
