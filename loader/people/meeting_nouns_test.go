package people

import (
	"testing"

	"courtql/loader/court"
	"courtql/model"
)

// TestMeetingNounsAndBulletsCases holds invented pages for names cut out of
// a meeting word (审判委员会会议), list marks before a subject (▶白振川…) and
// posts of bodies other than courts (香港律師會理事).
func TestMeetingNounsAndBulletsCases(t *testing.T) {
	cases := []pageCase{
		{name: "no name inside 审判委员会会议 (title line)",
			in:       "某省高院召开审判委员会会议\n3月5日,某省高级人民法院召开审判委员会会议。党组书记、院长张国庆主持会议。",
			speakers: []speakerWant{{name: "张国庆", court: "-", roles: []string{"主持"}}},
			absent:   []string{"会会议", "会会", "会议"}},
		{name: "no name inside 审委会会议 nor 委员会会议",
			in:       "市中院召开2023年第5次审委会会议\n院长周立新主持会议,专职委员吴海峰出席。\n县法院召开执行委员会会议",
			speakers: []speakerWant{{name: "周立新", court: "-"}},
			absent:   []string{"会会议", "会议"}},
		{name: "bullet before a bare name, pronoun hands on the word",
			in:       "院长冯立国一行到某县法院调研。\n●冯立国对该院工作给予充分肯定。他强调:\n1.要坚持公正司法;\n2.要加强队伍建设。",
			speakers: []speakerWant{{name: "冯立国", court: "-", titles: []string{"院长"}, roles: []string{"讲话"}}},
			dirs: []dirWant{
				{key: "要坚持公正司法", speaker: "冯立国", ord: 1},
				{key: "要加强队伍建设", speaker: "冯立国", ord: 2},
			}},
		{name: "bullet before a bare name with a role verb",
			in:       "副院长韩晓东出席会议。\n▶韩晓东强调,要抓好执行攻坚。",
			speakers: []speakerWant{{name: "韩晓东", court: "-", roles: []string{"出席", "讲话"}}},
			dirs:     []dirWant{{key: "要抓好执行攻坚", speaker: "韩晓东"}}},
		{name: "bullet before a post",
			in:       "◆院长林秋生指出,要深化诉源治理。",
			speakers: []speakerWant{{name: "林秋生", court: testHost.Name, titles: []string{"院长"}}},
			dirs:     []dirWant{{key: "要深化诉源治理", speaker: "林秋生"}}},
		{name: "a person named without a pronoun after is no speaker",
			in:     "院长冯立国主持会议。\n■郑小军的事迹令人感动。会议强调,要学习先进。",
			absent: []string{"郑小军"}},
		{name: "bar association council member keeps the unit (traditional)",
			in:       "座談會上,香港律師會理事陳志輝、澳門律師公會副會長梁嘉欣先後發言。",
			speakers: []speakerWant{{name: "陳志輝", court: "", titles: []string{"香港律師會理事"}}, {name: "梁嘉欣", court: "", titles: []string{"澳門律師公會副會長"}}}},
		{name: "other bodies' posts keep their unit",
			in: "座谈会上,省律师协会理事王立群、市仲裁委员会委员赵海燕、县商会会长钱广发先后发言。",
			speakers: []speakerWant{
				{name: "王立群", court: "", titles: []string{"省律师协会理事"}},
				{name: "赵海燕", court: "", titles: []string{"市仲裁委员会委员"}},
				{name: "钱广发", court: "", titles: []string{"县商会会长"}},
			}},
		{name: "理事 inside 办理事项 is no post",
			in:     "院长冯立国主持会议。会议要求,要依法办理事项齐全的申请。",
			absent: []string{"项齐全"}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}

// TestTribunalHeadCourt: a tribunal head on a visit page belongs to the
// tribunal's basic court, never to the visiting court.
func TestTribunalHeadCourt(t *testing.T) {
	visitor := &court.Court{Name: "渭南市中级人民法院", Level: model.LevelIntermediate}
	tests := []struct {
		name, in string
		host     *court.Court
		who      string
		want     string // the basic court the head speaks for
	}{
		{"tribunal read elsewhere gives its basic court",
			"渭南市中级人民法院院长李卫东一行到富平县人民法院调研,深入庄里人民法庭察看。座谈会上,富平县人民法院院长王建华汇报了工作;庄里人民法庭庭长孙秀梅汇报了调解工作。",
			visitor, "孙秀梅", "富平县人民法院"},
		{"tribunal unknown: the visited basic court, not the visitor",
			"渭南市中级人民法院院长李卫东一行到富平县人民法院调研。座谈会上,富平县人民法院院长王建华汇报了工作,富平县法院副院长赵明作了补充;东关法庭庭长孙秀梅汇报了调解工作。",
			visitor, "孙秀梅", "富平县人民法院"},
		{"host basic court keeps its tribunals",
			"座谈会上,院长王建华主持会议;城关法庭庭长孙秀梅汇报了调解工作。",
			&court.Court{Name: "富平县人民法院", Level: model.LevelBasic}, "孙秀梅", "富平县人民法院"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			atts, _, _ := run(tc.in, tc.host)
			a := find(atts, tc.who)
			if a == nil || a.Court == nil {
				t.Fatalf("%s not found with a court in %+v", tc.who, atts)
			}
			if got := a.Court.Institution().Name; got != tc.want {
				t.Errorf("%s court %q (%q), want %q", tc.who, got, a.Court.Name, tc.want)
			}
		})
	}
}
