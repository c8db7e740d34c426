package meeting

import (
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// Lead dates behind credit brackets and datelines, headers the cleaner left
// in the title, and kinds without 会议 (invented variants of holdout9).
func TestLeadDateAndKind(t *testing.T) {
	tests := []struct {
		name, title, pub, body string
		mName, kind, date      string
	}{
		{"credit bracket, header date in title", "某某日报 2021年05月12日 第03版\n某中院召开座谈会", "",
			"本报讯 (记者 王某 通讯员 李某)5月10日,湖南省长沙市中级人民法院召开律师代表座谈会。",
			"律师代表座谈会", "座谈会", "2021-05-10"},
		{"body date beats dateline", "", "2022-06-09",
			"新华网长沙6月9日电 (记者 张某)6月8日,湖南省高级人民法院召开全省法院执行工作推进会。",
			"全省法院执行工作推进会", "推进会", "2022-06-08"},
		{"dateline alone", "", "2022-06-09",
			"新华网长沙6月9日电 湖南省高级人民法院召开全省法院执行工作推进会。",
			"全省法院执行工作推进会", "推进会", "2022-06-09"},
		{"traditional day only, header date", "某報 2022-03-18 07:00:00\n", "",
			"本報訊(記者 陳某 深圳報道)深圳市中級人民法院17日召開涉港商事審判工作座談會。",
			"涉港商事審判工作座談會", "座談會", "2022-03-17"},
		{"举行 集体学习", "", "2024-04-03",
			"4月2日,江西省高级人民法院党组理论学习中心组举行2024年第三次集体学习。",
			"2024年第三次集体学习", "集体学习", "2024-04-02"},
		{"集体学习会议 stays 会议", "", "2024-04-03",
			"4月2日,九江市中级人民法院党组理论学习中心组召开2024年第三次集体学习会议。",
			"2024年第三次集体学习会议", "会议", "2024-04-02"},
		{"专业法官会议", "", "2023-07-06",
			"7月5日,绵阳市中级人民法院召开刑事专业法官会议,研究疑难案件。",
			"刑事专业法官会议", "专业法官会议", "2023-07-05"},
		// a banner's date of today left in the title gives no year
		{"today in the title is no header date", "今天是 2025-11-20\n巴东法院召开推进会", "",
			"3月5日,湖北省巴东县人民法院召开执行工作推进会。",
			"执行工作推进会", "推进会", ""},
		// the meeting's own name dates it before a publication line
		{"jurisdiction year opens the name, late republication", "", "2018-10-13",
			"2月8日,河北省高级人民法院召开2012年全省法院院长会议。",
			"2012年全省法院院长会议", "院长会议", "2012-02-08"},
		{"numbered sitting of the year", "", "2023-04-01",
			"3月9日,四川省高级人民法院召开执法办案考评领导小组2019年第二次会议。",
			"执法办案考评领导小组2019年第二次会议", "会议", "2019-03-09"},
		{"name year without a publication line", "", "",
			"4月10日,广东省深圳市中级人民法院召开2007年全市法院民事审判工作会议。",
			"2007年全市法院民事审判工作会议", "工作会议", "2007-04-10"},
		{"reviewed year is not the meeting's", "", "2021-01-07",
			"1月6日,湖北省巴东县人民法院召开2020年全年审判执行质效点评会议。",
			"2020年全年审判执行质效点评会议", "点评会议", "2021-01-06"},
		{"reviewed year and no publication line", "", "",
			"1月6日,湖北省巴东县人民法院召开2020年全年审判执行质效点评会议。",
			"2020年全年审判执行质效点评会议", "点评会议", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := simplePage(tt.body)
			title := simp(tt.title)
			got := Find(text.New(p.Text), title, tt.pub, court.Scan(p.Text))
			if len(got) == 0 {
				t.Fatal("no meeting")
			}
			m := got[0]
			if m.Name != simp(tt.mName) || m.Kind != simp(tt.kind) || m.Date != tt.date {
				t.Errorf("got %q %q %q, want %q %q %q", m.Name, m.Kind, m.Date, tt.mName, tt.kind, tt.date)
			}
		})
	}
}

func TestHeaderDate(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"人民法院报 2022年09月16日 第04版\n嘉兴中院邀请人大代表座谈", "2022-09-16"},
		{"某某座談會\n2023-11-23 06:00:00 香港文匯報", "2023-11-23"},
		{"某中院召开2023年第3次审委会会议", ""},
		{"2023年13月40日", ""},
	} {
		if got := headerDate(tt.title); got != tt.want {
			t.Errorf("headerDate(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
