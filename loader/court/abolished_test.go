package court

import (
	"reflect"
	"testing"
)

// TestAbolishedDistricts: districts merged away still name their courts in
// the reports written before the merger, in full or short.
func TestAbolishedDistricts(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"上海市闸北区人民法院召开会议。", []string{"上海市闸北区人民法院"}},
		{"上海市高级人民法院召开会议,卢湾、南汇、徐汇等法院参加。",
			[]string{"上海市高级人民法院", "上海市卢湾区人民法院", "上海市南汇区人民法院", "上海市徐汇区人民法院"}},
		{"北京市高级人民法院召开会议,宣武区法院院长作交流发言。", []string{"北京市高级人民法院", "北京市宣武区人民法院"}},
		{"天津市塘沽区人民法院召开党组会议。", []string{"天津市塘沽区人民法院"}},
		{"南京市中级人民法院召开会议,白下、下关两区法院参加。",
			[]string{"南京市中级人民法院", "南京市白下区人民法院", "南京市下关区人民法院"}},
		// today's districts are unchanged
		{"上海市静安区人民法院召开会议。", []string{"上海市静安区人民法院"}},
	}
	for _, tt := range tests {
		got := scanNames(t, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Scan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
