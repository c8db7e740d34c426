package people

import "testing"

// TestCarriedInstructionCases holds invented pages for instructions without
// 要 carried after a lead (他强调,…必须…。务必…。进一步…), task paragraphs
// after a list intro, 在总结时提出要求 and the speaker kept after 必须.
func TestCarriedInstructionCases(t *testing.T) {
	cases := []pageCase{
		{name: "必须/务必/进一步/全力 sentences after 他强调 mid-paragraph",
			in: "市中院党组书记、院长张建新出席会议并讲话。\n张建新肯定了上半年工作。他强调,全市法院必须坚持公正司法,严格依法办案。务必紧盯审判质效指标,逐院分析原因。进一步深化诉源治理,推动矛盾纠纷化解。全力推进执行攻坚,确保案件清零。",
			dirs: []dirWant{{key: "必须坚持公正司法", speaker: "张建新"}, {key: "务必紧盯审判质效指标", speaker: "张建新"},
				{key: "进一步深化诉源治理", speaker: "张建新"}, {key: "全力推进执行攻坚", speaker: "张建新"}}},
		{name: "carried to the next paragraph of the same speech, stopped by a report",
			in: "县委副书记马文华出席会议并讲话。\n马文华在讲话中强调,全县法院必须坚持党的领导。切实加强队伍建设。\n坚决纠治顽瘴痼疾,以零容忍态度惩治腐败。\n去年全县法院取得了显著成效。坚持能动司法,服务大局成效明显。",
			dirs: []dirWant{{key: "必须坚持党的领导", speaker: "马文华"}, {key: "切实加强队伍建设", speaker: "马文华"},
				{key: "坚决纠治顽瘴痼疾", speaker: "马文华"}}},
		{name: "a new speaker ends the carried instruction",
			in:   "院长孙立军出席会议并讲话,副院长何静主持会议。\n孙立军强调,各级法院必须抓好执行工作。进一步规范执行行为。何静通报了上半年执行工作情况。加强执行协作机制建设的做法受到好评。",
			dirs: []dirWant{{key: "必须抓好执行工作", speaker: "孙立军"}, {key: "进一步规范执行行为", speaker: "孙立军"}}},
		{name: "descriptive sentences after 强调 are no directives",
			in:   "院长郑国华出席会议并讲话。郑国华强调,执行工作是法院工作的重要组成部分。坚持能动履职取得了明显成效。",
			dirs: []dirWant{}},
		{name: "task paragraphs after 要求…抓好以下几方面工作 (intro no directive)",
			in:       "市中院党组书记、院长王立平作工作报告。\n王立平要求,2025年,全市法院要重点抓好以下几方面工作。\n坚持公正司法,推动审判质效全面提升。全面落实审判质量管理指标体系。\n强化改革创新,推动数字法院建设提质增效。深化电子诉讼应用。\n会上,某区人民法院院长李强作交流发言。",
			speakers: []speakerWant{{name: "王立平", court: "-", roles: []string{"讲话"}}},
			dirs: []dirWant{{key: "坚持公正司法,推动审判质效全面提升", speaker: "王立平"},
				{key: "强化改革创新,推动数字法院建设提质增效", speaker: "王立平"}}},
		{name: "他要求: followed by one-line tasks",
			in:   "市委政法委副书记周海涛出席会议并讲话。\n周海涛指出,审判管理是法院工作的基础。他要求:\n坚持目标导向,推动管理精细化。\n聚焦短板弱项,推动整改落实。",
			dirs: []dirWant{{key: "坚持目标导向,推动管理精细化", speaker: "周海涛"}, {key: "聚焦短板弱项,推动整改落实", speaker: "周海涛"}}},
		{name: "the same layout as a review of achievements gives none",
			in:   "院长陈志远作工作报告。\n陈志远在报告中指出,2024年全市法院各项工作取得新进展。\n坚持公正司法,审判质效稳中向好。全年审结案件5.2万件。\n坚持司法为民,诉讼服务更加便捷。",
			dirs: []dirWant{}},
		{name: "在总结时提出要求 is the summary only",
			in:       "常务副院长周立明主持会议并作总结。周立明在总结时提出要求:一是迅速传达会议精神;二是压实工作责任。",
			speakers: []speakerWant{{name: "周立明", court: "-", roles: []string{"主持", "总结"}}},
			dirs:     []dirWant{{key: "迅速传达会议精神", speaker: "周立明", ord: 1}, {key: "压实工作责任", speaker: "周立明", ord: 2}}},
		{name: "speaker kept when 必须 precedes 省法院部署要求",
			in:   "日前,某中院召开会议。院长林海主持会议并讲话。\n林海强调,全市两级法院必须把思想统一到省法院部署要求上来。切实抓好下半年各项工作。进一步加强涉外审判工作。",
			dirs: []dirWant{{key: "必须把思想统一到", speaker: "林海"}, {key: "切实抓好下半年", speaker: "林海"}, {key: "进一步加强涉外审判", speaker: "林海"}}},
		{name: "必须 closing a 会议指出 assessment is no directive",
			in:   "会议指出,近年来全市法院工作取得积极成效,但仍存在一些短板,必须下大力气加以解决。",
			dirs: []dirWant{}},
		{name: "必须 in a report's analysis belongs to the reporter",
			in:   "院长赵明作工作报告。报告分析,当前法院面临的形势更加复杂,对审判能力提出更高要求。全市法院必须保持清醒头脑,正视问题。",
			dirs: []dirWant{{key: "保持清醒头脑,正视问题", speaker: "赵明"}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}

// TestSubjectsOfSemicolonParts: a 要 sentence cut at ; gives one directive
// per part when each part names whom it asks before its own 要 (各部门要…;
// 全体干警要…), as it does when a part opens with 要.
func TestSubjectsOfSemicolonParts(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "提出要求: then three addressees",
			in:   "院长程立新对下一步工作提出要求:各业务庭要对照目标查找差距;各人民法庭要主动融入基层治理;全体干警要严守纪律。",
			dirs: []dirWant{{"对照目标查找差距", "程立新", 0}, {"主动融入基层治理", "程立新", 0}, {"严守纪律", "程立新", 0}}},
		{name: "会议要求 then two addressees",
			in:   "会议要求,全院要抓好结案;各部门要压实责任。",
			dirs: []dirWant{{"抓好结案", "", 0}, {"压实责任", "", 0}}},
		{name: "a part with no 要 of its own stays with the one before",
			in:   "院长程立新提出要求:全院要抓好结案;各部门压实责任。",
			dirs: []dirWant{{"各部门压实责任", "程立新", 0}}},
		{name: "a long clause before 要 is no addressee",
			in:   "院长程立新提出要求:全院要抓好结案;对于超过十八个月仍未审结的案件要逐案督办。",
			dirs: []dirWant{{"逐案督办", "程立新", 0}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestRelayedSpeech: a speech relayed at the meeting (会议传达了…讲话精神) goes
// on in the next sentence led by 讲话/报告 (讲话要求,…): its instructions are
// the relayed speaker's, not this meeting's. A report given at this meeting
// (院长作工作报告。报告要求,…) keeps its own.
func TestRelayedSpeech(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "讲话要求 after 传达…讲话精神",
			in:   "院长程立新主持会议。会议传达了省法院院长在全省法院院长会议上的讲话精神。讲话要求,全省法院要坚持稳中求进。程立新强调,全院要抓好落实。",
			dirs: []dirWant{{"全院要抓好落实", "程立新", 0}}},
		{name: "讲话强调 after 传达学习…讲话",
			in:   "会议传达学习了全国法院工作会议上的重要讲话。讲话强调,要坚持司法为民。会议要求,各部门要认真学习。",
			dirs: []dirWant{{"各部门要认真学习", "", 0}}},
		{name: "报告要求 of this meeting's own report",
			in:   "院长程立新作工作报告。报告要求,全市法院要坚持公正司法。",
			dirs: []dirWant{{"坚持公正司法", "程立新", 0}}},
	} {
		checkPageCase(t, tc)
	}
}
