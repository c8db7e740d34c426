package court

import (
	"reflect"
	"testing"
)

// Elliptical lists name one court per place: "共和、同德…五县法院".
func TestEllipsis(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"海南藏族自治州中级人民法院召开会议。共和、同德、贵德、兴海、贵南五县法院院长参加会议。",
			[]string{"海南藏族自治州中级人民法院", "共和县人民法院", "同德县人民法院", "贵德县人民法院", "兴海县人民法院", "贵南县人民法院"}},
		// invented variants
		{"兰州市中级人民法院召开座谈会,城关、七里河两区法院院长作交流发言。",
			[]string{"兰州市中级人民法院", "兰州市城关区人民法院", "兰州市七里河区人民法院"}},
		{"会上,元阳、红河和绿春三县法院分别汇报。", []string{"元阳县人民法院", "红河县人民法院", "绿春县人民法院"}},
		{"湖南省高级人民法院组织长沙、株洲两个中院开展评查。",
			[]string{"湖南省高级人民法院", "长沙市中级人民法院", "株洲市中级人民法院"}},
		// lists closed by 等 without a count: every item must resolve
		{"郑州中院召开会议,管城区、惠济区、巩义市等法院设分会场。",
			[]string{"郑州市中级人民法院", "郑州市管城回族区人民法院", "郑州市惠济区人民法院", "巩义市人民法院"}},
		{"洛阳中院召开会议,西工区、偃师区和孟津区等基层法院设分会场。",
			[]string{"洛阳市中级人民法院", "洛阳市西工区人民法院", "洛阳市偃师区人民法院", "洛阳市孟津区人民法院"}},
		{"洛阳中院召开会议,西工区、省高院等法院参加。", []string{"洛阳市中级人民法院", "河南省高级人民法院"}},
		// a 等 list of a municipality may mix its numbered intermediate
		// courts (一中, 二中院) with short district names
		{"上海市高级人民法院召开会议,一中、二中、浦东、徐汇等法院作交流发言。",
			[]string{"上海市高级人民法院", "上海市第一中级人民法院", "上海市第二中级人民法院", "上海市浦东新区人民法院", "上海市徐汇区人民法院"}},
		{"北京市高级人民法院召开会议,三中院、朝阳、海淀等法院参加。",
			[]string{"北京市高级人民法院", "北京市第三中级人民法院", "北京市朝阳区人民法院", "北京市海淀区人民法院"}},
		{"天津市高级人民法院召开会议,和平、二中等法院参加。",
			[]string{"天津市高级人民法院", "天津市和平区人民法院", "天津市第二中级人民法院"}},
		// the same with a count after 等 (the count covers the numbered items)
		{"重庆市高级人民法院召开会议,一中、五中、渝中、江北等四家法院作交流发言。",
			[]string{"重庆市高级人民法院", "重庆市第一中级人民法院", "重庆市第五中级人民法院", "重庆市渝中区人民法院", "重庆市江北区人民法院"}},
		{"北京市高级人民法院召开会议,一中、三中、东城等3个法院参加。",
			[]string{"北京市高级人民法院", "北京市第一中级人民法院", "北京市第三中级人民法院", "北京市东城区人民法院"}},
		// a province does not number its intermediate courts this way
		{"湖南省高级人民法院召开会议,一中、二中等法院参加。", []string{"湖南省高级人民法院"}},
		{"湖南省高级人民法院召开会议,一中、二中、芙蓉等三家法院参加。", []string{"湖南省高级人民法院"}},
		// not lists
		{"全市两级法院共受理案件。", nil},
		{"省、市、县三级法院参加。", nil},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestHanCount(t *testing.T) {
	for s, want := range map[string]int{"两": 2, "五": 5, "十": 10, "十二": 12, "3": 3, "": 0, "二十": 0} {
		if got := hanCount([]rune(s)); got != want {
			t.Errorf("hanCount(%q) = %d, want %d", s, got, want)
		}
	}
}
