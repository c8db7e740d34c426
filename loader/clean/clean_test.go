package clean

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from Clean's output")

// Each noise kind inside an invented page: the body lines must survive
// untouched, the noise must go.
func TestNoise(t *testing.T) {
	body := []string{
		"5月8日,绵阳中院召开全市法院执行工作推进会。",
		"会议要求,要全力攻坚执行难。",
	}
	tests := []struct{ name, noise string }{
		{"crumbs", "当前位置: 首页 > 新闻中心 > 法院动态"},
		{"crumbs 您的位置", "您当前的位置:首页 > 审判动态"},
		{"crumbs full-width", "当前位置：首页 ＞ 工作动态"},
		{"share", "分享到:"},
		{"print bar", "打印 字号: | |"},
		{"close", "【关闭】"},
		{"close and print", "【打印】【关闭窗口】"},
		{"copyright", "绵阳法院网版权所有,未经协议授权,禁止下载使用或建立镜像 您是第 位访客"},
		{"copyright sign", "Copyright © 2023 四川省绵阳市中级人民法院"},
		{"address", "地址:绵阳市涪城区临园路 邮编:621000"},
		{"phone", "电话:0816-2222222"},
		{"tech support", "技术支持:某某科技有限公司"},
		{"sponsor and ICP", "绵阳市中级人民法院主办 蜀ICP备12345678号"},
		{"ICP alone", "京ICP备05023036号"},
		{"police record", "川公网安备 51070302000123号"},
		{"views", "已浏览:1024"},
		{"visitors", "您是第 位访客"},
		{"view count", "浏览次数:88"},
		{"clicks", "点击数:12"},
		{"photo above", "上图:绵阳中院召开推进会现场。"},
		{"photo below", "下图:与会人员认真听讲。"},
		{"photo is", "图为会议现场"},
		{"image file", "3a9f0c1e2b.jpg"},
		{"image file upper", "IMG_2023.JPEG"},
		{"caption in parens", "(会议现场)"},
		{"editor", "责任编辑:王小明"},
		{"intern editor", "实习编辑:李四"},
		{"author", "作者:张三"},
		{"source", "来源:转自公众号“绵阳中院”"},
		{"photographer", "摄影:赵六"},
		{"correspondent", "通讯员:钱七"},
		{"credit in parens", "(图/赵赢  文/杨帆、孔琳清)"},
		{"credit full-width", "（文/孙八 图/周九）"},
		{"empty time field", "时间:"},
		{"blank", "   \u3000 "},
		{"site menu", "首页 法院概况 新闻中心 审判动态 队伍建设 司法公开"},
		{"bar menu", "网站首页 | 法院概况 | 新闻中心 | 联系我们 |"},
		{"accessibility", "无障碍浏览||返回首页"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, at := range []int{0, 1, 2} { // before, inside, after the body
				lines := append([]string{}, body[:min(at, 2)]...)
				lines = append(lines, tt.noise)
				lines = append(lines, body[min(at, 2):]...)
				got := Clean(strings.Join(lines, "\n"))
				if want := strings.Join(body, "\n"); got.Text != want {
					t.Errorf("noise at %d: Text = %q, want %q", at, got.Text, want)
				}
			}
		})
	}
}

func TestTrailingCredit(t *testing.T) {
	got := Clean("6月1日,德阳中院召开座谈会。\n会议要求做好工作。(文/周一 图/吴二)")
	if want := "6月1日,德阳中院召开座谈会。\n会议要求做好工作。"; got.Text != want {
		t.Errorf("Text = %q, want %q", got.Text, want)
	}
}

func TestHeader(t *testing.T) {
	const body = "3月1日,遂宁中院召开全市法院工作会议。会议强调,要狠抓落实。"
	tests := []struct {
		name, raw, title, date string
	}{
		{"day-first with clock", "遂宁中院召开全市法院工作会议\n\n16.08.2017  21:12\n\n" + body, "遂宁中院召开全市法院工作会议", "2017-08-16"},
		{"发布时间 with print bar", "当前位置: 首页 > 新闻\n强基工程再推进\n分享到:\n  发布时间:2022-09-05 09:02:41 打印 字号: | |\n" + body, "强基工程再推进", "2022-09-05"},
		{"更新时间 with counter", "遂宁中院召开会议\n更新时间:2021-03-03 已浏览:32410 文章来源:原创\n" + body, "遂宁中院召开会议", "2021-03-03"},
		{"bare datetime", "遂宁中院召开会议\n2012-03-02 11:17:54\n" + body, "遂宁中院召开会议", "2012-03-02"},
		{"Chinese date line", "遂宁中院召开会议\n2019年10月17日\n" + body, "遂宁中院召开会议", "2019-10-17"},
		{"Chinese date with source", "遂宁中院召开会议\n2019年10月17日 来源:遂宁中院\n" + body, "遂宁中院召开会议", "2019-10-17"},
		{"bracketed fields", "市中院召开会议\n【发布时间:2018-09-21 17:03:55】 【稿件来源:干部处】 【作者:李锦屏】 【关闭】\n" + body, "市中院召开会议", "2018-09-21"},
		{"bullets", "所在位置: 首页 > 法院资讯\n遂宁高院部署学习\n  • 来源:人民法院报\n  • 发布时间:2010-06-17 19:16:00\n" + body, "遂宁高院部署学习", "2010-06-17"},
		{"slashes", "遂宁中院召开会议\n发布日期:2020/5/6\n" + body, "遂宁中院召开会议", "2020-05-06"},
		{"two-line headline", "时间:\n当前位置: 首页 > 新闻\n找准目标 全力冲刺\n——射洪法院召开质效分析会\n分享到:\n作者:某某  发布时间:2022-10-24 10:32:41 打印 字号: | |\n" + body,
			"找准目标 全力冲刺\n——射洪法院召开质效分析会", "2022-10-24"},
		{"headline, no date", "遂宁中院召开全市法院工作会议\n" + body, "遂宁中院召开全市法院工作会议", ""},
		{"multi-line headline, no date; the role line is body", "全市法院工作会议召开 张三强调\n深入学习贯彻会议精神\n李四主持\n" + body, "全市法院工作会议召开 张三强调\n深入学习贯彻会议精神", ""},
		{"role line under a dated headline", "遂宁中院召开全市法院工作会议\n王五出席并讲话\n发布时间:2021-03-02\n" + body, "遂宁中院召开全市法院工作会议", "2021-03-02"},
		{"no headline", body + "\n会议要求,要抓好落实。", "", ""},
		{"salutation is no headline", "同志们:\n" + body, "", ""},
		{"body date not read as publication date", "2021年3月1日,遂宁中院召开全市法院工作会议。", "", ""},
		{"impossible date", "遂宁中院召开会议\n发布时间:2021-13-45\n" + body, "遂宁中院召开会议", ""},
		{"date line with weekday and reporter", "遂宁中院部署今年工作 提出三项要求\n2024年3月23日 星期六 10:26  本报记者 王某\n" + body, "遂宁中院部署今年工作 提出三项要求", "2024-03-23"},
		{"headline under the date line", "遂宁市中级人民法院\n[2022-09-09]  【字体:大 中 小】\n遂宁中院召开全市法院工作会议\n" + body, "遂宁中院召开全市法院工作会议", "2022-09-09"},
		// a site banner's date of today is the reader's day, not the publication's
		{"banner's today is no publication date", "今天是2025年11月20日 星期四\n首页 > 法院动态\n遂宁中院召开会议\n" + body, "遂宁中院召开会议", ""},
		{"banner's today with a colon", "遂宁法院网  今日:2024-06-01\n遂宁中院召开会议\n" + body, "遂宁中院召开会议", ""},
		{"today banner above a real publication line", "今天是2025年11月20日\n遂宁中院召开会议\n发布时间:2019-04-02 09:00\n" + body, "遂宁中院召开会议", "2019-04-02"},
		{"short first line under the date line is body", "[2022-09-09]\n本报讯\n" + body, "", "2022-09-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.raw)
			if got.Title != tt.title || got.PublishedAt != tt.date {
				t.Errorf("Title %q PublishedAt %q, want %q %q", got.Title, got.PublishedAt, tt.title, tt.date)
			}
			if strings.Contains(got.Text, "发布") || strings.Contains(got.Text, "字号") {
				t.Errorf("header left in Text: %q", got.Text)
			}
		})
	}
}

// TestFooterPublicationLine: a short article's lead is body, not header,
// and a publication line under the text dates the page and leaves the body.
func TestFooterPublicationLine(t *testing.T) {
	const lead = "3月1日,遂宁中院召开全市法院工作会议。"
	tests := []struct {
		name, raw, date string
	}{
		{"footer publication line", "遂宁中院召开会议\n" + lead + "\n发布时间:2021-03-02\n", "2021-03-02"},
		{"footer with editor", "遂宁中院召开会议\n" + lead + "\n会议强调,要狠抓落实。\n责任编辑:张三  发布日期:2021年03月02日", "2021-03-02"},
		{"footer under a lead without a date", "遂宁中院召开会议\n遂宁中院近日召开全市法院工作会议,部署全年工作。\n时间:2021-03-02", "2021-03-02"},
		{"a date in the last sentence is no footer", "遂宁中院召开会议\n" + lead + "\n会议定于2021年3月5日闭幕。", ""},
		// source, editor and signature lines, and a bare bracketed date
		{"source line in brackets", "遂宁中院召开会议\n" + lead + "\n(来源:遂宁法院网 2021-03-02)", "2021-03-02"},
		{"editor with a date", "遂宁中院召开会议\n" + lead + "\n编辑:李四 2021年3月2日", "2021-03-02"},
		{"signature date", "遂宁中院召开会议\n" + lead + "\n遂宁市中级人民法院\n2021年3月2日", "2021-03-02"},
		{"bare bracketed date", "遂宁中院召开会议\n" + lead + "\n[2021-03-02]", "2021-03-02"},
		// a related link with its date is another article's
		{"related link's date", "遂宁中院召开会议\n" + lead + "\n相关新闻\n遂宁中院召开执行工作推进会 2021-02-11", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.raw)
			if got.Title != "遂宁中院召开会议" || got.PublishedAt != tt.date {
				t.Errorf("Title %q PublishedAt %q, want %q %q", got.Title, got.PublishedAt, "遂宁中院召开会议", tt.date)
			}
			if !strings.Contains(got.Text, "召开全市法院工作会议") {
				t.Errorf("lead lost from Text %q", got.Text)
			}
			if tt.date != "" && strings.Contains(got.Text, tt.date[:4]) || strings.Contains(got.Text, "发布") || strings.Contains(got.Text, "时间:") {
				t.Errorf("footer left in Text %q", got.Text)
			}
		})
	}
}

func TestCRLF(t *testing.T) {
	got := Clean("遂宁中院召开会议\r\n发布时间:2020-01-02\r\n" + "第一段。\r\n\r\n第二段。\r\n")
	if got.Text != "第一段。\n第二段。" || got.PublishedAt != "2020-01-02" {
		t.Errorf("got %+v", got)
	}
}

// TestGolden cleans every seed and dev document and compares with
// testdata/<name>.golden; `go test ./loader/clean -update` rewrites them.
func TestGolden(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../../shared/seeds", "../../../shared/dev/docs"} {
		f, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Fatal("no shared documents") // a missing ../shared must not pass as a green run
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := Clean(string(raw))
		got := "title: " + p.Title + "\npublishedAt: " + p.PublishedAt + "\n---\n" + p.Text + "\n"
		golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(f), ".txt")+".golden")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: Clean output differs from %s", filepath.Base(f), golden)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("当前位置: 首页 > 新闻\n标题\n发布时间:2022-09-05 09:02:41\n8月20日,某法院召开会议。")
	f.Add("16.08.2017  21:12\n(图/赵赢  文/杨帆)")
	f.Add("同志们:\r\n\u3000\u3000这次会议。")
	f.Add("<h1>标题</h1><p>&nbsp;正文<strong>张三</strong>讲话。<br>&ldquo;要&rdquo;</p>")
	f.Add("某法院召开会议\n\n召开全市法院执行工作推进会议总结上半年执行工作\n会,分析研判当前形势部署下半年重点任务市中院\n院长出席会议并讲话副院长主持会议市中院执行局\n局长通报情况各基层法院作交流发言会议强调要\n加强队伍建设。")
	f.Fuzz(func(t *testing.T, raw string) {
		p := Clean(raw)
		for _, l := range strings.Split(p.Text, "\n") {
			if p.Text != "" && strings.TrimSpace(l) == "" {
				t.Fatalf("blank line in %q", p.Text)
			}
		}
		if p.PublishedAt != "" && len(p.PublishedAt) != len("2006-01-02") {
			t.Fatalf("bad date %q", p.PublishedAt)
		}
	})
}

func TestTraditionalNoise(t *testing.T) {
	raw := "當前位置：首頁 > 法院新聞\n金華中院召開座談會\n發布時間：2015-06-12 09:00\n5月28日,金華中院召開座談會。\n上圖：座談會現場。\n責任編輯：王五\n已瀏覽：120"
	got := Clean(raw)
	if got.Text != "5月28日,金華中院召開座談會。" || got.Title != "金華中院召開座談會" || got.PublishedAt != "2015-06-12" {
		t.Errorf("got %+v", got)
	}
}

// Body sentences that merely mention a noise word stay.
func TestNoiseWordsInBody(t *testing.T) {
	body := "今年以来,全市法院共开展庭审直播3200场,累计点击率达120万人次,较去年同期大幅增长,有效提升了司法公开水平,群众对审判工作的满意度进一步提高,相关做法得到上级法院肯定。\n" +
		"出席会议的有:张三、李四、王五、赵六、钱七。"
	if got := Clean(body); got.Text != body {
		t.Errorf("Text = %q", got.Text)
	}
}
