package court

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is the project's read-only shared material, beside the checkout.
const sharedDir = "../../../shared"

// TestGoldCourts checks that every court the gold annotations name for the
// seeds and dev documents is among the courts Scan finds in the text
// (redacted names such as XX市中级人民法院 excepted).
func TestGoldCourts(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "*.json"))
	dev, _ := filepath.Glob(filepath.Join(sharedDir, "dev", "gold", "*.json"))
	if len(golds)+len(dev) == 0 {
		t.Skip("no shared gold files")
	}
	for _, path := range append(golds, dev...) {
		docDir := filepath.Join(sharedDir, "seeds")
		if strings.Contains(path, "/dev/") {
			docDir = filepath.Join(sharedDir, "dev", "docs")
		}
		var gold struct {
			Source   string `json:"source"`
			Meetings []struct {
				Host     *string  `json:"host"`
				Courts   []string `json:"courts"`
				Speakers []struct {
					Court *string `json:"court"`
				} `json:"speakers"`
			} `json:"meetings"`
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		text, err := os.ReadFile(filepath.Join(docDir, gold.Source))
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, m := range Scan(string(text)) {
			found[m.Court.Name] = true
		}
		want := map[string]bool{}
		for _, m := range gold.Meetings {
			if m.Host != nil {
				want[*m.Host] = true
			}
			for _, c := range m.Courts {
				want[c] = true
			}
			for _, s := range m.Speakers {
				if s.Court != nil {
					want[*s.Court] = true
				}
			}
		}
		for name := range want {
			if !found[name] && !strings.HasPrefix(name, "XX") {
				t.Errorf("%s: gold court %s not found", gold.Source, name)
			}
		}
	}
}
