package people

import "testing"

// TestFusedNamesAndRelayCases holds invented pages for transliterated names
// written without a dot, 列席 guests, interviews after the meeting report and
// transmitted content (传达的会议精神强调…).
func TestFusedNamesAndRelayCases(t *testing.T) {
	cases := []pageCase{
		{name: "fused Uyghur name after a post, before a role verb",
			in:       "喀什地区中级人民法院党组书记、院长艾合买提江吐尔洪出席会议并讲话。艾合买提江吐尔洪强调,要压实办案责任。",
			speakers: []speakerWant{{name: "艾合买提江吐尔洪", court: "-", roles: []string{"出席", "讲话"}}},
			absent:   []string{"艾合买", "艾合买提"},
			dirs:     []dirWant{{key: "要压实办案责任", speaker: "艾合买提江吐尔洪"}}},
		{name: "fused names in a 、-list, one opening with a surname reading",
			in: "疏附县法院院长买买提明阿西木、伽师县法院副院长艾尔肯吾买尔分别作交流发言。",
			speakers: []speakerWant{
				{name: "买买提明阿西木", court: "-", roles: []string{"交流发言"}},
				{name: "艾尔肯吾买尔", court: "-", roles: []string{"交流发言"}},
			},
			absent: []string{"艾尔肯"}},
		{name: "an ordinary Han name is not stretched over an adverb",
			in:       "市人大代表周秀兰、区政协委员孙建平应邀出席会议并交流发言。",
			speakers: []speakerWant{{name: "周秀兰", court: ""}, {name: "孙建平", court: ""}},
			absent:   []string{"孙建平应邀"}},
		{name: "an ordinary Han name is not stretched over a predicate",
			in:       "副院长刘志国在会上作工作报告。",
			absent:   []string{"刘志国在会上", "刘志国在会"},
			speakers: []speakerWant{{name: "刘志国", court: "-"}}},
		{name: "列席 guest attends",
			in: "院长赵明远主持会议,审判委员会委员参加会议,某市人民检察院检察长钱立伟列席会议。",
			speakers: []speakerWant{
				{name: "钱立伟", court: "", titles: []string{"某市人民检察院检察长"}, roles: []string{"出席"}},
			}},
		{name: "answers of an interview after the report are no directives",
			in:   "院长吴建华出席会议并讲话。吴建华要求,全市法院要抓好执行攻坚。\n会后,记者采访了吴建华。\n记者:今年有什么打算?\n吴建华:我们要深化诉源治理,让群众少跑腿。\n记者:队伍建设呢?\n吴建华:我们要加强青年干警培养。",
			dirs: []dirWant{{key: "全市法院要抓好执行攻坚", speaker: "吴建华"}}},
		{name: "answers of a 问/答 exchange are no directives",
			in:   "会议强调,各级法院要严格公正司法。\n问:下一步如何推进?\n答:我们要进一步完善工作机制。",
			dirs: []dirWant{{key: "各级法院要严格公正司法", speaker: ""}}},
		{name: "a name and colon without an interview cue is not an interview",
			in:   "院长吴建华出席会议并讲话。\n吴建华:全市法院要抓好执行攻坚。",
			dirs: []dirWant{{key: "全市法院要抓好执行攻坚", speaker: "吴建华"}}},
		{name: "keycap emoji number the items",
			in:   "院长王海强调,诉讼服务是窗口。\n1\uFE0F\u20E3 要坚持以人民为中心;\n2\uFE0F\u20E3 要推进诉源治理。",
			dirs: []dirWant{{key: "坚持以人民为中心", speaker: "王海", ord: 1}, {key: "推进诉源治理", speaker: "王海", ord: 2}}},
		{name: "transmitted meeting spirit is no directive",
			in:   "会议由副院长孙志刚主持,政治部主任李红传达了会议精神。传达的会议精神强调,全省法院要坚持公正司法,提升审判质效。",
			dirs: []dirWant{}},
		{name: "会议传达…精神,强调 is this meeting instructing",
			in:   "会议传达学习了全省法院院长会议精神,强调各级法院要聚焦主责主业。",
			dirs: []dirWant{{key: "各级法院要聚焦主责主业", speaker: ""}}},
		{name: "会议强调 of this meeting after a relay stays",
			in:   "会议传达学习了全省法院院长会议精神。会议强调,全院干警要认真学习领会,抓好贯彻落实。",
			dirs: []dirWant{{key: "全院干警要认真学习领会", speaker: ""}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
