package court

import "testing"

// muniCases: municipality forms — numbered intermediate courts listed after
// one that names the municipality, new-area districts by their short name,
// municipal railway transport courts. The seed-like rows come first, then
// invented ones.
var muniCases = []struct {
	name, text, form, want string
}{
	{"listed numbered", "北京市第一中级人民法院院长甲、第二中级人民法院院长乙、第三中级人民法院院长丙汇报", "第三中级人民法院", "北京市第三中级人民法院"},
	{"listed numbered, other city", "会上,重庆市第一中级人民法院、第五中级人民法院作交流发言", "第五中级人民法院", "重庆市第五中级人民法院"},
	{"listed numbered after a high court", "天津市高级人民法院副院长某某和第二中级人民法院院长某某出席", "第二中级人民法院", "天津市第二中级人民法院"},
	{"listed numbered, traditional", "上海市第一中級人民法院院長甲、第三中級人民法院院長乙發言", "第三中級人民法院", "上海市第三中级人民法院"},
	{"new area short", "上海一中院召开会议。浦东法院、徐汇法院院长汇报", "浦东法院", "上海市浦东新区人民法院"},
	{"new area short, other city", "沈阳中院召开会议,沈北法院作交流发言", "沈北法院", "沈阳市沈北新区人民法院"},
	{"new area full short", "天津二中院召开会议,滨海新区法院院长汇报", "滨海新区法院", "天津市滨海新区人民法院"},
	{"municipal railway court alone", "上海铁路运输法院派员列席会议", "上海铁路运输法院", "上海铁路运输法院"},
	{"municipal railway court listed", "上海海事法院、上海铁路运输法院派员列席会议", "上海铁路运输法院", "上海铁路运输法院"},
	{"municipal railway court, other city", "会上,北京铁路运输法院院长发言", "北京铁路运输法院", "北京铁路运输法院"},
	{"city railway court still", "齐齐哈尔铁路运输法院召开会议", "齐齐哈尔铁路运输法院", "齐齐哈尔铁路运输法院"},
}

func TestMunicipalityForms(t *testing.T) {
	for _, tc := range muniCases {
		t.Run(tc.name, func(t *testing.T) {
			ms := Scan(tc.text)
			for _, m := range ms {
				if m.Text == tc.form {
					if m.Court.Name != tc.want {
						t.Errorf("Scan(%q) %q = %s, want %s", tc.text, tc.form, m.Court.Name, tc.want)
					}
					return
				}
			}
			t.Errorf("Scan(%q) has no mention %q; got %+v", tc.text, tc.form, ms)
		})
	}
}

// muniNotForms: a numbered court with no municipality in its sentence or
// list, a province's railway court, a new area's short name that is a city.
var muniNotForms = []struct{ text, form string }{
	{"北京市第一中级人民法院召开会议。第二中级人民法院院长发言", "第二中级人民法院"},
	{"广州市中级人民法院院长甲、第二中级人民法院院长乙发言", "第二中级人民法院"},
	{"云南高院召开会议,云南铁路运输法院", "云南铁路运输法院"},
	{"甘肃高院召开会议,兰州法院", "兰州法院"},
}

func TestMunicipalityNotForms(t *testing.T) {
	for _, tc := range muniNotForms {
		for _, m := range Scan(tc.text) {
			if m.Text == tc.form {
				t.Errorf("Scan(%q) found %q → %s", tc.text, m.Text, m.Court.Name)
			}
		}
	}
}
