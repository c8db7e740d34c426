package meeting

import (
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// Invented pages in other layouts, scripts and punctuation, read end to end
// with the real court grammar.
func TestInventedPages(t *testing.T) {
	tests := []struct {
		name, raw               string
		mName, kind, date, host string
		courts                  []string
	}{
		{"full-width punctuation",
			"当前位置：首页 > 法院新闻\n南阳中院召开全市法院执行工作推进会\n发布时间：2023-05-10 10:00:00\n" +
				"5月9日，南阳市中级人民法院召开全市法院执行工作推进会。市中院党组书记、院长王某出席会议并讲话。" +
				"宛城区法院院长李某作交流发言。会议传达了最高人民法院执行工作会议精神。\n责任编辑：张三",
			"全市法院执行工作推进会", "推进会", "2023-05-09", "南阳市中级人民法院",
			[]string{"南阳市中级人民法院", "南阳市宛城区人民法院"}},
		{"traditional script",
			"12月3日，廣東省高級人民法院召開全省法院院長會議，深入學習貫徹全會精神。\n會議要求，全省法院要狠抓執行。",
			"全省法院院長會議", "院長會議", "", "广东省高级人民法院", []string{"广东省高级人民法院"}},
		{"tribunal host",
			"3月8日上午，安吉县人民法院孝丰人民法庭召开辖区人民调解员座谈会，听取意见建议。",
			"辖区人民调解员座谈会", "座谈会", "", "安吉县人民法院", []string{"安吉县人民法院"}},
		{"visit by a high court",
			"发布时间:2019-07-02\n6月28日,湖南省高级人民法院副院长张某一行到长沙市中级人民法院调研指导执行工作,并召开座谈会。长沙中院院长刘某汇报了工作情况。",
			"座谈会", "座谈会", "2019-06-28", "湖南省高级人民法院",
			[]string{"湖南省高级人民法院", "长沙市中级人民法院"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := simplePage(tt.raw)
			got := Find(text.New(p.Text), p.Title, p.PublishedAt, court.Scan(p.Text))
			if len(got) != 1 {
				t.Fatalf("%d meetings", len(got))
			}
			m := got[0]
			host := ""
			if m.Host != nil {
				host = m.Host.Name
			}
			var names []string
			for _, c := range m.Courts {
				names = append(names, c.Name)
			}
			if m.Name != simp(tt.mName) || m.Kind != simp(tt.kind) || m.Date != tt.date || host != tt.host ||
				strings.Join(names, ",") != strings.Join(tt.courts, ",") {
				t.Errorf("got %q %q %q %q %v\nwant %q %q %q %q %v", m.Name, m.Kind, m.Date, host, names,
					tt.mName, tt.kind, tt.date, tt.host, tt.courts)
			}
		})
	}
}
