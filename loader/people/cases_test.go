package people

import (
	"reflect"
	"strings"
	"testing"
)

// speakerWant is what a page case expects of one person.
type speakerWant struct {
	name   string
	court  string   // "-" = not checked, "" = nil
	titles []string // nil = not checked
	roles  []string // nil = not checked
}

// pageCase is an invented page with the speakers and directives expected.
type pageCase struct {
	name, in string
	speakers []speakerWant
	absent   []string  // people who must not be speakers
	dirs     []dirWant // nil = not checked; empty = none expected
}

// checkPageCase runs Extract on the case's text with the test host.
func checkPageCase(t *testing.T, tc pageCase) {
	t.Run(tc.name, func(t *testing.T) {
		atts, dirs, d := run(tc.in, testHost)
		for _, w := range tc.speakers {
			a := find(atts, w.name)
			if a == nil {
				t.Errorf("%s not found in %+v", w.name, atts)
				continue
			}
			court := ""
			if a.Court != nil {
				court = a.Court.Name
			}
			if w.court != "-" && court != w.court {
				t.Errorf("%s court %q, want %q", w.name, court, w.court)
			}
			if w.titles != nil && !reflect.DeepEqual(a.Titles, w.titles) {
				t.Errorf("%s titles %q, want %q", w.name, a.Titles, w.titles)
			}
			if w.roles != nil && !reflect.DeepEqual(a.Roles, w.roles) {
				t.Errorf("%s roles %q, want %q", w.name, a.Roles, w.roles)
			}
		}
		for _, n := range tc.absent {
			if find(atts, n) != nil {
				t.Errorf("%s should not be a speaker", n)
			}
		}
		if tc.dirs == nil {
			return
		}
		if len(dirs) != len(tc.dirs) {
			t.Fatalf("got %d directives %+v, want %d", len(dirs), dirs, len(tc.dirs))
		}
		for i, w := range tc.dirs {
			g := dirs[i]
			if !strings.Contains(g.Text, w.key) || g.Speaker != w.speaker || g.Ordinal != w.ord {
				t.Errorf("directive %d = %+v, want %+v", i, g, w)
			}
			if d.Slice(g.Span) != g.Text {
				t.Errorf("directive %d text %q != span text %q", i, g.Text, d.Slice(g.Span))
			}
		}
	})
}
