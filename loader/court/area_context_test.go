package court

import (
	"reflect"
	"testing"
)

// TestCountyPlacesUnnamedCourts: a text that names no province, city or
// court of its own is placed by the first county-level division it names in
// full, when that name has one reading in all China.
func TestCountyPlacesUnnamedCourts(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"全市法院执行局长会议在市中院召开。会上,固安县作交流发言。", []string{"廊坊市中级人民法院"}},
		{"市中院召开党组会议。会议要求,要做好固安县、永清县的执行工作。", []string{"廊坊市中级人民法院"}},
		{"县法院召开党组会议。会议要求,要服务固安县经济社会发展大局。", []string{"固安县人民法院"}},
		{"区法院召开党组会议,研究服务任泽区发展大局的举措。", []string{"邢台市任泽区人民法院"}},
		// a name several provinces share places nothing
		{"区法院召开党组会议。会议要求,要服务城关区经济社会发展大局。", nil},
		// a named city wins over the county
		{"承德市中级人民法院召开会议,固安县法院参加。", []string{"承德市中级人民法院", "固安县人民法院"}},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBareIntermediateCourt: 中院, 中级法院 and 中级人民法院 written without a
// place name the one intermediate court the text's other courts imply; with
// none implied, or as procedure words (向中级人民法院上诉), they name nothing.
func TestBareIntermediateCourt(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"中级法院召开党组会议,永宁县法院、贺兰县法院院长列席。", []string{"银川市中级人民法院", "永宁县人民法院", "贺兰县人民法院"}},
		{"中级人民法院召开审委会,灵武市法院院长列席。", []string{"银川市中级人民法院", "灵武市人民法院"}},
		{"全市法院执行局长会议在中级法院执行局召开。", nil},
		{"固安县法院召开会议,当事人可以向中级人民法院上诉。", []string{"固安县人民法院"}},
		// two cities' courts leave it unplaced
		{"中级法院召开会议,永宁县法院、固安县法院参加。", []string{"永宁县人民法院", "固安县人民法院"}},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBareCityCourtOverItsCounties: a bare 市法院 that the text sets over
// courts of several districts or counties of one prefecture (全市两级法院,
// their 表态发言) is that prefecture's intermediate court; with a county-level
// city named, or the divisions of two prefectures, it stays unresolved.
func TestBareCityCourtOverItsCounties(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"市法院召开全市法院工作会议。永宁县法院、贺兰县法院作交流发言。",
			[]string{"银川市中级人民法院", "永宁县人民法院", "贺兰县人民法院"}},
		{"市法院召开年度考评会,兴庆区法院、金凤区法院、永宁县法院作表态发言。",
			[]string{"银川市中级人民法院", "银川市兴庆区人民法院", "银川市金凤区人民法院", "永宁县人民法院"}},
		// one division only: the 市法院 may be a county-level city's own
		{"市法院召开党组会议,永宁县法院院长列席。", []string{"永宁县人民法院"}},
		// a county-level city named: its court may be the 市法院
		{"市法院召开会议。灵武市法院、永宁县法院作交流发言。", []string{"灵武市人民法院", "永宁县人民法院"}},
		// divisions of two prefectures
		{"市法院召开会议。永宁县法院、固安县法院作交流发言。", []string{"永宁县人民法院", "固安县人民法院"}},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
