package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A corpus is N synthetic articles made from real ones: each takes a real
// article as its template (one whose gold file reports a meeting, so
// extraction has something to find), recombines its body paragraphs with
// paragraphs of other articles, and substitutes speakers' names, provinces,
// dates and figures from pools drawn from the same texts. A seeded PRNG makes
// the same seed and sources give the same bytes.

// source is one real article with the names its gold file lists.
type source struct {
	name  string
	text  string
	names []string // speakers named in the gold file, longest first
	// template: the gold file reports at least one meeting.
	template bool
}

// sourceSet is what the generator draws from.
type sourceSet struct {
	articles []source
	names    map[int][]string // speaker-name pool by rune length
	digest   string           // identifies the inputs, part of the cache key
}

// sourceDir is a directory of .txt articles and the directory of their gold
// files (name.txt.json), which may not exist.
type sourceDir struct{ docs, gold string }

// defaultSources are the real articles: the repo's seeds and held-out sets,
// and the shared development corpus when it is present.
func defaultSources(root string) []sourceDir {
	dirs := []sourceDir{{filepath.Join(root, "seeds"), filepath.Join(root, "../shared/gold")}}
	holdouts, _ := filepath.Glob(filepath.Join(root, "testdata/holdout*"))
	sort.Strings(holdouts)
	for _, h := range holdouts {
		dirs = append(dirs, sourceDir{filepath.Join(h, "docs"), filepath.Join(h, "gold")})
	}
	dirs = append(dirs, sourceDir{filepath.Join(root, "../shared/dev/docs"), filepath.Join(root, "../shared/dev/gold")})
	return dirs
}

// goldFile is the part of a gold file the generator reads.
type goldFile struct {
	Meetings []struct {
		Speakers []struct {
			Name string `json:"name"`
		} `json:"speakers"`
	} `json:"meetings"`
}

// readSources reads every .txt of dirs (missing dirs are skipped) with the
// speaker names of its gold file.
func readSources(dirs []sourceDir) (*sourceSet, error) {
	set := &sourceSet{names: map[int][]string{}}
	seen := map[string]bool{}
	h := sha256.New()
	for _, d := range dirs {
		entries, err := os.ReadDir(d.docs)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read sources %s: %w", d.docs, err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(d.docs, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("read source: %w", err)
			}
			if !utf8.Valid(raw) {
				continue // GB18030 and UTF-16 pages: substitution works on UTF-8 only
			}
			src := source{name: e.Name(), text: strings.TrimPrefix(string(raw), "\ufeff")}
			if g, err := readGold(filepath.Join(d.gold, e.Name()+".json")); err != nil {
				return nil, err
			} else if g != nil {
				src.template = len(g.Meetings) > 0
				for _, m := range g.Meetings {
					for _, s := range m.Speakers {
						if n := utf8.RuneCountInString(s.Name); n >= 2 && n <= 4 && !slicesContains(src.names, s.Name) {
							src.names = append(src.names, s.Name)
							if !seen[s.Name] {
								seen[s.Name] = true
								set.names[n] = append(set.names[n], s.Name)
							}
						}
					}
				}
			}
			sort.Slice(src.names, func(i, j int) bool { return len(src.names[i]) > len(src.names[j]) })
			h.Write([]byte(e.Name()))
			h.Write(raw)
			set.articles = append(set.articles, src)
		}
	}
	for n := range set.names {
		sort.Strings(set.names[n])
	}
	var templates int
	for _, a := range set.articles {
		if a.template {
			templates++
		}
	}
	if templates == 0 {
		return nil, errors.New("read sources: no article with a gold meeting to use as a template")
	}
	set.digest = hex.EncodeToString(h.Sum(nil))[:12]
	return set, nil
}

func readGold(path string) (*goldFile, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	return &g, nil
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// provinceGroups: a province is only swapped for one of its own group, so
// 云南省高级人民法院 becomes 四川省高级人民法院 and 云南高院 becomes 四川高院,
// never 广西省.
var provinceGroups = [][]string{
	{"河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
		"湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海"},
	{"北京", "天津", "上海", "重庆"},
}

// generator makes articles from a source set.
type generator struct {
	set       *sourceSet
	templates []int
	rng       *rand.Rand
}

func newGenerator(set *sourceSet, seed uint64) *generator {
	g := &generator{set: set, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for i, a := range set.articles {
		if a.template {
			g.templates = append(g.templates, i)
		}
	}
	return g
}

// article returns the next synthetic article.
func (g *generator) article() string {
	tpl := g.set.articles[g.templates[g.rng.IntN(len(g.templates))]]
	paras := paragraphs(tpl.text)
	// The head (up to the lede that opens the meeting) stays first; body
	// paragraphs are recombined, but a paragraph naming a speaker or
	// referring back to one (他/她) keeps its place, so speeches keep
	// their speakers.
	head := len(paras)
	for i, p := range paras {
		if utf8.RuneCountInString(p) >= 60 {
			head = i + 1
			break
		}
	}
	body := paras[head:]
	movable := func(p string) bool {
		if strings.ContainsAny(p, "他她") {
			return false
		}
		for _, n := range tpl.names {
			if strings.Contains(p, n) {
				return false
			}
		}
		return true
	}
	if len(body) > 2 && g.rng.IntN(3) == 0 {
		if i := g.rng.IntN(len(body)); movable(body[i]) {
			body = append(body[:i:i], body[i+1:]...)
		}
	}
	if len(body) > 1 && g.rng.IntN(2) == 0 {
		if i := g.rng.IntN(len(body) - 1); movable(body[i]) && movable(body[i+1]) {
			body[i], body[i+1] = body[i+1], body[i]
		}
	}
	text := g.substitute(tpl, strings.Join(append(paras[:head:head], body...), "\n\n"))
	// Paragraphs from other articles: ones that name nobody, so they add
	// directives and figures but no stray speakers.
	paras = paragraphs(text)
	head = min(head, len(paras))
	for n := g.rng.IntN(3); n > 0; n-- {
		donor := g.set.articles[g.rng.IntN(len(g.set.articles))]
		dp := paragraphs(donor.text)
		if len(dp) <= 3 {
			continue
		}
		p := dp[3+g.rng.IntN(len(dp)-3)]
		if !movable(p) || utf8.RuneCountInString(p) < 30 {
			continue
		}
		for _, name := range donor.names {
			if strings.Contains(p, name) {
				p = ""
			}
		}
		if p == "" {
			continue
		}
		i := head + g.rng.IntN(len(paras)-head+1)
		paras = append(paras[:i], append([]string{g.redrawNumbers(p)}, paras[i:]...)...)
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// paragraphs splits on line breaks, dropping blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimRight(l, " \r\t"))
		}
	}
	return out
}

// substitute renames the article's speakers and its province, then redraws
// its dates and figures.
func (g *generator) substitute(a source, text string) string {
	var pairs []string
	used := map[string]bool{}
	for _, name := range a.names {
		pool := g.set.names[utf8.RuneCountInString(name)]
		for try := 0; try < 8 && len(pool) > 0; try++ {
			if n := pool[g.rng.IntN(len(pool))]; !used[n] && !slicesContains(a.names, n) {
				used[n] = true
				pairs = append(pairs, name, n)
				break
			}
		}
	}
	for _, group := range provinceGroups {
		for _, p := range group {
			if strings.Contains(text, p) {
				pairs = append(pairs, p, group[g.rng.IntN(len(group))])
				break // one province per group: the article's own
			}
		}
	}
	return g.redrawNumbers(strings.NewReplacer(pairs...).Replace(text))
}

// number matches Arabic figures (389861, 15.56, 2017) and, as whole
// tokens, numeric dates (2012-02-09, 16.08.2017) and clock times (09:57).
var number = regexp.MustCompile(`[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}|[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?|[0-9]+(?:\.[0-9]+)?`)

// numericDate is a date token of number; its year moves, the rest stays.
var numericDate = regexp.MustCompile(`^[0-9]{4}[-/.]|[-/.][0-9]{4}$`)

// redrawNumbers gives every figure new digits of the same length: a month
// before 月 stays 1-12, a day before 日 stays 1-28, a year (1995-2026) moves by
// one offset for the whole article so its dates stay consistent.
func (g *generator) redrawNumbers(text string) string {
	shift := g.rng.IntN(9) - 5
	return replaceNumbers(text, func(m string, next rune) string {
		if strings.ContainsAny(m, ":：") {
			return m
		}
		if numericDate.MatchString(m) && strings.Count(m, ".")+strings.Count(m, "-")+strings.Count(m, "/") == 2 {
			return numericDate.ReplaceAllStringFunc(m, func(y string) string {
				digits := strings.Trim(y, "-/.")
				v, _ := strconv.Atoi(digits)
				return strings.Replace(y, digits, strconv.Itoa(min(v+shift, 2025)), 1)
			})
		}
		if v, err := strconv.Atoi(m); err == nil {
			switch {
			case next == '月' && v >= 1 && v <= 12:
				return strconv.Itoa(1 + g.rng.IntN(12))
			case next == '日' && v >= 1 && v <= 31:
				return strconv.Itoa(1 + g.rng.IntN(28))
			case len(m) == 4 && v >= 1995 && v <= 2026:
				return strconv.Itoa(min(v+shift, 2025))
			}
		}
		var b strings.Builder
		for i, r := range m {
			switch {
			case r == '.':
				b.WriteRune(r)
			case i == 0 && r != '0':
				b.WriteByte(byte('1' + g.rng.IntN(9)))
			default:
				b.WriteByte(byte('0' + g.rng.IntN(10)))
			}
		}
		return b.String()
	})
}

// replaceNumbers replaces each figure with f(figure, the rune after it).
func replaceNumbers(text string, f func(m string, next rune) string) string {
	var b strings.Builder
	last := 0
	for _, loc := range number.FindAllStringIndex(text, -1) {
		next, _ := utf8.DecodeRuneInString(text[loc[1]:])
		b.WriteString(text[last:loc[0]])
		b.WriteString(f(text[loc[0]:loc[1]], next))
		last = loc[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// corpus is a generated corpus on disk.
type corpus struct {
	dir   string
	files []string // in load order
}

// writeCorpus writes n articles under base, or reuses them when a complete
// corpus of the same seed, size and sources is already there.
func writeCorpus(base string, set *sourceSet, seed uint64, n int) (corpus, error) {
	dir := filepath.Join(base, fmt.Sprintf("corpus-s%d-n%d-%s", seed, n, set.digest))
	c := corpus{dir: dir}
	for i := 0; i < n; i++ {
		c.files = append(c.files, filepath.Join(dir, fmt.Sprintf("a%06d.txt", i)))
	}
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		return c, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return c, fmt.Errorf("corpus dir: %w", err)
	}
	g := newGenerator(set, seed)
	seen := map[[32]byte]bool{}
	for _, f := range c.files {
		text := g.article()
		for sum := sha256.Sum256([]byte(text)); seen[sum]; sum = sha256.Sum256([]byte(text)) {
			text = g.article()
		}
		seen[sha256.Sum256([]byte(text))] = true
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			return c, fmt.Errorf("write corpus: %w", err)
		}
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		return c, fmt.Errorf("write corpus: %w", err)
	}
	return c, nil
}
