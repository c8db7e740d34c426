package court

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"courtql/loader/clean"
	"courtql/loader/script"
)

// sharedDir is the project's read-only shared material, beside the checkout.
const sharedDir = "../../../shared"

// TestGoldCourts checks that every court the gold annotations name for the
// seeds and dev documents is among the courts ScanWithContext finds in the
// cleaned page (redacted names such as XX市中级人民法院 excepted).
func TestGoldCourts(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "*.json"))
	dev, _ := filepath.Glob(filepath.Join(sharedDir, "dev", "gold", "*.json"))
	if len(golds)+len(dev) == 0 {
		t.Fatal("no shared gold files") // a missing ../shared must not pass as a green run
	}
	var hits, total int
	var misses []string
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
		// the court grammar's input as loader/extract gives it: the cleaned,
		// simplified text, with the page furniture as context
		page := clean.Clean(string(text))
		found := map[string]bool{}
		for _, m := range ScanWithContext(script.Simplify(page.Text), page.Context) {
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
			if strings.HasPrefix(name, "XX") {
				continue
			}
			total++
			if found[name] {
				hits++
			} else {
				misses = append(misses, gold.Source+": "+name)
			}
		}
	}
	recall := float64(hits) / float64(total)
	// floor: measured 0.939 (46 of 49) on 27 docs; target 1.0 (issue 9):
	// a municipality's courts written 一中、二中 and a district abolished
	// since the gazetteer's edition (闸北区, merged in 2015) are not read.
	if recall < 0.93 {
		t.Errorf("gold courts found %d/%d (%.3f < 0.93); missed:\n%s", hits, total, recall, strings.Join(misses, "\n"))
	}
}
