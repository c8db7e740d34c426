package people

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestPassesDocumented keeps the package doc's numbered list of passes in
// step with the passes table: same names, same order.
func TestPassesDocumented(t *testing.T) {
	src, err := os.ReadFile("people.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src[:strings.Index(string(src), "package people")])
	var listed []string
	for _, m := range regexp.MustCompile(`(?m)^//\s+\d+\. (\w+)Pass:`).FindAllStringSubmatch(doc, -1) {
		listed = append(listed, m[1])
	}
	if len(listed) != len(passes) {
		t.Fatalf("package doc lists %d passes, the table has %d", len(listed), len(passes))
	}
	for i, p := range passes {
		if listed[i] != p.name {
			t.Errorf("pass %d: doc lists %q, table runs %q", i+1, listed[i], p.name)
		}
	}
}

// TestPassStages checks that the stages only go forward, so findMentions
// (which runs the first stage alone) sees every mention pass.
func TestPassStages(t *testing.T) {
	for i := 1; i < len(passes); i++ {
		if passes[i].stage < passes[i-1].stage {
			t.Errorf("pass %s (stage %d) after %s (stage %d)", passes[i].name, passes[i].stage, passes[i-1].name, passes[i-1].stage)
		}
	}
}
