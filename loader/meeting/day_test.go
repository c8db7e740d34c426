package meeting

import "testing"

func TestDayOnly(t *testing.T) {
	for _, tt := range []struct{ lead, pub, want string }{
		{"福建省高级人民法院22日在福州召开", "2018-11-23", "2018-11-22"},
		{"省高院28日召开", "2019-01-02", "2018-12-28"},
		{"省高院3日召开", "2019-03-03", "2019-03-03"},
		{"省高院30日召开", "2019-03-02", ""}, // no 2月30日
		{"省高院22日召开", "", ""},
	} {
		w, ok := findDay(tt.lead)
		if !ok {
			t.Fatalf("findDay(%q) found nothing", tt.lead)
		}
		if got := resolve(w, tt.pub); got != tt.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", tt.lead, tt.pub, got, tt.want)
		}
	}
	for _, s := range []string{"3月22日召开", "第22号"} {
		if w, ok := findDay(s); ok && s == "3月22日召开" {
			t.Errorf("findDay(%q) = %+v", s, w)
		}
	}
}
