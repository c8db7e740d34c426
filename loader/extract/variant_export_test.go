package extract

// Exports of the variant generator for the external corpus test
// (variant_corpus_test.go, package extract_test), which loads variants through
// courtql/loader and so cannot live in this package.

// CorpusVariant is one generated document with its expected extraction.
type CorpusVariant struct{ v *variant }

// GenerateCorpus makes n random variants of the seeds and dev documents,
// the same for the same seed.
func GenerateCorpus(n int, seed int64) ([]CorpusVariant, error) {
	vs, err := generateCorpus(n, seed)
	out := make([]CorpusVariant, len(vs))
	for i, v := range vs {
		out[i] = CorpusVariant{v}
	}
	return out, err
}

// FileName is the variant's file name, e.g. v007_000_54217dd4817d8caf.txt.
func (c CorpusVariant) FileName() string { return c.v.name + ".txt" }

// Ops lists the transformations the variant was made with.
func (c CorpusVariant) Ops() []string { return c.v.ops }

// Bytes is the file content (UTF-8 or GB18030).
func (c CorpusVariant) Bytes() ([]byte, error) { return c.v.bytes() }

// Verdict is the scoring of one variant's extraction against its expected
// extraction, next to its source document's own score.
type Verdict struct {
	F1, SourceF1 float64
	Regressions  []string // empty when the variant is extracted as well as its source
	NewMisses    []string
}

// Check scores res, an extraction of the variant, against its expected
// extraction and its source's baseline.
func (c CorpusVariant) Check(res Result) Verdict {
	src, err := findSource(c.v.source)
	if err != nil {
		return Verdict{Regressions: []string{err.Error()}}
	}
	base := baseline(src)
	vs := scoreOne(c.v.gold, res)
	return Verdict{F1: vs.f1, SourceF1: base.f1, Regressions: regressions(base, vs), NewMisses: newMisses(base, c.v, vs)}
}

// ExtractDirect extracts the variant the way the loader does, without a database.
func (c CorpusVariant) ExtractDirect() (Result, error) { return extractVariant(c.v) }
