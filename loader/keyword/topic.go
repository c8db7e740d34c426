package keyword

import (
	_ "embed"
	"strings"

	"courtql/loader/script"
)

//go:embed data/topics.txt
var topicData string

type topic struct {
	name     string
	triggers []string
}

var topics = parseTopics(topicData)

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
// (執行難 → 执行难), with the converter the whole loader shares.
func simplified(s string) string { return script.Simplify(s) }

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
