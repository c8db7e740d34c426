package court

import "testing"

func TestGazetteerCounts(t *testing.T) {
	g := theGazetteer()
	n := map[divKind]int{}
	for _, p := range g.places {
		n[p.kind]++
	}
	if n[kindProvince] != 34 {
		t.Errorf("provinces = %d, want 34 (31 + 台湾, 香港, 澳门)", n[kindProvince])
	}
	if n[kindCity] < 330 || n[kindArea] < 2800 {
		t.Errorf("cities = %d, areas = %d; want ≥330 and ≥2800", n[kindCity], n[kindArea])
	}
}

func TestGazetteerForms(t *testing.T) {
	g := theGazetteer()
	for _, tc := range []struct {
		form string
		want []string // full names, any order
	}{
		{"延边州", []string{"延边朝鲜族自治州"}},
		{"延边", []string{"延边朝鲜族自治州"}},
		{"大通", []string{"大通回族土族自治县", "大通区"}},
		{"大通县", []string{"大通回族土族自治县"}},
		{"阜蒙县", []string{"阜新蒙古族自治县"}},
		{"新疆", []string{"新疆维吾尔自治区"}},
		{"内蒙古", []string{"内蒙古自治区"}},
		{"婺城", []string{"婺城区"}},
		{"红河州", []string{"红河哈尼族彝族自治州"}},
		{"阿克苏", []string{"阿克苏地区", "阿克苏市"}},
		{"兴安盟", []string{"兴安盟"}},
		// the press keeps 自治 and drops the peoples: 关岭自治县, 红河自治州, 莫力达瓦自治旗
		{"关岭自治县", []string{"关岭布依族苗族自治县"}},
		{"紫云自治县", []string{"紫云苗族布依族自治县"}},
		{"红河自治州", []string{"红河哈尼族彝族自治州"}},
		{"莫力达瓦自治旗", []string{"莫力达瓦达斡尔族自治旗"}},
	} {
		got := map[string]bool{}
		for _, f := range g.forms[tc.form] {
			got[f.p.name] = true
		}
		if len(got) != len(tc.want) {
			t.Errorf("forms[%q] = %v, want %v", tc.form, got, tc.want)
			continue
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("forms[%q] = %v, want %v", tc.form, got, tc.want)
			}
		}
	}
	if len(g.forms["城关"]) < 2 {
		t.Errorf("城关 should be ambiguous, got %d places", len(g.forms["城关"]))
	}
}

func TestShortName(t *testing.T) {
	for in, want := range map[string]string{
		"延边朝鲜族自治州": "延边", "大通回族土族自治县": "大通", "新疆维吾尔自治区": "新疆", "广西壮族自治区": "广西",
		"官渡区": "官渡", "和县": "和县", "北京市": "北京", "阿克苏地区": "阿克苏", "双江拉祜族佤族布朗族傣族自治县": "双江",
		"香港特别行政区": "香港", "达拉特旗": "达拉特",
	} {
		if got := shortName(in); got != want {
			t.Errorf("shortName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseChain(t *testing.T) {
	g := theGazetteer()
	fs := g.parse([]rune("云南省昆明市官渡区"))
	if len(fs) != 1 || fs[0].p.name != "官渡区" {
		t.Errorf("parse chain = %+v", fs)
	}
	if fs := g.parse([]rune("广东省官渡区")); len(fs) != 0 {
		t.Errorf("inconsistent chain parsed: %+v", fs)
	}
}
