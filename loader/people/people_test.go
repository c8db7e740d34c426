package people

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"courtql/loader/court"
	"courtql/loader/script"
	"courtql/loader/text"
)

// run extracts from s as loader/extract does: from its simplified copy
// (script.Simplify, rune for rune), with names, titles and texts given back
// in s's own script; the Doc returned is s's, so spans index it.
func run(s string, host *court.Court) ([]Attendance, []Directive, *text.Doc) {
	simp := script.Simplify(s)
	d := text.New(simp)
	atts, dirs := Extract(d, text.Span{Start: 0, End: len(d.Runes)}, court.Scan(simp), host)
	back := restorer(s, simp)
	for i := range atts {
		atts[i].Name = back(atts[i].Name)
		for j := range atts[i].Titles {
			atts[i].Titles[j] = back(atts[i].Titles[j])
		}
	}
	for i := range dirs {
		dirs[i].Text, dirs[i].Speaker = back(dirs[i].Text), back(dirs[i].Speaker)
	}
	return atts, dirs, text.New(s)
}

// restorer returns a function that writes a string read from simp as orig
// writes it: orig's runes where it occurs in simp, else rune by rune.
func restorer(orig, simp string) func(string) string {
	or, sr := []rune(orig), []rune(simp)
	runeBack := map[rune]rune{}
	for i, r := range sr {
		if or[i] != r {
			runeBack[r] = or[i]
		}
	}
	return func(t string) string {
		if t == "" || orig == simp {
			return t
		}
		if i := strings.Index(simp, t); i >= 0 {
			k := utf8.RuneCountInString(simp[:i])
			return string(or[k : k+utf8.RuneCountInString(t)])
		}
		return strings.Map(func(r rune) rune {
			if o, ok := runeBack[r]; ok {
				return o
			}
			return r
		}, t)
	}
}

func find(atts []Attendance, name string) *Attendance {
	for i := range atts {
		if atts[i].Name == name {
			return &atts[i]
		}
	}
	return nil
}

var testHost = &court.Court{Name: "某某市中级人民法院"}

func TestNames(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // names found, in order
	}{
		{"post before", "3月2日,党组书记、院长李建国主持会议。", []string{"李建国"}},
		{"two-character name", "副院长王敏传达了会议精神。", []string{"王敏"}},
		{"compound surname", "会议由党组副书记、副院长欧阳明辉主持。", []string{"欧阳明辉"}},
		{"surname 和 after a post", "党组副书记、常务副院长和正兴主持会议。", []string{"和正兴"}},
		{"post after, traditional", "5月3日,金華中院陳建國副院長一行到基層法院調研。陳建國副院長認為,要加強管理。", []string{"陳建國"}},
		{"minority name with bullet", "新疆高院院长阿不都•热合曼强调,要抓好学习。", []string{"阿不都•热合曼"}},
		{"bare name with role verb", "赵敏主持\n1月6日,会议召开。", []string{"赵敏"}},
		{"no surname, strong verb", "自治区高级人民法院党组书记、院长索达出席会议并讲话。", []string{"索达"}},
		{"ordinary words are not names", "全会强调,要坚持公正司法。院长高度重视。明确要求各院要抓落实。", nil},
		{"reporter is not a speaker", "本报讯(记者王小明 通讯员李红)近日,某法院召开会议。", nil},
		{"caption is skipped", "上图:院长张三出席活动并讲话\n会议召开。", nil},
		{"name only modifying a noun", "会议传达了省高院院长刘德明在全省会议上的重要讲话精神。", nil},
		{"surname + post refers back", "党组书记、院长胡国林作重要讲话。最后,胡院长要求全体干警要团结奋进。", []string{"胡国林"}},
		{"coordinated subjects share the verb", "市中院党组书记、院长王伟,某区法院院长张立军参加会议。", []string{"王伟", "张立军"}},
		// Past bugs.
		{"preposition after a bare name", "副院长周红主持会议。周红在主持会议时指出,各院要抓落实。", []string{"周红"}},
		{"preposition after a name read after a post", "副院长宋可在总结时要求,各院要抓落实。", []string{"宋可"}},
		{"作 after a name", "院长马强主持会议。马强作工作报告。", []string{"马强"}},
		{"a verb phrase after a post is not a name", "甲县法院、乙县法院主要负责人作表态发言。", nil},
		{"last of a list of non-court speakers", "市律师协会会长孙磊、某某物流有限公司法务部经理唐敏先后发言。", []string{"孙磊", "唐敏"}},
		{"bare name after 、 shares the posts", "院长陆平主持会议。参加会议的还有副院长钟华、韦强。", []string{"陆平", "钟华", "韦强"}},
		{"等 after a name", "院长李强、副院长王明等参加会议。", []string{"李强", "王明"}},
		{"same name with 同 elsewhere", "副院长张大同主持会议。张大同强调,要抓落实。", []string{"张大同"}},
		{"院长 without a name is no speaker", "院长马强作工作报告。该院院长强调,要抓落实。会议由院长主持。", []string{"马强"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			atts, _, _ := run(tc.in, testHost)
			var got []string
			for _, a := range atts {
				got = append(got, a.Name)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestTitlesAndCourts(t *testing.T) {
	tests := []struct {
		name, in, person string
		titles           []string
		court            string // "" for nil
	}{
		{"court then chain", "云南省高级人民法院党组书记、院长张学群在会上做了重要讲话。", "张学群", []string{"党组书记", "院长"}, "云南省高级人民法院"},
		{"court post without court takes the host", "党组成员、执行局局长孙立新通报了执行工作情况。", "孙立新", []string{"党组成员", "执行局局长"}, testHost.Name},
		{"split on 兼", "副院长兼执行局局长钱进通报了情况。", "钱进", []string{"副院长", "执行局局长"}, testHost.Name},
		{"non-court posts kept whole", "县委常委、政法委书记刘德胜出席会议并讲话。", "刘德胜", []string{"县委常委", "政法委书记"}, ""},
		{"street official", "院长与城南街道人大主席周立新进行了座谈。", "周立新", []string{"城南街道人大主席"}, ""},
		{"division head of a court", "会议由省法院知识产权审判庭负责人吴刚主持。", "吴刚", []string{"知识产权审判庭负责人"}, testHost.Name},
		{"procuratorate post", "市检察院第一检察部主任郑伟出席会议并讲话。", "郑伟", []string{"市检察院第一检察部主任"}, ""},
		{"no post, no court", "贺荣主持\n会议召开。", "贺荣", []string{}, ""},
		{"later abbreviation adds nothing", "审判委员会专职委员王彦凯出席会议。王彦凯专委提出五点意见。", "王彦凯", []string{"审判委员会专职委员"}, testHost.Name},
		{"traditional", "林慧君副院長匯報了工作。", "林慧君", []string{"副院長"}, testHost.Name},
		// Past bugs: a court department before its head post.
		{"department with a modifier", "审判管理办公室主任杜明通报了审判态势。", "杜明", []string{"审判管理办公室主任"}, testHost.Name},
		{"department after a court", "某某市中级人民法院审判管理办公室主任郭亮通报了情况。", "郭亮", []string{"审判管理办公室主任"}, "某某市中级人民法院"},
		{"numbered division", "刑二庭副庭长邵华作交流发言。", "邵华", []string{"刑二庭副庭长"}, testHost.Name},
		{"立案庭", "立案庭庭长樊刚介绍了诉讼服务情况。", "樊刚", []string{"立案庭庭长"}, testHost.Name},
		{"机关党委 is a court body", "机关党委书记贝宁传达了会议精神。", "贝宁", []string{"机关党委书记"}, testHost.Name},
		{"研究室", "研究室主任柯林通报了调研情况。", "柯林", []string{"研究室主任"}, testHost.Name},
		// Round 2: posts of other bodies, executive deputies, localities, tribunals.
		{"bank branch head", "人民银行宜春市中心支行副行长周立新出席会议并讲话。", "周立新", []string{"人民银行宜春市中心支行副行长"}, ""},
		{"regulator head", "国家金融监督管理总局九江监管分局副局长吴敏出席会议并讲话。", "吴敏", []string{"国家金融监督管理总局九江监管分局副局长"}, ""},
		{"procurator general chain", "县检察院党组书记、检察长马骏出席会议。", "马骏", []string{"县检察院党组书记", "检察长"}, ""},
		{"customs deputy", "黄埔海关副关长袁野作交流发言。", "袁野", []string{"黄埔海关副关长"}, ""},
		{"executive deputy of a government", "县委常委、常务副县长林涛出席会议并讲话。", "林涛", []string{"县委常委", "常务副县长"}, ""},
		{"locality before its own head", "宜春市市长钟山出席会议。", "钟山", []string{"宜春市市长"}, ""},
		{"tribunal read by the court scanner", "嵩口人民法庭庭长张义平、城关法庭庭长李四作交流发言。", "张义平", []string{"庭长"}, "嵩口人民法庭"},
		{"tribunal not read: host, not the court listed before", "嵩口人民法庭庭长张义平、城关法庭庭长李四作交流发言。", "李四", []string{"庭长"}, testHost.Name},
		{"tribunal mid-sentence", "会议由副院长刘芳主持,城关人民法庭庭长王强、东山法庭副庭长李敏汇报了工作。", "李敏", []string{"副庭长"}, testHost.Name},
		{"a kind of tribunal stays in the title", "少年法庭庭长秦岚介绍了工作。", "秦岚", []string{"少年法庭庭长"}, testHost.Name},
		{"verb before the department is cut", "会议听取了审判管理办公室主任王洁的汇报。", "王洁", []string{"审判管理办公室主任"}, testHost.Name},
		{"local government bureau", "县财政局副局长龙刚出席会议。", "龙刚", []string{"县财政局副局长"}, ""},
		{"company department", "某某航运有限公司法务部经理唐敏发言。", "唐敏", []string{"某某航运有限公司法务部经理"}, ""},
		{"attendance list", "出席会议的有县委常委、政法委书记金涛。", "金涛", []string{"县委常委", "政法委书记"}, ""},
		// Mass organisations (联, 协): 工商联, 妇联, 侨联, 科协.
		{"工商联 deputy", "市工商联副主席路兴远参加座谈。", "路兴远", []string{"市工商联副主席"}, ""},
		{"妇联 head", "县妇联主席温晓燕出席会议。", "温晓燕", []string{"县妇联主席"}, ""},
		{"科协 deputy", "省科协副主席满立新出席会议并讲话。", "满立新", []string{"省科协副主席"}, ""},
		// Schools, hospitals and firms as units before a generic head post.
		{"a middle school head after a deputy seat", "市政协委员、麒麟区第一中学校长孔德华出席会议。", "孔德华", []string{"市政协委员", "麒麟区第一中学校长"}, ""},
		{"a primary school deputy head", "县实验小学副校长龙晓燕出席会议。", "龙晓燕", []string{"县实验小学副校长"}, ""},
		{"a hospital head", "市第一人民医院院长阮文杰出席会议并发言。", "阮文杰", []string{"市第一人民医院院长"}, ""},
		{"a law firm head", "某律师事务所主任段立明出席会议。", "段立明", []string{"某律师事务所主任"}, ""},
		// The court's judicial police: 总队 (a high court), 支队 (a 中院), 大队.
		{"法警 总队 head", "司法警察总队总队长韩建业主持会议。", "韩建业", []string{"司法警察总队总队长"}, testHost.Name},
		{"法警 总队 deputy", "法警总队副总队长严冬作交流发言。", "严冬", []string{"法警总队副总队长"}, testHost.Name},
		{"法警 支队 head", "司法警察支队支队长符强通报了警务保障情况。", "符强", []string{"司法警察支队支队长"}, testHost.Name},
		{"a police 总队 is no court's", "省公安厅交警总队总队长雷鸣出席会议。", "雷鸣", []string{"省公安厅交警总队总队长"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			atts, _, _ := run(tc.in, testHost)
			a := find(atts, tc.person)
			if a == nil {
				t.Fatalf("%s not found in %+v", tc.person, atts)
			}
			if !reflect.DeepEqual(a.Titles, tc.titles) {
				t.Errorf("titles %q, want %q", a.Titles, tc.titles)
			}
			got := ""
			if a.Court != nil {
				got = a.Court.Name
			}
			if got != tc.court {
				t.Errorf("court %q, want %q", got, tc.court)
			}
		})
	}
}

func TestSplitTitles(t *testing.T) {
	for in, want := range map[string][]string{
		"党组书记、院长":    {"党组书记", "院长"},
		"副院长兼执行局局长":  {"副院长", "执行局局长"},
		"城中街道人大主席":   {"城中街道人大主席"},
		"党组成员、副院长、 ": {"党组成员", "副院长"},
	} {
		if got := splitTitles(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		in, person string
		roles      []string
	}{
		{"院长李勇出席会议并讲话。", "李勇", []string{"出席", "讲话"}},
		{"政治部主任张汉华主持会议并介绍组建情况。", "张汉华", []string{"主持", "交流发言"}},
		{"常务副院长和正兴在会议总结时指出,会议很成功。", "和正兴", []string{"总结"}},
		{"副院长周明传达学习了上级文件。", "周明", []string{"传达"}},
		{"副院长唐斌通报前三季度审判态势。", "唐斌", []string{"通报"}},
		{"中院院长苏利军参加会议并致辞。", "苏利军", []string{"出席", "讲话"}},
		{"張永偉院長認為應做到三點。", "張永偉", []string{"讲话"}},
		{"院长梁炳扬就贯彻落实提出了具体要求。", "梁炳扬", []string{"讲话"}},
		{"副院长孙广澍主持会议,全体干警参加了会议。", "孙广澍", []string{"主持"}},
		{"院长晏晖围绕改革介绍了整体情况。", "晏晖", []string{"交流发言"}},
		{"张柏桢院长对工作情况进行了补充汇报。", "张柏桢", []string{"交流发言"}},
		{"呼伦贝尔中院副院长孟和到会指导并讲话。", "孟和", []string{"出席", "讲话"}},
		{"副院长陈涛莅临会议并讲话。", "陈涛", []string{"出席", "讲话"}},
		// Past bugs.
		{"副院长林红在主持会议时要求,各院要抓落实。", "林红", []string{"主持", "讲话"}},
		{"副院长林红主持会议。林红在主持会议时强调,要抓落实。", "林红", []string{"主持", "讲话"}},
		{"副院长林红主持会议。林红在总结讲话中要求,各院要抓落实。", "林红", []string{"主持", "总结"}},
		{"副院长林红主持会议。林红在总结时要求,各院要抓落实。", "林红", []string{"主持", "总结"}},
		{"院长高山出席并讲话,副院长林红主持座谈会。", "林红", []string{"主持"}},
		{"院长高岚作工作报告。", "高岚", []string{"讲话"}},
		{"院长高岚同志主持会议。", "高岚", []string{"主持"}},
		{"某县法院院长方静作表态发言。", "方静", []string{"交流发言"}},
		{"参加会议的还有副院长钟华、韦强。", "韦强", []string{"出席"}},
	}
	for _, tc := range tests {
		atts, _, _ := run(tc.in, testHost)
		a := find(atts, tc.person)
		if a == nil {
			t.Errorf("%s: %s not found", tc.in, tc.person)
			continue
		}
		if !reflect.DeepEqual(a.Roles, tc.roles) {
			t.Errorf("%s: roles %v, want %v", tc.in, a.Roles, tc.roles)
		}
	}
}

// dirWant is an expected directive: a substring of its text, its speaker
// and ordinal.
type dirWant struct {
	key, speaker string
	ord          int
}

func TestDirectives(t *testing.T) {
	tests := []struct {
		name, in string
		want     []dirWant
	}{
		{"一是/二是 after 提出要求, nested 要 stays in the item",
			"院长李明从两个方面提出要求:一是狠抓审判质效。要抓好结案。二是加强队伍建设。",
			[]dirWant{{"狠抓审判质效。要抓好结案", "李明", 1}, {"加强队伍建设", "李明", 2}}},
		{"一要/二要/三要",
			"院长王芳要求,一要提高站位;二要压实责任;三要狠抓落实。",
			[]dirWant{{"提高站位", "王芳", 1}, {"压实责任", "王芳", 2}, {"狠抓落实", "王芳", 3}}},
		{"第一/第二 by the meeting",
			"会议强调:第一,坚持政治建院。第二,坚持从严治院。",
			[]dirWant{{"坚持政治建院", "", 1}, {"坚持从严治院", "", 2}}},
		{"a 要 sentence before the intro of an enumeration is a directive",
			"院长李明指出,今年是关键之年,全区法院要坚持稳中求进,推动审判工作高质量发展。他提出:一要服务大局;二要狠抓质效;三要从严治院。",
			[]dirWant{{"全区法院要坚持稳中求进", "李明", 0}, {"服务大局", "李明", 1}, {"狠抓质效", "李明", 2}, {"从严治院", "李明", 3}}},
		{"an attendee opening a sentence takes the floor",
			"院长巴特尔出席会议并讲话。中院副院长王建华到会指导并讲话。巴特尔要求,要抓好落实。王建华对该院工作给予肯定,希望该院在诉源治理方面继续探索。",
			[]dirWant{{"抓好落实", "巴特尔", 0}, {"诉源治理方面继续探索", "王建华", 0}}},
		{"(一)(二) one per paragraph",
			"院长赵强指出,要做好三项工作。\n(一)抓好执行工作。\n(二)抓好审判工作。",
			[]dirWant{{"做好三项工作", "赵强", 0}, {"抓好执行工作", "赵强", 1}, {"抓好审判工作", "赵强", 2}}},
		{"1. 2. numbered",
			"会议要求:\n1.加强学习。\n2.狠抓落实。",
			[]dirWant{{"加强学习", "", 1}, {"狠抓落实", "", 2}}},
		{"首先/其次 enumerating requirements",
			"院党组提出了具体要求。首先,统一思想认识。其次,各级法院要找准定位。第三,创造良好环境。",
			[]dirWant{{"统一思想认识", "", 1}, {"找准定位", "", 2}, {"创造良好环境", "", 3}}},
		{"首先 only sequencing a speech",
			"院长孙明作重要讲话,首先他要求大家一定要公正执法。接着,他总结了去年工作。",
			[]dirWant{{"一定要公正执法", "孙明", 0}}},
		{"achievements are not directives",
			"年初以来,全市法院各项工作取得积极进展。\n一是审判质效稳步提升。全年结案1万件。\n二是队伍建设不断加强。",
			nil},
		{"intro sentence of an enumeration is not a directive",
			"下一步,我们要继续推动工作。一是要推进改革。二是要提升质效。",
			[]dirWant{{"推进改革", "", 1}, {"提升质效", "", 2}}},
		{"missing first marker",
			"院长蒋平对工作提出要求并强调,坚持目标导向;二是增强灵活性;三是补齐短板",
			[]dirWant{{"坚持目标导向", "蒋平", 1}, {"增强灵活性", "蒋平", 2}, {"补齐短板", "蒋平", 3}}},
		{"要 sentences, lead-in without 要 is not one",
			"院长张华指出,今年以来工作取得新进展。各级法院要强化审限监管。要持续推进司法公开。",
			[]dirWant{{"强化审限监管", "张华", 0}, {"持续推进司法公开", "张华", 0}}},
		{"重要/主要/需要 are not modal",
			"院长张华出席会议并讲话。会议具有重要意义。主要负责人参加会议。工作还需要深化。",
			nil},
		{"strong lead paragraph without 要",
			"会议特别强调,要以质效为中心。要求全省法院高度重视决议。充分发挥服务职能。",
			[]dirWant{{"以质效为中心", "", 0}, {"高度重视决议", "", 0}, {"充分发挥服务职能", "", 0}}},
		{"希望 items split on ;",
			"院长赵红表示,任务艰巨。希望各方继续发挥优势,探索协同范式;打造协同样本;形成协同成果。",
			[]dirWant{{"探索协同范式", "赵红", 0}, {"打造协同样本", "赵红", 0}, {"形成协同成果", "赵红", 0}}},
		{"会议要求 after a named speaker resets the speaker",
			"院长索达出席会议并讲话。会议要求,全区法院要狠抓改革落实。",
			[]dirWant{{"狠抓改革落实", "", 0}}},
		{"noun 要求 is not a lead",
			"按照省院要求设定10项考评指标。围绕省法院部署要求,组织法庭挖掘优长。",
			nil},
		{"pronoun keeps the speaker across an enumeration on separate lines",
			"院长吾买尔•哈力克出席会议并讲话。\n吾买尔•哈力克指出,工作与省高院的要求相比仍有差距。他提出三点要求:\n(一)坚持稳定。\n(二)狠抓质效。\n(三)加强队伍。",
			[]dirWant{{"坚持稳定", "吾买尔•哈力克", 1}, {"狠抓质效", "吾买尔•哈力克", 2}, {"加强队伍", "吾买尔•哈力克", 3}}},
		{"在总结时要求 with 部署 in the instruction",
			"副院长贺明主持会议。贺明在总结时要求,各级法院要对照会议部署列出清单。",
			[]dirWant{{"列出清单", "贺明", 0}}},
		{"traditional 在總結時要求",
			"黨組副書記、副院長賀明主持會議。\n賀明在總結時要求,各級法院要對照會議部署列出任務清單。",
			[]dirWant{{"列出任務清單", "賀明", 0}}},
		{"speech with no speaker",
			"同志们:\n面对这些问题,我们要保持清醒头脑。",
			[]dirWant{{"保持清醒头脑", "", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, dirs, d := run(tc.in, testHost)
			if len(dirs) != len(tc.want) {
				t.Fatalf("got %d directives %+v, want %d", len(dirs), dirs, len(tc.want))
			}
			for i, w := range tc.want {
				g := dirs[i]
				if !strings.Contains(g.Text, w.key) || g.Speaker != w.speaker || g.Ordinal != w.ord {
					t.Errorf("directive %d = %+v, want %+v", i, g, w)
				}
				if d.Slice(g.Span) != g.Text {
					t.Errorf("directive %d text %q != span text %q", i, g.Text, d.Slice(g.Span))
				}
			}
		})
	}
}

// TestOtherMeeting: a person named with his posts in the part of another
// meeting is still read by name, with those posts, in this one.
func TestOtherMeeting(t *testing.T) {
	in := "3月1日,某某县人民法院召开党组会议。院党组书记、院长郑军主持会议,党组成员、副院长包强参加会议。\n" +
		"3月2日,该院召开推进会。郑军在推进会上强调,要加大执行力度。包强就执行工作作了部署,要求执行干警对接公安机关。"
	d := text.New(in)
	start := strings.Index(in, "3月2日")
	lo := len([]rune(in[:start]))
	atts, dirs := Extract(d, text.Span{Start: lo, End: len(d.Runes)}, court.Scan(in), testHost)
	zheng, bao := find(atts, "郑军"), find(atts, "包强")
	if zheng == nil || bao == nil {
		t.Fatalf("got %+v", atts)
	}
	if !reflect.DeepEqual(zheng.Titles, []string{"党组书记", "院长"}) || !reflect.DeepEqual(zheng.Roles, []string{"讲话"}) {
		t.Errorf("郑军: %+v", zheng)
	}
	if !reflect.DeepEqual(bao.Roles, []string{"讲话"}) {
		t.Errorf("包强: %+v", bao)
	}
	if len(dirs) != 2 || dirs[0].Speaker != "郑军" || dirs[1].Speaker != "包强" {
		t.Errorf("directives %+v", dirs)
	}
}

func TestWithin(t *testing.T) {
	in := "院长李强主持会议。\n各级法院要抓好落实。"
	d := text.New(in)
	atts, dirs := Extract(d, text.Span{Start: 0, End: 9}, court.Scan(in), nil)
	if len(atts) != 1 || len(dirs) != 0 {
		t.Errorf("within the first line: %d attendances, %d directives", len(atts), len(dirs))
	}
	if atts, dirs := Extract(d, text.Span{Start: 5, End: 2}, nil, nil); atts != nil || dirs != nil {
		t.Errorf("empty span gave results")
	}
}
