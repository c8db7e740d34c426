package court

import "testing"

// TestTribunalParentOnlyWhenCertain: a tribunal named alone takes the basic
// court named before only when no other city's court came in between.
func TestTribunalParentOnlyWhenCertain(t *testing.T) {
	tests := []struct {
		name, text, tribunal, parent string
	}{
		{"one basic court", "5月28日,金华中院到婺城法院检查指导,参观了婺北法庭。", "婺北人民法庭", "金华市婺城区人民法院"},
		{"another city's court since", "本溪县法院田师付法庭召开现场会。阜新市中级人民法院推广“老哥”冯家法庭的经验。", "冯家人民法庭", ""},
		{"two basic courts", "平遥县法院和介休市法院的干警参观了古陶法庭。", "古陶人民法庭", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Court
			for _, m := range Scan(tt.text) {
				if m.Court.Level == "TRIBUNAL" {
					c := m.Court
					got = &c
				}
			}
			if got == nil {
				t.Fatalf("no tribunal in %v", Scan(tt.text))
			}
			if got.Parent != tt.parent || (tt.parent == "" && got.Name != tt.tribunal) {
				t.Errorf("tribunal %q parent %q, want %q under %q", got.Name, got.Parent, tt.tribunal, tt.parent)
			}
		})
	}
}
