package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"courtql/loader/textio"
)

// The generalisation suite: each variant of a seed or dev document must be
// extracted about as well as the document itself. A variant that scores
// clearly lower shows a rule keyed on the source's particular strings.

var variantsDir = flag.String("variants.write", "", "write every generated variant (text and expected gold) to this directory")

const (
	// f1Slack is how far a variant's extraction F1 may fall below its source's.
	f1Slack = 0.05
	// attrSlack is how far an attribute accuracy (host, date, speaker court…) may fall.
	attrSlack = 0.2
)

// namedVariants are the hand-picked combinations of TestVariants.
var namedVariants = []struct{ src, spec string }{
	{"000", "move:四川 names punct:full"},
	{"000", "move:广西 names date numbers"},
	{"000", "enum:第 noise crlf"},
	{"000", "enum:paren spacing gb18030"},
	{"000", "names trad"},
	{"000", "move:黑龙江 numbers enum:要 punct:full noise spacing"},
	{"001", "move:贵州 names"},
	{"001", "names date noise"},
	{"001", "punct:full spacing crlf gb18030"},
	{"001", "trad"},
	{"002", "numbers enum:第"},
	{"002", "noise spacing"},
	{"002", "punct:full crlf trad"},
	{"003", "move:河南 date numbers"},
	{"003", "noise punct:full"},
	{"003", "trad gb18030"},
	{"004", "noise crlf"},
	{"004", "move:浙江 date"},
	{"004", "punct:full spacing trad"},
	{"200", "names date enum:paren"},
	{"201", "names punct:full noise"},
	{"202", "names date crlf"},
	{"203", "names enum:第 date"},
	{"204", "names punct:full"},
	{"205", "move:山东 names noise"},
	{"206", "move names numbers enum:要"},
	{"207", "move:湖南 names date"},
	{"208", "names noise"},
	{"209", "names spacing"},
	{"210", "move:宁夏 names enum:是"},
	{"211", "move names date"},
	{"212", "names date noise"},
	{"213", "move:江西 numbers punct:full"},
	{"214", "move:四川 names enum:paren gb18030"},
	{"214", "noise trad"},
	{"205", "date enum:第 punct:full crlf"},
}

// docScore is the scoring of one document's extraction.
type docScore struct {
	f1    float64
	kinds map[string]float64
	attr  map[string][2]int
	log   []string
}

func scoreOne(g goldDoc, res Result) docScore {
	s := newScores()
	scoreDoc(s, g, res)
	ds := docScore{f1: s.overall(), kinds: map[string]float64{}, attr: map[string][2]int{}, log: s.log}
	for k, v := range s.kinds {
		ds.kinds[k] = v.f1()
	}
	for k, v := range s.attr {
		ds.attr[k] = *v
	}
	return ds
}

func (d docScore) acc(attr string) float64 {
	a := d.attr[attr]
	if a[1] == 0 {
		return 1
	}
	return float64(a[0]) / float64(a[1])
}

// regressions lists what a variant does clearly worse than its source.
func regressions(src, v docScore) []string {
	var out []string
	if v.f1 < src.f1-f1Slack {
		out = append(out, fmt.Sprintf("extraction F1 %.3f < source %.3f", v.f1, src.f1))
	}
	for _, k := range []string{"courts", "speakers", "directives", "statistics"} {
		if v.kinds[k] < src.kinds[k]-f1Slack {
			out = append(out, fmt.Sprintf("%s F1 %.3f < source %.3f", k, v.kinds[k], src.kinds[k]))
		}
	}
	var attrs []string
	for k := range src.attr {
		attrs = append(attrs, k)
	}
	sort.Strings(attrs)
	for _, k := range attrs {
		if src.attr[k][1] > 0 && v.attr[k][1] > 0 && v.acc(k) < src.acc(k)-attrSlack {
			out = append(out, fmt.Sprintf("%s accuracy %.2f < source %.2f", k, v.acc(k), src.acc(k)))
		}
	}
	return out
}

// newMisses are the variant's scoring log lines that the source's log, put in
// the variant's terms, does not have: what the transformation broke.
func newMisses(src docScore, v *variant, vs docScore) []string {
	had := map[string]bool{}
	for _, l := range src.log {
		for _, f := range v.maps {
			l = f(l)
		}
		had[l] = true
	}
	var out []string
	for _, l := range vs.log {
		if !had[l] {
			out = append(out, l)
		}
	}
	return out
}

var (
	baselineMu sync.Mutex
	baselines  = map[string]docScore{}
)

// baseline scores the source document itself against its own gold.
func baseline(src source) docScore {
	baselineMu.Lock()
	defer baselineMu.Unlock()
	if d, ok := baselines[src.name]; ok {
		return d
	}
	res, _ := Extract(src.name, src.text)
	d := scoreOne(src.gold, res)
	baselines[src.name] = d
	return d
}

// extractVariant reads the variant as the loader would: bytes decoded by
// textio, then Extract.
func extractVariant(v *variant) (Result, error) {
	b, err := v.bytes()
	if err != nil {
		return Result{}, err
	}
	s, err := textio.Decode(b)
	if err != nil {
		return Result{}, fmt.Errorf("decode %s: %w", v.name, err)
	}
	res, _ := Extract(v.name+".txt", s)
	return res, nil
}

func seedOf(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return int64(h.Sum64() >> 1)
}

// TestVariants extracts every named variant and compares its score with its
// source document's.
func TestVariants(t *testing.T) {
	if len(namedVariants) < 30 {
		t.Fatalf("only %d named variants", len(namedVariants))
	}
	var summary []string
	for i, nv := range namedVariants {
		src, err := findSource(nv.src)
		if errors.Is(err, ErrNoSources) {
			t.Fatal(err) // a missing ../shared must not pass as a green run
		}
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("%02d_%s_%s", i, nv.src, strings.ReplaceAll(nv.spec, " ", "+"))
		t.Run(name, func(t *testing.T) {
			v, err := makeVariant(name, src, nv.spec, seedOf(name))
			if err != nil {
				t.Fatal(err)
			}
			writeVariant(t, v)
			res, err := extractVariant(v)
			if err != nil {
				t.Fatal(err)
			}
			base := baseline(src)
			vs := scoreOne(v.gold, res)
			line := fmt.Sprintf("%-52s F1 %.3f (source %.3f) %s", name, vs.f1, base.f1, strings.Join(v.ops, " "))
			summary = append(summary, line)
			if bad := regressions(base, vs); len(bad) > 0 {
				t.Errorf("%s [%s]: %s\nalone, these transformations regress: %s\nnew misses:\n%s", nv.src, strings.Join(v.ops, " "),
					strings.Join(bad, "; "), strings.Join(culprits(src, name, nv.spec), ", "), strings.Join(newMisses(base, v, vs), "\n"))
			} else if *verbose {
				t.Logf("%s\n%s", line, strings.Join(newMisses(base, v, vs), "\n"))
			}
		})
	}
	t.Log("\n" + strings.Join(summary, "\n"))
}

// writeVariant saves a variant and its expected gold under -variants.write.
func writeVariant(t *testing.T, v *variant) {
	if *variantsDir == "" {
		return
	}
	if err := os.MkdirAll(*variantsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := v.bytes()
	if err != nil {
		t.Fatal(err)
	}
	g := v.gold
	g.Source = v.name + ".txt"
	j, _ := json.MarshalIndent(g, "", "  ")
	if err := os.WriteFile(filepath.Join(*variantsDir, v.name+".txt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*variantsDir, v.name+".txt.json"), j, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVariantGenerator checks the generator itself, whatever the extractor
// does: transformations reach the text and the gold together.
func TestVariantGenerator(t *testing.T) {
	src, err := findSource("000")
	if errors.Is(err, ErrNoSources) {
		t.Fatal(err) // a missing ../shared must not pass as a green run
	}
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		spec      string
		wantText  []string // substrings the variant text must have
		lacksText []string // substrings it must not have
		check     func(t *testing.T, g goldDoc)
	}{
		{"move:四川", []string{"四川省高级人民法院", "四川高院", "成都市武侯区人民法院", "金堂县法院", "都江堰市法院"}, []string{"云南", "昆明", "官渡", "元阳", "大理"},
			func(t *testing.T, g goldDoc) {
				want := []string{"四川省高级人民法院", "成都市武侯区人民法院", "金堂县人民法院", "都江堰市人民法院"}
				if got := g.Meetings[0].Courts; strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("courts %v, want %v", got, want)
				}
			}},
		{"move:广西", []string{"广西壮族自治区高级人民法院", "广西高院"}, []string{"广西省"}, nil},
		{"names", nil, []string{"张学群", "和正兴", "晏晖", "李永明", "张宁"}, func(t *testing.T, g goldDoc) {
			if d := g.Meetings[0].Directives[0].Speaker; *d != g.Meetings[0].Speakers[0].Name {
				t.Errorf("directive speaker %q not renamed with speaker %q", *d, g.Meetings[0].Speakers[0].Name)
			}
		}},
		{"date", nil, []string{"8月10日", "16.08.2017"}, func(t *testing.T, g goldDoc) {
			if d := g.Meetings[0].Date; d == nil || *d == "2017-08-10" {
				t.Errorf("date not moved: %v", d)
			}
		}},
		{"numbers", nil, []string{"389861", "52481", "15.56", "243272"}, func(t *testing.T, g goldDoc) {
			if v := *g.Meetings[0].Statistics[0].Value; v == 389861 || v < 100000 || v > 999999 {
				t.Errorf("value %v", v)
			}
		}},
		{"enum:第", []string{"第一,着力抓好", "第七,着力打造", "第三,要稳中有进"}, []string{"一是着力", "二要见行"}, nil},
		{"enum:paren", []string{"(一)着力抓好", "(三)要稳中有进"}, nil, nil},
		{"punct:full", []string{"8月10日\uff0c云南"}, nil, nil},
		{"trad", []string{"雲南省高級人民法院", "張學"}, nil, func(t *testing.T, g goldDoc) {
			m := g.Meetings[0]
			if m.Host == nil || *m.Host != "云南省高级人民法院" || !strings.HasPrefix(m.Speakers[0].Name, "張學") || m.Speakers[0].Titles[0] != "黨組書記" {
				t.Errorf("trad gold: host %v, speaker %q %v", m.Host, m.Speakers[0].Name, m.Speakers[0].Titles)
			}
			if m.Speakers[0].Roles[0] != "讲话" {
				t.Errorf("roles must stay in the normalised vocabulary: %v", m.Speakers[0].Roles)
			}
		}},
		{"noise crlf", []string{"\r\n", "责任编辑:"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			v, err := makeVariant("gen", src, tt.spec, 1)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(v.text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tt.lacksText {
				if strings.Contains(v.text, w) {
					t.Errorf("text still has %q", w)
				}
			}
			if tt.check != nil {
				tt.check(t, v.gold)
			}
		})
	}
	// noise on an undated page adds a publication date, which sets the year
	v, err := makeVariant("gen", mustSource(t, "205"), "noise", 3)
	if err != nil {
		t.Fatal(err)
	}
	if d := v.gold.Meetings[0].Date; d == nil || !strings.HasSuffix(*d, "-03-01") || v.gold.Meetings[0].DatePartial != "" {
		t.Errorf("noise on 205: date %v partial %q", d, v.gold.Meetings[0].DatePartial)
	}
	// the corpus is the same for the same seed, and every variant validates
	a, err := generateCorpus(100, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := generateCorpus(100, 7)
	for i := range a {
		if a[i].text != b[i].text {
			t.Fatalf("corpus not deterministic at %s", a[i].name)
		}
	}
}

func mustSource(t *testing.T, name string) source {
	t.Helper()
	s, err := findSource(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// culprits applies each transformation of spec alone and names those that
// regress by themselves ("none" when only their combination does).
func culprits(src source, name, spec string) []string {
	var out []string
	base := baseline(src)
	for _, op := range strings.Fields(spec) {
		v, err := makeVariant(name, src, op, seedOf(name))
		if err != nil {
			continue
		}
		res, err := extractVariant(v)
		if err != nil {
			out = append(out, op+" ("+err.Error()+")")
			continue
		}
		if bad := regressions(base, scoreOne(v.gold, res)); len(bad) > 0 {
			out = append(out, op+" ("+strings.Join(bad, "; ")+")")
		}
	}
	if len(out) == 0 {
		out = append(out, "none")
	}
	return out
}
