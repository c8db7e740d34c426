package meeting

import (
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// Articles that report several meetings, and single meetings that must stay
// one (invented, other courts and dates).
func TestSeveralMeetings(t *testing.T) {
	type want struct{ name, kind, date, host, courts, spanStarts string }
	tests := []struct {
		name, raw string
		want      []want
	}{
		{"two dated paragraphs",
			"发布时间:2022-04-12 09:00\n4月8日上午,嘉兴市南湖区人民法院召开党组会议,传达学习全省法院院长会议精神。院长王某主持会议。\n" +
				"4月9日下午,该院召开全院执行工作推进会,通报一季度执行工作情况。会上,新丰人民法庭庭长李某作交流发言。\n院领导参加推进会。",
			[]want{{"党组会议", "党组会议", "2022-04-08", "嘉兴市南湖区人民法院", "嘉兴市南湖区人民法院", "4月8日上午"},
				{"全院执行工作推进会", "推进会", "2022-04-09", "嘉兴市南湖区人民法院", "嘉兴市南湖区人民法院", "4月9日下午"}}},
		{"roundup: 市中院 of a later item is its own court",
			"【岳阳】3月4日,岳阳市中级人民法院召开全市法院审判管理工作会议。市中院院长张某出席会议并讲话。\n" +
				"【永州】3月6日,永州市中级人民法院召开全市法院执行工作推进会。市中院副院长王某主持会议,祁阳市法院作交流发言。",
			[]want{{"全市法院审判管理工作会议", "工作会议", "", "岳阳市中级人民法院", "岳阳市中级人民法院", "【岳阳】"},
				{"全市法院执行工作推进会", "推进会", "", "永州市中级人民法院", "永州市中级人民法院,祁阳市人民法院", "【永州】"}}},
		{"same day, 还召开",
			"6月3日上午,洛阳中院召开党组理论学习中心组学习会。院长赵某主持。\n同日下午,洛阳中院还召开了全市法院审判管理工作座谈会,偃师区法院院长钱某作交流发言。",
			[]want{{"党组理论学习中心组学习会", "理论学习中心组学习会", "", "洛阳市中级人民法院", "洛阳市中级人民法院", "6月3日上午"},
				{"全市法院审判管理工作座谈会", "座谈会", "", "洛阳市中级人民法院", "洛阳市中级人民法院,洛阳市偃师区人民法院", "同日下午"}}},
		{"随后 in the same paragraph",
			"9月2日,贵州高院召开党组会议,研究部署执行工作。随后,贵州高院召开全省法院执行工作推进会,遵义中院作书面交流。",
			[]want{{"党组会议", "党组会议", "", "贵州省高级人民法院", "贵州省高级人民法院", "9月2日"},
				{"全省法院执行工作推进会", "推进会", "", "贵州省高级人民法院", "贵州省高级人民法院,遵义市中级人民法院", "随后"}}},
		{"branch venues stay one meeting",
			"3月2日,成都中院召开全市法院工作会议。会议以视频形式召开,各基层法院设分会场。3月2日,郫都区法院在分会场组织收看。",
			[]want{{"全市法院工作会议", "工作会议", "", "成都市中级人民法院", "成都市中级人民法院,成都市郫都区人民法院", "3月2日"}}},
		{"会后 activity stays one meeting",
			"5月6日,赣州中院召开全市法院院长座谈会。会后,赣州中院召开党组会议研究落实措施。",
			[]want{{"全市法院院长座谈会", "座谈会", "", "赣州市中级人民法院", "赣州市中级人民法院", "5月6日"}}},
		{"earlier meeting cited stays out",
			"4月1日,衡阳中院召开党组会议,传达学习3月28日全省法院院长会议精神。会议指出,3月28日湖南高院召开的全省法院院长会议意义重大。",
			[]want{{"党组会议", "党组会议", "", "衡阳市中级人民法院", "衡阳市中级人民法院", "4月1日"}}},
		{"the same meeting named again stays one",
			"7月1日,泰州中院召开全市法院执行工作推进会。\n7月1日下午,全市法院执行工作推进会继续召开,各基层法院院长交流发言。",
			[]want{{"全市法院执行工作推进会", "推进会", "", "泰州市中级人民法院", "泰州市中级人民法院", "7月1日"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := simplePage(tt.raw)
			d := text.New(p.Text)
			got := Find(d, p.Title, p.PublishedAt, court.Scan(p.Text))
			if len(got) != len(tt.want) {
				t.Fatalf("%d meetings, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				m := got[i]
				host := ""
				if m.Host != nil {
					host = m.Host.Name
				}
				var names []string
				for _, c := range m.Courts {
					names = append(names, c.Name)
				}
				head := d.Slice(m.Span)
				if m.Name != w.name || m.Kind != w.kind || m.Date != w.date || host != w.host ||
					strings.Join(names, ",") != w.courts || !strings.HasPrefix(head, w.spanStarts) {
					t.Errorf("meeting %d: got %q %q %q %q %v span %q…\nwant %q %q %q %q %v span %q…", i,
						m.Name, m.Kind, m.Date, host, names, string([]rune(head)[:min(8, len([]rune(head)))]),
						w.name, w.kind, w.date, w.host, w.courts, w.spanStarts)
				}
			}
			for i := 1; i < len(got); i++ {
				if got[i-1].Span.End != got[i].Span.Start || got[i].Span.End > len(d.Runes) {
					t.Errorf("spans %+v and %+v do not tile the text", got[i-1].Span, got[i].Span)
				}
			}
		})
	}
}

// Courts taking part only through their officers, a written report, a
// pledge or a named branch venue (invented).
func TestParticipationForms(t *testing.T) {
	tests := []struct{ name, raw, courts string }{
		{"list of officers ending in one verb",
			"7月15日,温州市中级人民法院召开全市法院院长会议。会上,温州市鹿城区人民法院院长周某、温州市瓯海区人民法院院长沈某、永嘉县人民法院院长叶某先后作交流发言。",
			"温州市中级人民法院,温州市鹿城区人民法院,温州市瓯海区人民法院,永嘉县人民法院"},
		{"courts alone in a list",
			"6月5日,最高人民法院召开全国法院执行工作推进会。会上,浙江省高级人民法院、四川省高级人民法院、广州海事法院分别作交流发言。",
			"最高人民法院,浙江省高级人民法院,四川省高级人民法院,广州海事法院"},
		{"written report",
			"5月17日,宣城市中级人民法院召开全市法院审判管理工作会议。郎溪县法院、广德市法院作了书面交流。",
			"宣城市中级人民法院,郎溪县人民法院,广德市人民法院"},
		{"pledge",
			"7月23日,襄阳市中级人民法院召开全市法院讲评会。枣阳市人民法院、谷城县人民法院主要负责人作表态发言。",
			"襄阳市中级人民法院,枣阳市人民法院,谷城县人民法院"},
		{"named branch venue",
			"6月5日,最高人民法院以视频会议形式召开全国法院工作推进会,各高级人民法院、新疆维吾尔自治区高级人民法院生产建设兵团分院设分会场。",
			"最高人民法院,新疆维吾尔自治区高级人民法院生产建设兵团分院"},
		{"zone court in traditional script",
			"4月12日,深圳市中級人民法院召開全市法院審判執行工作推進會。深圳前海合作區人民法院院長梁某、深圳市南山區人民法院院長馮某分別作經驗分享。",
			"深圳市中级人民法院,深圳前海合作区人民法院,深圳市南山区人民法院"},
		{"court only in a directive stays out",
			"7月15日,台州中院召开全市法院院长会议。院长吴某要求,要学习借鉴杭州互联网法院在线纠纷化解经验,推动工作。",
			"台州市中级人民法院"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := simplePage(tt.raw)
			got := Find(text.New(p.Text), p.Title, p.PublishedAt, court.Scan(p.Text))
			if len(got) != 1 {
				t.Fatalf("%d meetings", len(got))
			}
			var names []string
			for _, c := range got[0].Courts {
				names = append(names, c.Name)
			}
			if strings.Join(names, ",") != tt.courts {
				t.Errorf("courts %v\nwant %s", names, tt.courts)
			}
		})
	}
}
