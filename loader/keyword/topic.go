package keyword

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/longbridgeapp/opencc"
)

//go:embed data/topics.txt
var topicData string

type topic struct {
	name     string
	triggers []string
}

var (
	topics  = parseTopics(topicData)
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
)

// parseTopics reads "topic: trigger trigger …" lines in order.
func parseTopics(s string) []topic {
	var out []topic
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		name, rest, ok := strings.Cut(l, ":")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, topic{name: strings.TrimSpace(name), triggers: strings.Fields(rest)})
	}
	return out
}

// simplified converts traditional script so one lexicon serves both
// (執行難 → 执行难); the text is returned unchanged if OpenCC cannot load.
func simplified(s string) string {
	t2sOnce.Do(func() { t2s, _ = opencc.New("t2s") })
	if t2s == nil {
		return s
	}
	out, err := t2s.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// Topic returns the topic tag of a directive's text (执行, 司法改革, 智慧法院 ...),
// "" when none applies. Each trigger occurrence counts once; a longer trigger
// containing a shorter one of the same topic counts for both, which favours
// specific wording. Ties go to the topic listed first in data/topics.txt.
func Topic(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	s = simplified(s)
	best, bestN := "", 0
	for _, t := range topics {
		n := 0
		for _, w := range t.triggers {
			n += strings.Count(s, w)
		}
		if n > bestN {
			best, bestN = t.name, n
		}
	}
	return best
}
