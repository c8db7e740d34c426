package meeting

import (
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
	"courtql/model"
)

// Lead sentences from seeds and invented ones from other courts, provinces
// and years, so the rules cannot lean on the seeds' names.
func TestNameKindDate(t *testing.T) {
	tests := []struct {
		lead, pub                  string
		name, kind, date, dateText string
	}{
		// seeds and dev documents
		{"8月10日,云南省高级人民法院召开全省中级法院院长座谈会,贯彻落实中央精神。", "2017-08-16", "全省中级法院院长座谈会", "座谈会", "2017-08-10", "8月10日"},
		{"3月1日,湛江中院召开2021年全市法院工作会议, 会议传达了有关会议精神。", "2021-03-03", "2021年全市法院工作会议", "工作会议", "2021-03-01", "3月1日"},
		{"10月20下午大通法院召开第三季度审判执行质效分析会,研判全院审判执行态势", "2022-10-24", "第三季度审判执行质效分析会", "分析会", "2022-10-20", "10月20"},
		{"3月3日,齐铁法院召开工作会议,副院长孙广澍主持会议。", "", "工作会议", "工作会议", "", "3月3日"},
		{"连日来,新疆维吾尔自治区高级人民法院召开党组扩大会和中层干部会,依照6月8日新疆高院党组作出的《方案》", "2010-06-17", "党组扩大会和中层干部会", "党组扩大会", "", ""},
		{"近日,吉林市船营区人民法院召开党组(扩大)会议,认真学习。", "", "党组(扩大)会议", "党组(扩大)会议", "", ""},
		{"1月6日,第二十二次全国法院工作会议以视频方式召开。", "", "第二十二次全国法院工作会议", "工作会议", "", "1月6日"},
		{"同志们:\n这次全市法院院长座谈会的主要任务是,总结工作。", "", "全市法院院长座谈会", "座谈会", "", ""},
		{"12月29日上午,自治区高级人民法院召开全区法院涉诉信访工作总结表彰暨2016年立案信访工作推进电视电话会议,对工作进行总结。", "", "全区法院涉诉信访工作总结表彰暨2016年立案信访工作推进电视电话会议", "电视电话会议", "", "12月29日"},
		{"5月28日,金華中院黃美園副院長一行到婺城法院檢查指導。黃美園副院長與法庭干警進行了座談。", "", "座談", "座談", "", "5月28日"},
		// invented: other courts, provinces, years, layouts
		{"3月15日,河南省高级人民法院召开全省法院执行工作推进会。", "2023-03-20", "全省法院执行工作推进会", "推进会", "2023-03-15", "3月15日"},
		{"2023年4月7日上午,杭州中院召开全市法院审判管理工作会议。", "2023-04-10", "全市法院审判管理工作会议", "工作会议", "2023-04-07", "2023年4月7日"},
		{"近日,宁波市鄞州区人民法院召开党组会议,传达学习全国两会精神。", "2023-03-14", "党组会议", "党组会议", "", ""},
		{"6月3日下午,成都中院组织召开知识产权审判工作座谈会,听取意见。", "2020-06-05", "知识产权审判工作座谈会", "座谈会", "2020-06-03", "6月3日"},
		{"11月2日,贵州高院以视频形式召开全省法院诉源治理推进会暨多元解纷工作会议。", "2021-11-03", "全省法院诉源治理推进会暨多元解纷工作会议", "工作会议", "2021-11-02", "11月2日"},
		{"4月9日,玉树州中院召开全州法院执行攻坚推进会暨审判长联席会议。", "2012-04-10", "全州法院执行攻坚推进会暨审判长联席会议", "联席会议", "2012-04-09", "4月9日"},
		{"3月10日,市委政法委员会全体会议召开。", "2022-03-11", "市委政法委员会全体会议", "全体会议", "2022-03-10", "3月10日"},
		{"1月5日,南宁中院召开党组全体会议。", "2023-01-06", "党组全体会议", "全体会议", "2023-01-05", "1月5日"},
		{"6月24日,江北区第十七届人大常委会第九次会议召开。", "2021-06-25", "江北区第十七届人大常委会第九次会议", "会议", "2021-06-24", "6月24日"},
		{"5月6日,醴陵市人民法院召开2024年第5次院长办公会。", "2024-05-08", "2024年第5次院长办公会", "院长办公会", "2024-05-06", "5月6日"},
		{"12月28日下午,市法院召开2018年度工作总结暨考评会。", "2019-01-03", "2018年度工作总结暨考评会", "考评会", "2018-12-28", "12月28日"},
		{"12月30日,某县法院召开案件质量评估会。", "2021-01-04", "案件质量评估会", "评估会", "2020-12-30", "12月30日"},
		{"第十五次全省法院工作会议于1月10日在昆明召开。", "2019-01-12", "第十五次全省法院工作会议", "工作会议", "2019-01-10", "1月10日"},
		{"12月28日,安远县人民法院召开2023年度民主生活会。", "2024-01-02", "2023年度民主生活会", "民主生活会", "2023-12-28", "12月28日"},
		{"3月8日,廣州市中級人民法院召開全市法院院長會議。", "2019-03-09", "全市法院院長會議", "院長會議", "2019-03-08", "3月8日"},
		{"【大公報訊】記者何敏報道:東莞市中級人民法院3月22日召開全市法院審判執行工作會議,總結去年工作。", "2024-03-23", "全市法院審判執行工作會議", "工作會議", "2024-03-22", "3月22日"},
		{"本报讯 佛山市中级人民法院11月5日召开全市法院执行工作会议。", "2023-11-08", "全市法院执行工作会议", "工作会议", "2023-11-05", "11月5日"},
		{"二〇二三年三月一日,温州中院召开审判委员会会议。", "", "审判委员会会议", "审判委员会会议", "2023-03-01", "二〇二三年三月一日"},
		{"7月1日,嘉兴中院举行庆祝建党102周年表彰大会。", "2023-07-03", "庆祝建党102周年表彰大会", "表彰大会", "2023-07-01", "7月1日"},
		{"10月8日至9日,江西高院在南昌召开全省法院立案工作会议。", "2018-10-12", "全省法院立案工作会议", "工作会议", "2018-10-08", "10月8日"},
		{"8月30日,记者从湖北省高级人民法院召开的新闻发布会上获悉。", "2022-08-31", "新闻发布会", "新闻发布会", "2022-08-30", "8月30日"},
		{"4月3下午,东至县法院召开执行工作调度会。", "2024-04-08", "执行工作调度会", "调度会", "2024-04-03", "4月3"},
		{"为推动工作落实,9月5日,天津高院召开全市法院院长座谈会。", "2021-09-06", "全市法院院长座谈会", "座谈会", "2021-09-05", "9月5日"},
		{"12月29日,拉萨中院召开年终总结会。", "2024-01-03", "年终总结会", "总结会", "2023-12-29", "12月29日"},
		{"为贯彻全国法院工作会议精神,2月20日,青海高院召开全省法院院长会议。", "2020-02-21", "全省法院院长会议", "院长会议", "2020-02-20", "2月20日"},
		{"5月16日,省法院召开全省法院审判执行质效分析会。", "", "全省法院审判执行质效分析会", "分析会", "", "5月16日"},
		{"6月1日 福州中院召开\n全市法院少年审判工作座谈会\n部署下一阶段工作", "2021-06-08", "全市法院少年审判工作座谈会", "座谈会", "2021-06-01", "6月1日"},
		{"本次联席会议由市中院主办,市检察院、市公安局参加。", "", "联席会议", "联席会议", "", ""},
		{"9月12日,钦州海事法院召开党组中心组学习会。", "2019-09-20", "党组中心组学习会", "中心组学习会", "2019-09-12", "9月12日"},
		{"3月5日,泉州中院召开“两个一站式”建设推进会。", "2020-03-06", "“两个一站式”建设推进会", "推进会", "2020-03-05", "3月5日"},
	}
	for _, tt := range tests {
		d := text.New(simp(tt.lead))
		got := Find(d, "", tt.pub, nil)
		if len(got) != 1 {
			t.Errorf("Find(%q) = %d meetings, want 1", tt.lead, len(got))
			continue
		}
		m := got[0]
		if m.Name != simp(tt.name) || m.Kind != simp(tt.kind) || m.Date != tt.date || m.DateText != simp(tt.dateText) {
			t.Errorf("Find(%q)\n got name %q kind %q date %q (%q)\nwant name %q kind %q date %q (%q)",
				tt.lead, m.Name, m.Kind, m.Date, m.DateText, tt.name, tt.kind, tt.date, tt.dateText)
		}
	}
}

func TestNoMeeting(t *testing.T) {
	for _, s := range []string{"", "今年以来,全市法院受理案件1234件。", "会议室"} {
		if got := Find(text.New(s), "", "", nil); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", s, got)
		}
	}
}

func TestHeadline(t *testing.T) {
	d := text.New("研判全院审判执行态势。")
	got := Find(d, "找准目标 全力冲刺\n——德令哈法院召开第二季度审判执行质效分析会", "2022-07-01", nil)
	if len(got) != 1 || got[0].Title != "德令哈法院召开第二季度审判执行质效分析会" || got[0].Kind != "分析会" {
		t.Fatalf("headline meeting = %+v", got)
	}
}

// at builds a mention of the n-th (0-based) occurrence of form in s.
func at(s, form string, n int, c court.Court) court.Mention {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(s[off:], form)
		if j < 0 {
			panic("no " + form + " in " + s)
		}
		if i == n {
			start := len([]rune(s[:off+j]))
			return court.Mention{Start: start, End: start + len([]rune(form)), Text: form, Court: c}
		}
		off += j + len(form)
	}
}

var (
	scHigh  = court.Court{Name: "四川省高级人民法院", Level: model.LevelHigh, Province: "四川省"}
	cdMid   = court.Court{Name: "成都市中级人民法院", Level: model.LevelIntermediate, Province: "四川省", City: "成都市"}
	pxBasic = court.Court{Name: "成都市郫都区人民法院", Level: model.LevelBasic, Province: "四川省", City: "成都市"}
	spc     = court.Court{Name: "最高人民法院", Level: model.LevelSupreme}
	tribun  = court.Court{Name: "成都市郫都区人民法院团结人民法庭", Level: model.LevelTribunal, Province: "四川省", City: "成都市", Parent: "成都市郫都区人民法院"}
)

func TestHostAndCourts(t *testing.T) {
	type mk func(s string) []court.Mention
	tests := []struct {
		name     string
		text     string
		mentions mk
		host     string
		courts   []string
	}{
		{"subject of 召开", "8月10日,四川省高级人民法院召开全省法院院长座谈会,贯彻最高人民法院会议精神。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "四川省高级人民法院", 0, scHigh), at(s, "最高人民法院", 0, spc)}
			}, "四川省高级人民法院", []string{"四川省高级人民法院"}},
		{"venue after 在", "5月6日,四川高院在成都中院召开片区座谈会。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "四川高院", 0, scHigh), at(s, "成都中院", 0, cdMid)}
			}, "四川省高级人民法院", []string{"四川省高级人民法院"}},
		{"visit", "5月6日,四川高院副院长李明一行到成都中院调研指导并召开座谈会。成都中院院长王刚汇报了工作。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "四川高院", 0, scHigh), at(s, "成都中院", 0, cdMid), at(s, "成都中院", 1, cdMid)}
			}, "四川省高级人民法院", []string{"四川省高级人民法院", "成都市中级人民法院"}},
		{"tribunal becomes its court", "7月5日,团结人民法庭召开辖区调解员座谈会。",
			func(s string) []court.Mention { return []court.Mention{at(s, "团结人民法庭", 0, tribun)} },
			"成都市郫都区人民法院", []string{"成都市郫都区人民法院"}},
		{"scope from a province", "全省法院审判质效推进会召开。郫都区法院院长张三作交流发言。",
			func(s string) []court.Mention { return []court.Mention{at(s, "郫都区法院", 0, pxBasic)} },
			"四川省高级人民法院", []string{"四川省高级人民法院", "成都市郫都区人民法院"}},
		{"scope redacted", "同志们:\n这次全市法院院长座谈会的主要任务是推动XX法院高质量发展。",
			func(string) []court.Mention { return nil }, "XX市中级人民法院", []string{"XX市中级人民法院"}},
		{"passing citation", "3月2日,成都中院召开党组会议,传达最高人民法院通知精神。会议强调,要学习郫都区法院经验。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "成都中院", 0, cdMid), at(s, "最高人民法院", 0, spc), at(s, "郫都区法院", 0, pxBasic)}
			}, "成都市中级人民法院", []string{"成都市中级人民法院"}},
		{"branch venue and speaker", "3月2日,成都中院召开全市法院工作会议。会议以视频形式召开,郫都区法院设分会场。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "成都中院", 0, cdMid), at(s, "郫都区法院", 0, pxBasic)}
			}, "成都市中级人民法院", []string{"成都市中级人民法院", "成都市郫都区人民法院"}},
		{"report heading", "8月20日 四川高院召开\n全省中级法院院长座谈会\n成都市中级人民法院\n今年以来,成都中院全力推动工作。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "四川高院", 0, scHigh), at(s, "成都市中级人民法院", 0, cdMid), at(s, "成都中院", 0, cdMid)}
			}, "四川省高级人民法院", []string{"四川省高级人民法院", "成都市中级人民法院"}},
		{"speech elsewhere", "11月14日,郫都区法院召开党组扩大会议,传达成都中院院长在全市法院工作会议上的重要讲话精神。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "郫都区法院", 0, pxBasic), at(s, "成都中院", 0, cdMid)}
			}, "成都市郫都区人民法院", []string{"成都市郫都区人民法院"}},
		// meetings other bodies hold: no host, the courts taking part listed
		{"政法委 plenary, name first", "4月2日,市委政法委员会全体会议召开。成都中院院长王刚参加会议并作交流发言。",
			func(s string) []court.Mention { return []court.Mention{at(s, "成都中院", 0, cdMid)} },
			"", []string{"成都市中级人民法院"}},
		{"人大常委会 subject of 举行", "5月20日,区人大常委会举行第二十一次会议,听取郫都区法院工作报告。郫都区法院院长张三作专项工作报告。",
			func(s string) []court.Mention {
				return []court.Mention{at(s, "郫都区法院", 0, pxBasic), at(s, "郫都区法院", 1, pxBasic)}
			}, "", []string{"成都市郫都区人民法院"}},
		{"市委 subject, court in passing", "3月9日,市委召开全市政法工作会议,市检察院检察长李四主持。会议要求学习成都中院经验。",
			func(s string) []court.Mention { return []court.Mention{at(s, "成都中院", 0, cdMid)} },
			"", nil},
		{"court and procuratorate hold it together", "8月5日,成都中院与成都市人民检察院召开法检联席会议。",
			func(s string) []court.Mention { return []court.Mention{at(s, "成都中院", 0, cdMid)} },
			"成都市中级人民法院", []string{"成都市中级人民法院"}},
		{"court's own 党委 holds it", "6月1日,成都中院机关党委召开党员大会。",
			func(s string) []court.Mention { return []court.Mention{at(s, "成都中院", 0, cdMid)} },
			"成都市中级人民法院", []string{"成都市中级人民法院"}},
		{"court holds a meeting with 政协委员", "6月1日,成都中院召开政协委员座谈会。",
			func(s string) []court.Mention { return []court.Mention{at(s, "成都中院", 0, cdMid)} },
			"成都市中级人民法院", []string{"成都市中级人民法院"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(text.New(tt.text), "", "", tt.mentions(tt.text))
			if len(got) != 1 {
				t.Fatalf("got %d meetings", len(got))
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
			if host != tt.host || strings.Join(names, ",") != strings.Join(tt.courts, ",") {
				t.Errorf("host %q courts %v, want %q %v", host, names, tt.host, tt.courts)
			}
		})
	}
}

func TestMediumIsNoName(t *testing.T) {
	got := Find(text.New("4月2日,省法院以视频会议形式召开全省法院诉讼服务工作推进会。各中院通过视频会议系统参会。"), "", "", nil)
	if len(got) != 1 || got[0].Name != "全省法院诉讼服务工作推进会" {
		t.Fatalf("got %+v", got)
	}
}
