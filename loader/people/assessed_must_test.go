package people

import "testing"

// TestMustAfterPointedOut: after 指出/认为 a 必须 instructs unless a problem
// is stated between them (…存在短板,必须加以解决) or it asks for attention
// (…必须引起高度重视); a statement of the situation alone is no directive.
func TestMustAfterPointedOut(t *testing.T) {
	const head = "某市中级人民法院召开党组扩大会议。院长王大明主持会议。"
	cases := []pageCase{
		{name: "must right after the lead",
			in:   head + "会议指出,必须始终绷紧网络安全这根弦。",
			dirs: []dirWant{{key: "绷紧网络安全"}}},
		{name: "a fact, then must",
			in:   head + "会议指出,司法公信是法院的生命线,必须坚持公正司法。",
			dirs: []dirWant{{key: "坚持公正司法"}}},
		{name: "a fact, then must with its subject",
			in:   head + "会议认为,执行工作是实现公平正义的最后一公里,全市法院必须攻坚克难。",
			dirs: []dirWant{{key: "攻坚克难"}}},
		{name: "a problem, then must",
			in:   head + "会议指出,当前执行工作仍存在短板,必须下大力气加以解决。",
			dirs: []dirWant{}},
		{name: "a ranking, then must draw attention",
			in:   head + "会议指出,审判质效指标排名靠后,必须引起高度重视。",
			dirs: []dirWant{}},
		{name: "the situation alone",
			in:   head + "会议指出,当前面临的形势依然复杂严峻,机遇和挑战并存。",
			dirs: []dirWant{}},
		{name: "the situation unchanged",
			in:   head + "会议强调,经济长期向好的基本面没有变。",
			dirs: []dirWant{}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
