// Command synthcorpus writes a synthetic corpus for load benchmarks: N
// articles copied from real ones into numbered subdirectories (the source
// label is the relative path, so each copy is a document of its own), each
// copy with its figures and its people's surnames varied a little, so the
// store grows the way a real one does (more speakers, more figures) instead
// of storing the same rows again.
//
//	go run ./loader/internal/synthcorpus -n 2000 -out /tmp/corpus ../shared/dev/docs seeds testdata/holdout*/docs
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// surnames replace 张, 王, 李 and 刘 copy by copy, so speakers multiply.
var surnames = []rune("赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳")

// figure is a number followed by a counting unit (not a date).
var figure = regexp.MustCompile(`[0-9]+(件|人|个|名|起|次|家|万元|亿元)`)

func main() {
	n := flag.Int("n", 2000, "number of articles to write")
	out := flag.String("out", "", "directory to write (created)")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: synthcorpus -n N -out DIR SRC_DIR...")
		os.Exit(2)
	}
	var texts []string
	for _, dir := range flag.Args() {
		var files []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		fmt.Fprintln(os.Stderr, "no .txt files in", flag.Args())
		os.Exit(1)
	}
	for i := 0; i < *n; i++ {
		copyNo := i / len(texts)
		dir := filepath.Join(*out, fmt.Sprintf("%04d", i/1000), fmt.Sprintf("c%04d", copyNo))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		text := vary(texts[i%len(texts)], copyNo)
		name := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i%len(texts)))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// vary changes copy k of a text: figures get k added, and the commonest
// surnames become others.
func vary(s string, k int) string {
	if k == 0 {
		return s
	}
	// k trailing newlines: a text with no figure and none of the surnames
	// still differs from its other copies (extraction ignores them).
	s += strings.Repeat("\n", k)
	s = figure.ReplaceAllStringFunc(s, func(m string) string {
		i := strings.IndexFunc(m, func(r rune) bool { return r < '0' || r > '9' })
		var v int
		fmt.Sscan(m[:i], &v)
		return fmt.Sprint(v+k) + m[i:]
	})
	r := strings.NewReplacer(
		"张", string(surnames[k%len(surnames)]),
		"王", string(surnames[(k*7)%len(surnames)]),
		"李", string(surnames[(k*13)%len(surnames)]),
		"刘", string(surnames[(k*17)%len(surnames)]),
	)
	return r.Replace(s)
}
