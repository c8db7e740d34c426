package court

import (
	"reflect"
	"testing"
)

// Shared-suffix lists and courts without a city in their name.
func TestSuffixedListAndSpecialInter(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// shared-suffix lists (invented variants of holdout9 1004, 1006)
		{"南充中院召开会议,营山县、仪陇县、西充县人民法院负责人参加会议。",
			[]string{"南充市中级人民法院", "营山县人民法院", "仪陇县人民法院", "西充县人民法院"}},
		{"通化中院设主会场,辉南县、柳河县法院及东昌区、二道江区法院设分会场。",
			[]string{"通化市中级人民法院", "辉南县人民法院", "柳河县人民法院", "通化市东昌区人民法院", "通化市二道江区人民法院"}},
		{"洛阳中院召开会议,西工区和老城区人民法院作交流发言。",
			[]string{"洛阳市中级人民法院", "洛阳市西工区人民法院", "洛阳市老城区人民法院"}},
		{"四川高院召开会议,南充市、遂宁市中级人民法院参加。",
			[]string{"四川省高级人民法院", "南充市中级人民法院", "遂宁市中级人民法院"}},
		// not lists: one item, or an item that is not a division
		{"中共辉南县委、辉南县人民法院联合举办。", []string{"辉南县人民法院"}},
		// special intermediate courts
		{"武汉海事法院、汉江中级人民法院列席会议。", []string{"武汉海事法院", "湖北省汉江中级人民法院"}},
		{"湖北省汉江中院召开会议。", []string{"湖北省汉江中级人民法院"}},
		{"黑龙江省农垦中级法院、吉林省林区中院参加。", []string{"黑龙江省农垦中级法院", "吉林省林区中级法院"}},
		{"黑龙江高院召开会议,林区中院院长发言。", []string{"黑龙江省高级人民法院", "黑龙江省林区中级法院"}},
		{"神农架林区法院召开会议。", []string{"神农架林区人民法院"}},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// scanNames is the names of the courts Scan finds in text, in order; it
// fails t on a mention whose span is not inside text.
func scanNames(t *testing.T, text string) []string {
	t.Helper()
	var names []string
	for _, m := range Scan(text) {
		names = append(names, m.Court.Name)
		if m.Start < 0 || m.End > len([]rune(text)) || m.Start >= m.End {
			t.Errorf("%q: bad span %d-%d", text, m.Start, m.End)
		}
	}
	return names
}
