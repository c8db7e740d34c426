package people

import (
	"testing"
)

// TestLayouts holds invented variants of page layouts and name forms:
// speech transcripts with a byline, names without a listed surname, name
// boundaries before prepositions, adverbials before role verbs, courts
// written before 分管, list intros in their own paragraph, one-paragraph
// reports, quoted instructions and requests to the court.
func TestLayouts(t *testing.T) {
	type sp = speakerWant
	tests := []struct {
		name, in string
		speakers []sp
		absent   []string
		dirs     []dirWant // nil = not checked
	}{
		// 1. Byline under the headline of a speech transcript.
		{name: "byline speaks the whole transcript",
			in: "在全省法院院长会议上的讲话\n陕西省高级人民法院党组书记、院长  杜少平\n(2023年1月10日)\n同志们:\n" +
				"刚才,刘建国同志通报了去年工作情况,我完全同意。我们要高度重视,逐项整改。\n全省法院要重点抓好以下三个方面工作。\n" +
				"(一)坚持政治建院。要深入学习。\n(二)坚持司法为民。要加强执行。\n(三)坚持从严治院。要加强队伍。",
			speakers: []sp{{"杜少平", "陕西省高级人民法院", []string{"党组书记", "院长"}, []string{"讲话"}},
				{"刘建国", "", []string{}, []string{"通报"}}},
			dirs: []dirWant{{"逐项整改", "杜少平", 0}, {"坚持政治建院", "杜少平", 1}, {"坚持司法为民", "杜少平", 2}, {"坚持从严治院", "杜少平", 3}}},
		{name: "byline with 同志 over a salutation",
			in:       "党组书记、院长 马立新同志\n各位代表:\n一年来,全院干警攻坚克难。新的一年,我们要抓好执行工作。",
			speakers: []sp{{"马立新", testHost.Name, []string{"党组书记", "院长"}, []string{"讲话"}}},
			dirs:     []dirWant{{"抓好执行工作", "马立新", 0}}},
		{name: "a post and a name alone on a news line is no byline",
			in:     "院长  张伟\n3月2日,某法院召开会议。各院要抓好落实。",
			absent: []string{"张伟"}},
		// 2. Names with no listed surname, up to four characters.
		{name: "Tibetan and Mongolian names between a post and a verb",
			in: "果洛州中院院长索南达杰出席会议并讲话,副院长尕玛拉毛通报了审判执行情况。玛多县法院院长才让措、甘德县法院院长巴特尔分别作交流发言。副院长乌云塔娜主持会议。",
			speakers: []sp{{"索南达杰", "-", []string{"院长"}, []string{"出席", "讲话"}},
				{"尕玛拉毛", "-", []string{"副院长"}, []string{"通报"}},
				{"才让措", "-", []string{"院长"}, []string{"交流发言"}},
				{"巴特尔", "-", []string{"院长"}, []string{"交流发言"}},
				{"乌云塔娜", "-", []string{"副院长"}, []string{"主持"}}}},
		{name: "ordinary words after a post are no names",
			in:     "院长高度肯定,各院要抓落实。副院长亲自部署,庭长分别发言。",
			absent: []string{"高度肯定", "高度", "亲自部署"}},
		// 3. Name boundary before 关于/对于.
		{name: "name before 关于",
			in:       "会议听取了研究室主任邹立关于调研工作的汇报。副院长谢明华关于执行工作的通报。",
			speakers: []sp{{"邹立", "-", []string{"研究室主任"}, []string{"交流发言"}}, {"谢明华", "-", []string{"副院长"}, []string{"通报"}}},
			absent:   []string{"邹立关", "谢明华关"}},
		// 4. Adverbials between the name and the role verb.
		{name: "adverbials before the role verb",
			in: "院党组成员、副院长金哲洙结合分管工作作交流发言。刘芳围绕审判质效作了发言。赵刚就下一步工作提出要求。",
			speakers: []sp{{"金哲洙", testHost.Name, []string{"党组成员", "副院长"}, []string{"交流发言"}},
				{"刘芳", "", []string{}, []string{"交流发言"}},
				{"赵刚", "", []string{}, []string{"讲话"}}}},
		// 5. Court written before 分管.
		{name: "court before 分管 and 分管…的",
			in: "宁乡市法院分管副院长郑丽介绍,该院执结案件1200件。平遥县法院分管刑事审判工作的副院长乔伟介绍,该院结案800件。",
			speakers: []sp{{"郑丽", "宁乡市人民法院", []string{"分管副院长"}, []string{"交流发言"}},
				{"乔伟", "平遥县人民法院", []string{"副院长"}, []string{"交流发言"}}}},
		// 6. A list intro in its own paragraph.
		{name: "如下 intro before a 一、 list",
			in:   "院长孙强讲话。全区法院要着力做好如下几项工作。\n一、要提高政治站位。\n二、要压实工作责任。",
			dirs: []dirWant{{"提高政治站位", "孙强", 1}, {"压实工作责任", "孙强", 2}}},
		// 7. One paragraph: a new speaker ends the list.
		{name: "a new speaker after ; ends the last item",
			in:       "党组成员、副院长冯磊主持会议,院长钱国梁出席会议并讲话,对下一阶段工作提出要求:一要坚持稳中求进;二要紧盯关键指标;三要深化诉源治理,推动化解;冯磊在总结时强调,各院要迅速传达会议精神,细化措施。各基层法院设分会场。",
			speakers: []sp{{"冯磊", "-", nil, []string{"主持", "总结"}}},
			dirs:     []dirWant{{"坚持稳中求进", "钱国梁", 1}, {"紧盯关键指标", "钱国梁", 2}, {"深化诉源治理", "钱国梁", 3}, {"迅速传达会议精神", "冯磊", 0}}},
		{name: "the list's own speaker does not end it",
			in:   "院长周文对下一步工作提出要求:一是着力执法办案,确保稳定。周文强调,要抓好改革。二是着力深化改革,确保完成任务。",
			dirs: []dirWant{{"着力执法办案", "周文", 1}, {"着力深化改革", "周文", 2}}},
		// 8. Quoted instructions.
		{name: "each quoted 要 clause is a directive",
			in:   "厦门海事法院院长林立表示,「两岸往来密切」。他要求全院法官「要平等保护当事人」,并且「要进一步完善送达机制」。",
			dirs: []dirWant{{"平等保护当事人", "林立", 0}, {"进一步完善送达机制", "林立", 0}}},
		{name: "each “要” clause is a directive",
			in:   "院长陈平强调,“要加强协作”,同时“要提升效率”。",
			dirs: []dirWant{{"加强协作", "陈平", 0}, {"提升效率", "陈平", 0}}},
		// A non-court participant's 希望 to the court is a request.
		{name: "a non-court speaker's request to the court",
			in:       "某市律师协会副会长吴敏在座谈中发言表示,希望法院在保全等程序中兼顾企业困难。市检察院检察长周海表示,希望双方加强沟通;希望共同推进繁简分流。",
			speakers: []sp{{"吴敏", "", nil, []string{"交流发言"}}},
			dirs:     []dirWant{{"希望双方加强沟通", "周海", 0}, {"希望共同推进繁简分流", "周海", 0}}},
	}
	for _, tc := range tests {
		checkPageCase(t, pageCase{tc.name, tc.in, tc.speakers, tc.absent, tc.dirs})
	}
}
