package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/encoding/simplifiedchinese"

	"courtql/loader/clean"
)

// The variant generator: a source document and its gold are changed together
// (other people, another province, other dates and figures, other enumerators,
// other punctuation, spacing, page noise, encoding, script), so the expected
// extraction of every variant is known by construction.

// variant is a generated document and its expected extraction.
type variant struct {
	name, source string
	text         string
	gold         goldDoc
	ops          []string // the transformations applied, with their arguments
	trad         bool     // the text is in traditional script
	meetM, meetD int      // meeting month and day as written, 0 when unknown
	yearKnown    bool     // the text gives the meeting's year (or a publication date)
	enc          string   // "" (UTF-8) or "gb18030"
	// maps carry the string changes made so far, to translate a source
	// document's scoring log into the variant's terms.
	maps []func(string) string
}

// opOrder is the order transformations run in: content first, then form.
var opOrder = []string{"move", "names", "numbers", "date", "enum", "punct", "noise", "spacing", "trad", "crlf", "gb18030"}

var ops = map[string]func(v *variant, r *rand.Rand, arg string) error{
	"move": opMove, "names": opNames, "date": opDate, "numbers": opNumbers, "enum": opEnum, "punct": opPunct,
	"noise": opNoise, "spacing": opSpacing, "trad": opTrad, "crlf": opCRLF, "gb18030": opGB18030,
}

// source is one original document with its gold.
type source struct {
	name, text string
	gold       goldDoc
}

var (
	sourcesOnce sync.Once
	sourcesList []source
	sourcesErr  error
)

// loadSources reads the seeds and the dev documents with their gold.
// ErrNoSources means ../shared (the seeds' and dev docs' gold) is absent:
// the variant tests then fail, as the scoring tests do.
var ErrNoSources = errors.New("no gold-annotated sources")

func loadSources() ([]source, error) {
	sourcesOnce.Do(func() {
		for _, d := range [][2]string{{seedsDir, filepath.Join(sharedDir, "gold")},
			{filepath.Join(sharedDir, "dev", "docs"), filepath.Join(sharedDir, "dev", "gold")}} {
			golds, _ := filepath.Glob(filepath.Join(d[1], "*.json"))
			sort.Strings(golds)
			for _, gf := range golds {
				var s source
				b, err := os.ReadFile(gf)
				if err == nil {
					err = json.Unmarshal(b, &s.gold)
				}
				if err != nil {
					sourcesErr = fmt.Errorf("read gold %s: %w", gf, err)
					return
				}
				s.name = s.gold.Source
				raw, err := os.ReadFile(filepath.Join(d[0], s.name))
				if err != nil {
					sourcesErr = fmt.Errorf("read source: %w", err)
					return
				}
				s.text = string(raw)
				sourcesList = append(sourcesList, s)
			}
		}
		if len(sourcesList) == 0 {
			sourcesErr = fmt.Errorf("%w under %s", ErrNoSources, sharedDir)
		}
	})
	return sourcesList, sourcesErr
}

func findSource(name string) (source, error) {
	all, err := loadSources()
	if err != nil {
		return source{}, err
	}
	for _, s := range all {
		if strings.HasPrefix(s.name, name) {
			return s, nil
		}
	}
	return source{}, fmt.Errorf("no source %q", name)
}

// makeVariant applies the transformations of spec ("move:四川 names punct:full")
// to src, in opOrder whatever order spec gives them, with choices drawn from
// a generator seeded by seed.
func makeVariant(name string, src source, spec string, seed int64) (*variant, error) {
	v := &variant{name: name, source: src.name, text: strings.ReplaceAll(src.text, "\r\n", "\n"), gold: copyGold(src.gold)}
	v.trad = isTraditional(src.text)
	sp := docSpecs[src.name]
	// A page that already carries a publication line gets no second one
	// from opNoise: two conflicting publication dates have no right answer.
	v.yearKnown = sp.pub != "" || clean.Clean(src.text).PublishedAt != ""
	if sp.meet != "" {
		if t, err := time.Parse(sp.meetLayout, sp.meet); err == nil {
			v.meetM, v.meetD = int(t.Month()), t.Day()
			v.yearKnown = v.yearKnown || t.Year() > 0
		}
	}
	args := map[string]string{}
	for _, f := range strings.Fields(spec) {
		k, a, _ := strings.Cut(f, ":")
		if ops[k] == nil {
			return nil, fmt.Errorf("variant %s: unknown transformation %q", name, k)
		}
		args[k] = a
	}
	r := rand.New(rand.NewSource(seed))
	for _, k := range opOrder {
		a, ok := args[k]
		if !ok {
			continue
		}
		if err := ops[k](v, r, a); err != nil {
			return nil, fmt.Errorf("variant %s: %s: %w", name, k, err)
		}
	}
	if err := v.validate(); err != nil {
		return nil, fmt.Errorf("variant %s: %w", name, err)
	}
	return v, nil
}

// bytes is the variant as stored in a file.
func (v *variant) bytes() ([]byte, error) {
	if v.enc == "gb18030" {
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(v.text))
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", v.name, err)
		}
		return b, nil
	}
	return []byte(v.text), nil
}

// validate checks the generator kept text and gold in step: every expected
// directive key and speaker name is still in the text.
func (v *variant) validate() error {
	text := norm(v.text)
	for _, m := range v.gold.Meetings {
		for _, d := range m.Directives {
			if !strings.Contains(text, norm(d.Key)) {
				return fmt.Errorf("generator lost directive key %q", d.Key)
			}
		}
		for _, s := range m.Speakers {
			if !strings.Contains(text, norm(s.Name)) {
				return fmt.Errorf("generator lost speaker %q", s.Name)
			}
		}
	}
	return nil
}

func copyGold(g goldDoc) goldDoc {
	var out goldDoc
	b, _ := json.Marshal(g)
	_ = json.Unmarshal(b, &out)
	return out
}

// mapGold applies f to every string of the gold that is written as in the
// text; court names (normalised, always simplified) only when courts is set.
// Roles are a fixed vocabulary and never change.
func mapGold(g *goldDoc, f func(string) string, courts bool) {
	fp := func(p *string) {
		if p != nil {
			s := f(*p)
			*p = s
		}
	}
	for i := range g.Meetings {
		m := &g.Meetings[i]
		m.Name, m.Kind = f(m.Name), f(m.Kind)
		if courts {
			fp(m.Host)
			for j := range m.Courts {
				m.Courts[j] = f(m.Courts[j])
			}
		}
		for j := range m.Speakers {
			s := &m.Speakers[j]
			s.Name = f(s.Name)
			for k := range s.Titles {
				s.Titles[k] = f(s.Titles[k])
			}
			if courts {
				fp(s.Court)
			}
		}
		for j := range m.Directives {
			d := &m.Directives[j]
			fp(d.Speaker)
			d.Key = f(d.Key)
		}
		for j := range m.Statistics {
			st := &m.Statistics[j]
			st.Metric = f(st.Metric)
			fp(st.Unit)
		}
	}
}

// mapGoldCourts applies f to the gold's normalised court names only.
func mapGoldCourts(g *goldDoc, f func(string) string) {
	fp := func(p *string) {
		if p != nil {
			*p = f(*p)
		}
	}
	for i := range g.Meetings {
		m := &g.Meetings[i]
		fp(m.Host)
		for j := range m.Courts {
			m.Courts[j] = f(m.Courts[j])
		}
		for j := range m.Speakers {
			fp(m.Speakers[j].Court)
		}
	}
}

// replace swaps old→new pairs everywhere in text and gold in one pass,
// longest old first. In a traditional text the pairs are also applied in
// traditional script.
func (v *variant) replace(pairs []string, courts bool) {
	if v.trad {
		n := len(pairs)
		for i := 0; i < n; i += 2 {
			if o, w := s2t(pairs[i]), s2t(pairs[i+1]); o != pairs[i] {
				pairs = append(pairs, o, w)
			}
		}
	}
	type pair struct{ o, n string }
	var ps []pair
	for i := 0; i+1 < len(pairs); i += 2 {
		ps = append(ps, pair{pairs[i], pairs[i+1]})
	}
	sort.SliceStable(ps, func(i, j int) bool { return utf8.RuneCountInString(ps[i].o) > utf8.RuneCountInString(ps[j].o) })
	flat := make([]string, 0, 2*len(ps))
	for _, p := range ps {
		flat = append(flat, p.o, p.n)
	}
	rep := strings.NewReplacer(flat...)
	v.text = rep.Replace(v.text)
	mapGold(&v.gold, rep.Replace, courts)
	v.maps = append(v.maps, rep.Replace)
}

// opMove moves the document to another province (arg: its short name, or
// random): provinces, cities, districts and counties are renamed everywhere,
// court names included, so 昆明市官渡区人民法院 becomes 成都市武侯区人民法院 and
// 元阳县法院 becomes 金堂县法院.
func opMove(v *variant, r *rand.Rand, arg string) error {
	sp := docSpecs[v.source]
	if len(sp.alts) > 0 {
		v.replace(append([]string(nil), sp.alts[r.Intn(len(sp.alts))]...), true)
		v.ops = append(v.ops, "move")
		return nil
	}
	if len(sp.places) == 0 {
		return nil
	}
	order := r.Perm(len(regions))
	for _, i := range order {
		rg := regions[i]
		if arg != "" && rg.short != arg {
			continue
		}
		pairs, ok := movePairs(sp.places, rg, v.text)
		if !ok {
			continue
		}
		v.replace(pairs, true)
		if rg.full != rg.short+"省" {
			// 甘肃高院 becomes 广西高院 in the text, and its normalised name
			// 广西壮族自治区高级人民法院, not 广西省高级人民法院.
			mapGoldCourts(&v.gold, strings.NewReplacer(rg.short+"省", rg.full).Replace)
		}
		v.ops = append(v.ops, "move:"+rg.short)
		return nil
	}
	return fmt.Errorf("no region fits %q", arg)
}

func movePairs(places []slot, rg region, text string) ([]string, bool) {
	var pairs []string
	for _, p := range places {
		var list []string
		switch p.kind {
		case "provFull":
			list = []string{rg.full}
		case "prov":
			list = []string{rg.short}
		case "city":
			list = rg.cities
		case "district":
			list = rg.districts
		case "county":
			list = rg.counties
		case "countyCity":
			list = rg.countyCities
		}
		if p.idx >= len(list) {
			return nil, false
		}
		n := list[p.idx] + p.suffix
		if strings.Contains(text, n) || strings.Contains(text, s2t(n)) {
			return nil, false // the new name is already used in the text
		}
		pairs = append(pairs, p.old, n)
	}
	return pairs, true
}

// opNames gives every speaker another name, also where a bare surname is
// followed by a post (胡院长).
func opNames(v *variant, r *rand.Rand, _ string) error {
	var old []string
	seen := map[string]bool{}
	for _, m := range v.gold.Meetings {
		for _, s := range m.Speakers {
			if !seen[s.Name] {
				seen[s.Name] = true
				old = append(old, s.Name)
			}
		}
	}
	if len(old) == 0 {
		return nil
	}
	surnameCount := map[string]int{}
	for _, o := range old {
		surnameCount[surnameOf(o)]++
	}
	var pairs []string
	used := map[string]bool{}
	for _, o := range old {
		n := ""
		for tries := 0; tries < 100; tries++ {
			n = newName(r, strings.ContainsAny(o, "•·"))
			if v.trad {
				n = s2t(n)
			}
			if !used[n] && !strings.Contains(v.text, n) && !strings.Contains(v.text, surnameOf(n)+"院") {
				break
			}
		}
		used[n] = true
		pairs = append(pairs, o, n)
		if so, sn := surnameOf(o), surnameOf(n); surnameCount[so] == 1 && !strings.ContainsAny(o, "•·") {
			for _, p := range surnamePosts {
				if v.trad {
					p = s2t(p)
				}
				if strings.Contains(v.text, so+p) {
					pairs = append(pairs, so+p, sn+p)
				}
			}
		}
	}
	v.replace(pairs, false)
	v.ops = append(v.ops, "names")
	return nil
}

func newName(r *rand.Rand, dotted bool) string {
	if dotted {
		d := dottedNames[r.Intn(len(dottedNames))]
		return d[0] + nameDots[r.Intn(len(nameDots))] + d[1]
	}
	s := surnames[r.Intn(len(surnames))]
	if r.Intn(5) == 0 {
		s = compoundSurnames[r.Intn(len(compoundSurnames))]
	}
	g := string(givenChars[r.Intn(len(givenChars))])
	if r.Intn(3) > 0 {
		g += string(givenChars[r.Intn(len(givenChars))])
	}
	return s + g
}

func surnameOf(name string) string {
	for _, c := range compoundSurnames {
		if strings.HasPrefix(name, c) || strings.HasPrefix(name, s2t(c)) {
			return string([]rune(name)[:2])
		}
	}
	return string([]rune(name)[:1])
}

// opDate moves the meeting to another day (and year, where the text or a
// publication date gives one); the publication date keeps its distance.
func opDate(v *variant, r *rand.Rand, _ string) error {
	sp := docSpecs[v.source]
	if sp.meet == "" || !strings.Contains(v.text, sp.meet) {
		return nil
	}
	old, err := time.Parse(sp.meetLayout, sp.meet)
	if err != nil {
		return fmt.Errorf("parse %q: %w", sp.meet, err)
	}
	var oldPub time.Time
	if sp.pub != "" {
		if oldPub, err = time.Parse(sp.pubLayout, sp.pub); err != nil {
			return fmt.Errorf("parse %q: %w", sp.pub, err)
		}
	}
	oldYear := old.Year()
	if oldYear == 0 && sp.pub != "" {
		oldYear = oldPub.Year()
		if int(old.Month()) > int(oldPub.Month()) {
			oldYear--
		}
	}
	old = time.Date(oldYear, old.Month(), old.Day(), 0, 0, 0, 0, time.UTC)
	year := 2012 + r.Intn(13)
	nm := time.Date(year, time.Month(1+r.Intn(12)), 1+r.Intn(28), 0, 0, 0, 0, time.UTC)
	const mark, pmark = "\x00M\x00", "\x00P\x00"
	v.text = strings.Replace(v.text, sp.meet, mark, 1)
	var pairs []string
	if sp.pub != "" {
		v.text = strings.Replace(v.text, sp.pub, pmark, 1)
		pairs = append(pairs, pmark, nm.Add(oldPub.Sub(old)).Format(sp.pubLayout))
	}
	if v.yearKnown {
		for y := oldYear - 6; y <= oldYear+1; y++ {
			pairs = append(pairs, fmt.Sprintf("%d年", y), fmt.Sprintf("%d年", y+year-oldYear))
		}
	}
	pairs = append(pairs, mark, nm.Format(sp.meetLayout))
	v.replace(pairs, false)
	v.meetM, v.meetD = int(nm.Month()), nm.Day()
	for i := range v.gold.Meetings {
		m := &v.gold.Meetings[i]
		if m.Date != nil {
			d := nm.Format(iso)
			m.Date = &d
		}
		if m.DatePartial != "" {
			m.DatePartial = nm.Format("--01-02")
		}
	}
	v.ops = append(v.ops, "date:"+nm.Format(iso))
	return nil
}

// opNumbers changes every figure of the gold that the text writes once in
// digits, keeping its shape (digits before and after the point) and its sign
// words (上升, 下降).
func opNumbers(v *variant, r *rand.Rand, _ string) error {
	var numPairs [][2]string
	change := func(p *float64, next string) {
		if p == nil {
			return
		}
		old := strconv.FormatFloat(abs(*p), 'f', -1, 64)
		at := numberAt(v.text, old)
		if len(at) != 1 || !figureContext(v.text[at[0]+len(old):], next) {
			return
		}
		var n string
		for tries := 0; tries < 50; tries++ {
			n = sameShape(r, old)
			if n != old && len(numberAt(v.text, n)) == 0 {
				break
			}
		}
		f, _ := strconv.ParseFloat(n, 64)
		if *p < 0 {
			f = -f
		}
		*p = f
		v.text = v.text[:at[0]] + n + v.text[at[0]+len(old):]
		numPairs = append(numPairs, [2]string{old, n})
	}
	for i := range v.gold.Meetings {
		for j := range v.gold.Meetings[i].Statistics {
			st := &v.gold.Meetings[i].Statistics[j]
			change(st.Value, deref(st.Unit))
			change(st.Change, "")
			change(st.ChangeRate, "%")
		}
	}
	if len(numPairs) > 0 {
		v.maps = append(v.maps, func(s string) string {
			for _, p := range numPairs {
				if at := numberAt(s, p[0]); len(at) == 1 {
					s = s[:at[0]] + p[1] + s[at[0]+len(p[0]):]
				}
			}
			return s
		})
		v.ops = append(v.ops, fmt.Sprintf("numbers:%d", len(numPairs)))
	}
	return nil
}

// figureContext tells whether the text after a number makes it a figure:
// followed by its unit, or by a measure word that is not part of a date.
func figureContext(rest, unit string) bool {
	if unit != "" {
		return strings.HasPrefix(rest, unit)
	}
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Han, c) && !strings.ContainsRune("年月日号时点", c)
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// numberAt gives the byte offsets where num stands as a whole number.
func numberAt(s, num string) []int {
	var at []int
	isNum := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 0; ; {
		k := strings.Index(s[i:], num)
		if k < 0 {
			return at
		}
		k += i
		end := k + len(num)
		before := k > 0 && (isNum(s[k-1]) || s[k-1] == '.')
		after := end < len(s) && (isNum(s[end]) || (s[end] == '.' && end+1 < len(s) && isNum(s[end+1])))
		if !before && !after {
			at = append(at, k)
		}
		i = k + 1
	}
}

func sameShape(r *rand.Rand, num string) string {
	var b strings.Builder
	first := true
	for _, c := range num {
		switch {
		case c == '.':
			b.WriteRune(c)
		case first:
			b.WriteByte(byte('1' + r.Intn(9)))
			first = false
		default:
			b.WriteByte(byte('0' + r.Intn(10)))
		}
	}
	s := b.String()
	if strings.Contains(s, ".") && strings.HasSuffix(s, "0") {
		s = s[:len(s)-1] + string(byte('1'+r.Intn(9)))
	}
	return s
}

// enumerator markers before an enumerated directive: 一是, 二要, 三是要.
var enumMarker = regexp.MustCompile(`([一二三四五六七八九十]+)(是要|是|要)$`)

func clauseStart(before string) bool {
	c, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !(unicode.IsLetter(c) || unicode.IsDigit(c))
}

var numerals = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// opEnum rewrites the markers of enumerated directives in one style
// (arg: 是 → 一是, 要 → 一要, 第 → 第一,, paren → (一); random when empty).
func opEnum(v *variant, r *rand.Rand, arg string) error {
	styles := []string{"是", "要", "第", "paren"}
	if arg == "" {
		arg = styles[r.Intn(len(styles))]
	}
	comma, open, closing := ",", "(", ")"
	if strings.Count(v.text, "\uff0c") > strings.Count(v.text, ",") {
		comma, open, closing = "\uff0c", "\uff08", "\uff09"
	}
	type edit struct {
		start, end int
		repl       string
	}
	var edits []edit
	done := map[int]bool{}
	for _, m := range v.gold.Meetings {
		for _, d := range m.Directives {
			if d.Ordinal == nil || *d.Ordinal < 1 || *d.Ordinal > 10 {
				continue
			}
			k := strings.Index(v.text, d.Key)
			if k < 0 {
				continue
			}
			// the marker ends at most 60 runes before the key, in the same paragraph,
			// and starts a clause (a start of line, a space or punctuation before it)
			lo := k
			for n := 0; n < 60 && lo > 0; n++ {
				_, size := utf8.DecodeLastRuneInString(v.text[:lo])
				lo -= size
			}
			for end := k; end > lo; {
				mm := enumMarker.FindStringSubmatchIndex(v.text[lo:end])
				gap := v.text[end:k]
				if mm != nil && !strings.ContainsRune(gap, '\n') && v.text[lo+mm[2]:lo+mm[3]] == numerals[*d.Ordinal] && clauseStart(v.text[:lo+mm[0]]) {
					start := lo + mm[0]
					if !done[start] {
						done[start] = true
						n := numerals[*d.Ordinal]
						// The modal 要 of 一是要/一要 belongs to the instruction, not the
						// marker: keep it, so (一)要保持… still reads as a requirement.
						yao := ""
						if strings.HasSuffix(v.text[lo+mm[4]:lo+mm[5]], "要") {
							yao = "要"
						}
						repl := map[string]string{"是": n + "是" + yao, "要": n + "要", "第": "第" + n + comma + yao, "paren": open + n + closing + yao}[arg]
						edits = append(edits, edit{start, end, repl})
					}
					break
				}
				_, size := utf8.DecodeLastRuneInString(v.text[:end])
				end -= size
			}
		}
	}
	if len(edits) == 0 {
		return nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	for _, e := range edits {
		v.text = v.text[:e.start] + e.repl + v.text[e.end:]
	}
	v.ops = append(v.ops, "enum:"+arg)
	return nil
}

var (
	// full-width forms: ， ： ； （ ） ！ ？
	toHalf = strings.NewReplacer("\uff0c", ",", "\uff1a", ":", "\uff1b", ";", "\uff08", "(", "\uff09", ")", "\uff01", "!", "\uff1f", "?")
	halfs  = map[rune]rune{',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '(': '\uff08', ')': '\uff09', '!': '\uff01', '?': '\uff1f'}
)

// toFull turns ASCII punctuation into full width, except between digits
// (09:02:41, 1,234).
func toFull(s string) string {
	rs := []rune(s)
	for i, c := range rs {
		w, ok := halfs[c]
		if !ok {
			continue
		}
		if (c == ':' || c == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
			continue
		}
		rs[i] = w
	}
	return string(rs)
}

// opPunct writes commas, colons, semicolons, parentheses, ! and ? in full
// width (arg "full", the default) or in ASCII ("half").
func opPunct(v *variant, _ *rand.Rand, arg string) error {
	f := toFull
	if arg == "half" {
		f = toHalf.Replace
	} else {
		arg = "full"
	}
	v.text = f(v.text)
	mapGold(&v.gold, f, false)
	v.maps = append(v.maps, f)
	v.ops = append(v.ops, "punct:"+arg)
	return nil
}

// opNoise adds what web pages put around an article: crumbs, a share bar, a
// publication line (which then sets the meeting's year), a photo caption,
// credits, a view counter and a footer.
func opNoise(v *variant, r *rand.Rand, _ string) error {
	lines := strings.Split(v.text, "\n")
	pick := func(l []string) string { return l[r.Intn(len(l))] }
	credit := fmt.Sprintf("(文/%s 图/%s)", newName(r, false), newName(r, false))
	editor := "责任编辑:" + newName(r, false)
	var head []string
	head = append(head, pick(noiseCrumbs))
	if !v.yearKnown {
		year := 2012 + r.Intn(13)
		pub := time.Date(year, 1+time.Month(r.Intn(12)), 1+r.Intn(28), 9+r.Intn(9), r.Intn(60), r.Intn(60), 0, time.UTC)
		if v.meetM > 0 {
			meet := time.Date(year, time.Month(v.meetM), v.meetD, 0, 0, 0, 0, time.UTC)
			pub = meet.Add(time.Duration(r.Intn(4)*24+9+r.Intn(9)) * time.Hour)
			if pub.Year() != year {
				pub = time.Date(year, 12, 31, 18, 0, 0, 0, time.UTC)
			}
			for i := range v.gold.Meetings {
				m := &v.gold.Meetings[i]
				if m.Date == nil && m.DatePartial != "" {
					d := meet.Format(iso)
					m.Date, m.DatePartial = &d, ""
				}
			}
		}
		head = append(head, fmt.Sprintf("发布时间:%s  来源:本院  %s", pub.Format("2006-01-02 15:04:05"), fmt.Sprintf(pick(noiseViews), 100+r.Intn(9000))))
		v.yearKnown = true
		v.ops = append(v.ops, "noise+pub:"+pub.Format(iso))
	} else {
		v.ops = append(v.ops, "noise")
	}
	head = append(head, pick(noiseBars), "")
	// crumbs above a headline, the rest below it
	var out []string
	if first := strings.TrimSpace(lines[0]); first != "" && utf8.RuneCountInString(first) <= 40 && !strings.ContainsAny(first, ",\uff0c。") {
		out = append(out, head[0], lines[0])
		out = append(out, head[1:]...)
		lines = lines[1:]
	} else {
		out = append(out, head...)
	}
	// the caption after the first body paragraph
	captioned := false
	for _, l := range lines {
		out = append(out, l)
		if !captioned && utf8.RuneCountInString(l) > 40 {
			out = append(out, "", pick(noiseCaps), "")
			captioned = true
		}
	}
	out = append(out, "", credit, editor, "", noiseFoot[0],
		fmt.Sprintf(noiseFoot[1], r.Intn(1e8)),
		fmt.Sprintf(noiseFoot[2], 1+r.Intn(300), 100000+r.Intn(800000), 10+r.Intn(890), 1000000+r.Intn(8999999)),
		noiseFoot[3], noiseFoot[4])
	v.text = strings.Join(out, "\n")
	return nil
}

// opSpacing indents paragraphs with ideographic or ASCII spaces, adds blank
// lines, trailing spaces and spaces after full stops.
func opSpacing(v *variant, r *rand.Rand, _ string) error {
	var b strings.Builder
	for _, l := range strings.Split(v.text, "\n") {
		if strings.TrimSpace(l) != "" {
			switch r.Intn(4) {
			case 0, 1:
				l = "\u3000\u3000" + l
			case 2:
				l = "    " + l
			}
			if r.Intn(3) == 0 {
				l += "  "
			}
			if r.Intn(4) == 0 {
				l = strings.ReplaceAll(l, "。", "。 ")
			}
		}
		b.WriteString(l)
		b.WriteString("\n")
		if r.Intn(3) == 0 {
			b.WriteString(" \n")
		}
	}
	v.text = b.String()
	v.ops = append(v.ops, "spacing")
	return nil
}

// opTrad converts the text to traditional script. Expected names, titles,
// keys and metrics become traditional; court names stay simplified.
func opTrad(v *variant, _ *rand.Rand, _ string) error {
	if v.trad {
		return nil
	}
	orig := v.text
	conv := s2t(orig)
	// a gold string is converted as it reads in the text, where it is found there
	f := func(s string) string {
		if i := strings.Index(orig, s); i >= 0 && s != "" {
			start := utf8.RuneCountInString(orig[:i])
			return string([]rune(conv)[start : start+utf8.RuneCountInString(s)])
		}
		return s2t(s)
	}
	v.text = conv
	v.trad = true
	mapGold(&v.gold, f, false)
	v.maps = append(v.maps, s2t)
	v.ops = append(v.ops, "trad")
	return nil
}

func opCRLF(v *variant, _ *rand.Rand, _ string) error {
	v.text = strings.ReplaceAll(v.text, "\n", "\r\n")
	v.ops = append(v.ops, "crlf")
	return nil
}

func opGB18030(v *variant, _ *rand.Rand, _ string) error {
	v.enc = "gb18030"
	v.ops = append(v.ops, "gb18030")
	return nil
}

var (
	s2tOnce sync.Once
	s2tConv *opencc.OpenCC
)

// s2t converts to traditional script rune for rune, so offsets stay valid:
// a run of Han characters whose phrase conversion changes its length is
// converted one rune at a time.
func s2t(s string) string {
	s2tOnce.Do(func() {
		var err error
		if s2tConv, err = opencc.New("s2t"); err != nil {
			panic(fmt.Sprintf("opencc s2t: %v", err))
		}
	})
	in := []rune(s)
	out := append([]rune(nil), in...)
	for i := 0; i < len(in); {
		if !unicode.Is(unicode.Han, in[i]) {
			i++
			continue
		}
		j := i
		for j < len(in) && unicode.Is(unicode.Han, in[j]) {
			j++
		}
		if c, err := s2tConv.Convert(string(in[i:j])); err == nil && utf8.RuneCountInString(c) == j-i {
			copy(out[i:j], []rune(c))
		} else {
			for k := i; k < j; k++ {
				if c, err := s2tConv.Convert(string(in[k])); err == nil && utf8.RuneCountInString(c) == 1 {
					out[k] = []rune(c)[0]
				}
			}
		}
		i = j
	}
	return s2tFix.Replace(string(out))
}

// s2tFix undoes OpenCC phrase errors that no human would write: 人参加 read as
// 人蔘 (ginseng) + 加.
var s2tFix = strings.NewReplacer("蔘加", "參加", "蔘與", "參與", "蔘會", "參會")

// isTraditional tells a text in traditional script by characters that exist
// only there.
func isTraditional(s string) bool {
	n := 0
	for _, c := range "會議與說為這們國長區縣處" {
		n += strings.Count(s, string(c))
	}
	return n >= 5
}

// randomSpec draws a combination of transformations for the generated corpus.
func randomSpec(r *rand.Rand) string {
	var f []string
	for _, k := range opOrder {
		if r.Intn(2) == 0 {
			continue
		}
		switch k {
		case "punct":
			k += ":" + []string{"full", "half"}[r.Intn(2)]
		case "enum":
			k += ":" + []string{"是", "要", "第", "paren"}[r.Intn(4)]
		}
		f = append(f, k)
	}
	return strings.Join(f, " ")
}

// generateCorpus makes n random variants of the sources, the same for a seed.
func generateCorpus(n int, seed int64) ([]*variant, error) {
	all, err := loadSources()
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewSource(seed))
	var out []*variant
	for i := 0; i < n; i++ {
		src := all[r.Intn(len(all))]
		spec := randomSpec(r)
		v, err := makeVariant(fmt.Sprintf("v%03d_%s", i, strings.TrimSuffix(src.name, ".txt")), src, spec, r.Int63())
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
