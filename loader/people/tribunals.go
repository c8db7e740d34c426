package people

import (
	"strings"

	"courtql/loader/court"
	"courtql/model"
)

// tribunalCourt returns the court of a tribunal head whose tribunal the
// court scanner did not read where the post is written
// (…;旧县人民法庭|庭长贺丽娟):
//
//  1. the tribunal as the scanner read it elsewhere in the text, when its
//     basic court is known (调研组深入旧县人民法庭… gives 洛川县人民法院旧县
//     人民法庭, whose Parent is 洛川县人民法院; the orchestrator reports it as
//     its basic court);
//  2. else the host, when the host is a basic court;
//  3. else the basic court the text is about (a 中院 visiting 洛川法院): the
//     basic court named most often, tribunals counting for their parent;
//  4. else the host.
//
// A visiting court is never a tribunal's court: tribunals belong to basic
// courts.
func (x *extractor) tribunalCourt(unit string) *court.Court {
	if unit != "" {
		for _, m := range x.mentions {
			if m.Court.Level != model.LevelTribunal || m.Court.Parent == "" {
				continue
			}
			written := string(fold([]rune(m.Text)))
			if written == unit || strings.HasSuffix(m.Court.Name, unit) {
				c := m.Court
				return &c
			}
		}
	}
	if x.host == nil || x.host.Level == model.LevelBasic {
		return x.host
	}
	count := map[string]int{}
	byName := map[string]court.Court{}
	for _, m := range x.mentions {
		c := m.Court
		if c.Level == model.LevelTribunal && c.Parent != "" {
			c = c.Institution()
		}
		if c.Level != model.LevelBasic {
			continue
		}
		count[c.Name]++
		byName[c.Name] = c
	}
	best, n, tie := "", 0, false
	for name, k := range count {
		switch {
		case k > n:
			best, n, tie = name, k, false
		case k == n:
			tie = true
		}
	}
	if best == "" || tie {
		return x.host
	}
	c := byName[best]
	return &c
}
