package people

import "testing"

// TestListAndReportCases holds invented pages for 同志 suffixes in a 、-list,
// posts of other bodies in a list, quoted stories, 会议强调 statements,
// 希望 to partner bodies, 报告要求 and 发言…表示.
func TestListAndReportCases(t *testing.T) {
	cases := []pageCase{
		{name: "同志 suffix inside a 、-list of 交流发言",
			in: "阿克苏市人民法院院长阿不都热合曼·依明同志、沙雅县人民法院党组书记张国栋同志、库车市人民法院副院长热依拉·买买提同志先后作交流发言。",
			speakers: []speakerWant{
				{name: "阿不都热合曼·依明", court: "-", roles: []string{"交流发言"}},
				{name: "张国栋", court: "-", titles: []string{"党组书记"}, roles: []string{"交流发言"}},
				{name: "热依拉·买买提", court: "-", roles: []string{"交流发言"}},
			}},
		{name: "posts of other bodies in a list keep no court",
			in: "青岛海事法院副院长孙海燕出席会议并讲话。烟台海事局副局长刘建军、港航管理局执法处处长王立新应邀参加座谈并发言。",
			speakers: []speakerWant{
				{name: "孙海燕", court: "-"},
				{name: "刘建军", court: ""},
				{name: "王立新", court: ""},
			}},
		{name: "要回 in a worker's quoted remark is no directive",
			in:   "“多亏法官帮忙把工钱要回来了!”3月2日,在某区人民法院执行局,工人老李接过了欠薪。",
			dirs: []dirWant{}},
		{name: "会议强调 statement then a 要 sentence",
			in:   "会议强调,诉讼服务中心是法院联系群众的“窗口”,具有十分重要的意义。各基层法院要对照目标任务,细化工作措施。",
			dirs: []dirWant{{key: "各基层法院要对照目标任务", speaker: ""}}},
		{name: "host's 希望 to partner bodies is a directive",
			in:   "副院长郑立华出席会议并讲话。他强调,法庭要主动融入大局;要加强巡回审判。他希望各协作单位继续支持法庭工作,共同营造良好环境。",
			dirs: []dirWant{{key: "法庭要主动融入大局", speaker: "郑立华"}, {key: "要加强巡回审判", speaker: "郑立华"}, {key: "希望各协作单位继续支持", speaker: "郑立华"}}},
		{name: "报告要求 belongs to the reporter",
			in:   "院长周明远作工作报告,副院长李晓丹主持会议。报告要求,全市法院要坚持能动履职,服务大局。要持续深化诉源治理;要从严加强队伍建设。李晓丹在总结时要求,各院要迅速传达会议精神。",
			dirs: []dirWant{{key: "全市法院要坚持能动履职", speaker: "周明远"}, {key: "要持续深化诉源治理", speaker: "周明远"}, {key: "要从严加强队伍建设", speaker: "周明远"}, {key: "各院要迅速传达", speaker: "李晓丹"}}},
		{name: "发言 then 表示 keeps 交流发言 only",
			in:       "院长高志强主持会议。某市律师协会副会长吴家豪应邀出席座谈并发言。吴家豪表示,律师界将加强与法院的沟通。",
			speakers: []speakerWant{{name: "吴家豪", court: "", roles: []string{"出席", "交流发言"}}}},
		{name: "表示 of someone who has not spoken up is a speech",
			in:       "院长高志强出席会议。高志强表示,全院干警要认真落实会议精神。",
			speakers: []speakerWant{{name: "高志强", court: "-", roles: []string{"出席", "讲话"}}}},
		{name: "participant's 希望 after 发言…表示 is a request",
			in:       "副院长陈立新主持会议。某市律师协会会长林浩然应邀出席并发言。林浩然表示,希望两地律师加强交流合作。",
			speakers: []speakerWant{{name: "林浩然", court: "", roles: []string{"出席", "交流发言"}}},
			dirs:     []dirWant{}},
		{name: "要回应 stays a modal",
			in:   "院长高志强强调,各级法院要回应群众关切。",
			dirs: []dirWant{{key: "要回应群众关切", speaker: "高志强"}}},
		{name: "会议特别强调 instruction without 要 stays",
			in:   "会议特别强调,要压实责任。充分发挥审判职能作用,服务保障大局。",
			dirs: []dirWant{{key: "要压实责任", speaker: ""}, {key: "充分发挥审判职能作用", speaker: ""}}},
		{name: "post before a tribunal read as its parent court",
			in:       "最高人民法院审判委员会委员、第五巡回法庭庭长郭建华出席会议并讲话。",
			speakers: []speakerWant{{name: "郭建华", court: "最高人民法院", titles: []string{"审判委员会委员", "庭长"}}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
