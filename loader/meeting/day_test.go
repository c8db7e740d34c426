package meeting

import "testing"

func TestDayOnly(t *testing.T) {
	for _, tt := range []struct{ lead, pub, want string }{
		{"福建省高级人民法院22日在福州召开", "2018-11-23", "2018-11-22"},
		{"省高院28日召开", "2019-01-02", "2018-12-28"},
		{"省高院3日召开", "2019-03-03", "2019-03-03"},
		{"省高院30日召开", "2019-03-02", ""}, // no 2月30日
		{"省高院22日召开", "", ""},
		{"珠海市中级人民法院十二日召开", "2024-04-13", "2024-04-12"},
		{"澳门特区法院二十三日举行", "2023-11-25", "2023-11-23"},
		{"省高院三十日召开", "2019-01-02", "2018-12-30"},
	} {
		w, ok := findDay(tt.lead)
		if !ok {
			t.Fatalf("findDay(%q) found nothing", tt.lead)
		}
		if got := resolve(w, tt.pub); got != tt.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tt.lead, tt.pub, got, tt.want)
		}
	}
	for _, s := range []string{"第十二号", "星期三日程", "每周一日"} {
		if w, ok := findDay(s); ok {
			t.Errorf("findDay(%q) = %+v, want none", s, w)
		}
	}
	for _, s := range []string{"3月22日召开", "第22号"} {
		if w, ok := findDay(s); ok && s == "3月22日召开" {
			t.Errorf("findDay(%q) = %+v", s, w)
		}
	}
}

// TestHanDate: a month in digits or numerals with a day in numerals.
func TestHanDate(t *testing.T) {
	for _, tt := range []struct{ lead, pub, want string }{
		{"4月十二日,珠海中院召开", "2024-04-13", "2024-04-12"},
		{"十一月二十三日,省高院召开", "2022-11-30", "2022-11-23"},
		{"二〇二二年三月一日,市中院召开", "", "2022-03-01"},
	} {
		w, ok := findDate(tt.lead)
		if !ok {
			t.Fatalf("findDate(%q) found nothing", tt.lead)
		}
		if got := resolve(w, tt.pub); got != tt.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tt.lead, tt.pub, got, tt.want)
		}
	}
}

// TestKindCompound: 动员部署 is one compound kind; a purpose word before a
// medium or another kind is not part of it (holdout3 400, dev 212).
func TestKindCompound(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"全市法院涉民生案件集中执行专项行动动员部署会", "动员部署会"},
		{"全省法院扫黑除恶专项斗争动员部署会议", "动员部署会议"},
		{"全區法院專項行動動員部署會", "動員部署會"},
		{"全市法院2023年执行工作推进视频会", "视频会"},
		{"全区法院涉诉信访工作总结表彰暨2016年立案信访工作推进电视电话会议", "电视电话会议"},
		{"全市法院执行工作部署会", "部署会"},
		// the compound head noun, not 会议/例会 (invented variants)
		{"全州法院执行局长会议", "执行局长会议"},
		{"全省法院刑事审判庭庭长会议", "庭长会议"},
		{"院党组周例会", "周例会"},
		{"全院干警月例会", "月例会"},
		{"2020年度审判质效点评会议", "点评会议"},
		{"全市法院执行工作会商会议", "会商会议"},
		{"长江流域环境资源审判协作会商会", "会商会"},
		{"党组理论学习中心组2023年第五次集体学习会议", "会议"},
		{"院庭长例会", "庭长例会"},
		{"全院执行局局长例会", "局长例会"},
		{"全市法院办公室主任例会", "主任例会"},
		// a compound X会 outside the list: its last word and 会 (invented)
		{"2018年度工作总结暨考评会", "考评会"},
		{"全市法院执行案件质量评估会", "评估会"},
		{"全院审判态势研判会议", "研判会议"},
		{"全市法院党风廉政建设会议", "会议"}, // 会议 stays the bare noun: its word is no kind of its own
		{"全區法院案件復盤會", "復盤會"},
		{"全院审判态势研判会", "研判会"},
		{"年终结案工作调度会暨廉政谈话会", "谈话会"},
		{"全市法院2023年度绩效考核会议", "考核会议"},
		// bodies are no meetings
		{"市人大常委会", ""},
		{"全市法院审判委员会", ""},
		{"市法学会", ""},
	} {
		if got := kindOf(simp(tt.name)); got != simp(tt.want) {
			t.Errorf("kindOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNoImpossibleDay: a 2月29日 whose year, read from the publication date,
// has no leap day gives no date rather than an invalid one.
func TestNoImpossibleDay(t *testing.T) {
	for _, tt := range []struct {
		w    written
		pub  string
		want string
	}{
		{written{month: 2, day: 29}, "2012-03-02", "2012-02-29"},
		{written{month: 2, day: 29}, "2013-03-02", ""},
		{written{month: 4, day: 31}, "2013-05-02", ""},
		{written{year: 2019, month: 2, day: 29}, "", ""},
	} {
		if got := resolve(tt.w, tt.pub); got != tt.want {
			t.Errorf("resolve(%+v, %q) = %q, want %q", tt.w, tt.pub, got, tt.want)
		}
	}
}
