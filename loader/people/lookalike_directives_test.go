package people

import "testing"

// TestLookAlikeDirectives holds invented pages for look-alike directives: quotes
// of parties, victims, lawyers and interviewed deputies; past-tense reviews
// and lessons; 会议指出 assessments; 建议 of non-court participants; and
// 人大 units and deputies in names and posts.
func TestLookAlikeDirectives(t *testing.T) {
	cases := []pageCase{
		{name: "victims' quoted 要 in a retold case is no directive",
			in:     "院长孟庆林出席会议并讲话。会上介绍了一起集资诈骗案。被害人孙某说:“我要提醒街坊邻居,不要轻信高息理财。”另一名被害人钱某表示,要感谢法官为大家追回损失。孟庆林强调,各级法院要依法严惩涉众型犯罪。",
			absent: []string{"孙某", "钱某"},
			dirs:   []dirWant{{key: "各级法院要依法严惩", speaker: "孟庆林"}}},
		{name: "court's 要求 addressed to a defendant's family is no directive",
			in:   "院长孟庆林出席会议并讲话。承办法官周某介绍,法院要求被告人家属积极退赃,最终追回赃款300余万元。",
			dirs: []dirWant{}},
		{name: "lawyer's and interviewed deputy's quotes after the meeting",
			in:     "院长唐文军出席会议并讲话。唐文军强调,要持续优化诉讼服务。【记者手记】“我们希望法院继续简化立案流程,要让当事人少跑路。”某律师事务所律师林某说。省人大代表、某街道社区主任黄丽在接受采访时说:“法院要多到基层走一走。”",
			absent: []string{"林某", "黄丽"},
			dirs:   []dirWant{{key: "要持续优化诉讼服务", speaker: "唐文军"}}},
		{name: "past review 我们必须面对 and lessons 深刻体会到 are no directives",
			in:   "院长邓志远出席会议并讲话。他说,一年来,我们坚持司法为民,加强了诉讼服务。过去一年,我们必须面对人少案多的矛盾,必须应对新型案件的挑战。我们深刻体会到,必须始终坚持党的绝对领导,必须始终坚持以人民为中心。实践证明,必须坚持改革创新。邓志远要求,全市法院要提升审判质效。",
			dirs: []dirWant{{key: "全市法院要提升审判质效", speaker: "邓志远"}}},
		{name: "会议指出 assessments ending in 必须引起高度重视 / 必须进一步提高",
			in:   "会议指出,今年以来审判工作总体平稳。但超审限案件较多等问题必须引起高度重视。改判案件增多,说明部分法官业务能力必须进一步提高。会议要求,各庭室要压实办案责任。",
			dirs: []dirWant{{key: "各庭室要压实办案责任", speaker: ""}}},
		{name: "会议强调 必须 stays a directive",
			in:   "会议强调,全院干警必须进一步提高政治站位。",
			dirs: []dirWant{{key: "必须进一步提高政治站位", speaker: ""}}},
		{name: "deputy's 建议 at a congress session is a request; the chair's 要求 stays",
			in:       "区人大常委会主任王德明主持会议并讲话。区法院院长许晓静作专项工作报告。区人大常委会委员张文华、赵丽萍先后发言。赵丽萍建议,法院要加强审判公开,接受社会监督。王德明要求,区法院要认真研究审议意见。",
			speakers: []speakerWant{{name: "王德明", court: "", titles: []string{"区人大常委会主任"}}},
			absent:   []string{"区人大", "某区人大"},
			dirs:     []dirWant{{key: "区法院要认真研究审议意见", speaker: "王德明"}}},
		{name: "市人大 and 省人大 are no names",
			in:       "市人大常委会副主任罗志华、省人大监察司法委员会主任委员蔡永明出席会议。",
			speakers: []speakerWant{{name: "罗志华", court: ""}, {name: "蔡永明", court: ""}},
			absent:   []string{"市人大", "省人大"}},
		{name: "人大代表 and 政协委员 are posts",
			in: "院长邹立新出席会议并讲话。市人大代表马秀英、区政协委员韩立军应邀出席会议并发言。马秀英在发言中表示,希望法院进一步畅通诉求渠道。",
			speakers: []speakerWant{
				{name: "马秀英", court: "", titles: []string{"市人大代表"}},
				{name: "韩立军", court: "", titles: []string{"区政协委员"}},
			},
			dirs: []dirWant{}},
		// Controls: the rules above must leave these instructions alone.
		{name: "court speaker's own quoted 要 stays",
			in:   "院长孟庆林出席会议并讲话。孟庆林说:“各级法院要把案件质量放在首位。”",
			dirs: []dirWant{{key: "各级法院要把案件质量放在首位", speaker: "孟庆林"}}},
		{name: "court speaker's 建议 stays",
			in:   "副院长林晓峰出席会议并讲话。林晓峰建议,各基层法院要建立联络员制度。",
			dirs: []dirWant{{key: "各基层法院要建立联络员制度", speaker: "林晓峰"}}},
		{name: "必须 in an instruction after a review stays",
			in:   "院长邓志远出席会议并讲话。他说,一年来,我们坚持司法为民。邓志远强调,全市法院必须始终坚持公正司法。",
			dirs: []dirWant{{key: "全市法院必须始终坚持公正司法", speaker: "邓志远"}}},
		{name: "traditional script victim's quote",
			in:     "院長孟慶林出席會議並講話。被害人陳某說:「我要提醒身邊的老人。」孟慶林強調,各級法院要依法嚴懲犯罪。",
			absent: []string{"陳某"},
			dirs:   []dirWant{{key: "依法嚴懲犯罪", speaker: "孟慶林"}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
