// Package loader reads court news articles from files or the API, extracts
// courts, meetings, speakers, directives and statistics, and stores them.
//
// The work is split into subpackages with one job each: textio (encodings),
// clean (page noise), segment (gse), court (court names), meeting, people
// (speakers and directives), stats (figures), keyword, extract (the pure
// pipeline over all of them) and store (GORM writes).
package loader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gorm.io/gorm"

	"courtql/loader/extract"
	"courtql/loader/store"
	"courtql/loader/textio"
	"courtql/model"
)

// FileError is a file that could not be loaded; other files still are.
type FileError struct {
	Path string
	Err  error
}

func (e FileError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }
func (e FileError) Unwrap() error { return e.Err }

// Summary counts what a Load did.
type Summary struct {
	Created, Replaced, Unchanged int
	Failed                       []FileError
	Warnings                     []string
}

// Err joins the failures, nil when every file loaded.
func (s Summary) Err() error {
	errs := make([]error, len(s.Failed))
	for i, f := range s.Failed {
		errs[i] = f
	}
	return errors.Join(errs...)
}

// Loader stores articles into one database.
type Loader struct {
	DB *gorm.DB
	// OnStored, when set, is called after a document is created or replaced
	// (the server reindexes search and notifies subscribers).
	OnStored func(ctx context.Context, doc model.Document, meetings []model.Meeting)
	// OnDeleted, when set, is called after a document is deleted.
	OnDeleted func(ctx context.Context, documentID uint)
}

// Load loads every path: a file, or a directory whose .txt files are loaded
// (recursively, in name order). A file whose content is already stored is
// skipped without extracting it again. A bad file is reported in the summary
// and does not stop the others.
func (l *Loader) Load(ctx context.Context, paths ...string) (Summary, error) {
	var sum Summary
	for _, p := range paths {
		files, err := listFiles(p)
		if err != nil {
			return sum, err
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			out, warnings, err := l.loadFile(ctx, f.path, f.source)
			if err != nil {
				sum.Failed = append(sum.Failed, FileError{Path: f.path, Err: err})
				continue
			}
			for _, w := range warnings {
				sum.Warnings = append(sum.Warnings, f.path+": "+w)
			}
			switch out {
			case store.Created:
				sum.Created++
			case store.Replaced:
				sum.Replaced++
			default:
				sum.Unchanged++
			}
		}
	}
	return sum, nil
}

type file struct{ path, source string }

// listFiles expands a path to the files to load and the source label each is
// stored under: the path relative to the directory given, or the base name.
func listFiles(p string) ([]file, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", p, err)
	}
	if !info.IsDir() {
		return []file{{p, filepath.Base(p)}}, nil
	}
	var out []file
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".txt") {
			return nil
		}
		rel, err := filepath.Rel(p, path)
		if err != nil {
			return err
		}
		out = append(out, file{path, filepath.ToSlash(rel)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", p, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].source < out[j].source })
	return out, nil
}

func (l *Loader) loadFile(ctx context.Context, path, source string) (store.Outcome, []string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, nil, err
	}
	hash := store.HashText(raw)
	old, err := store.StoredHash(ctx, l.DB, source)
	if err != nil {
		return 0, nil, err
	}
	if old == hash {
		return store.Unchanged, nil, nil
	}
	s, err := textio.Decode(raw)
	if err != nil {
		return 0, nil, err
	}
	out, diag, err := l.save(ctx, source, s, hash)
	return out, diag, err
}

func (l *Loader) save(ctx context.Context, source, s, hash string) (store.Outcome, []string, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil, errors.New("empty file")
	}
	res, diag := extract.Extract(source, s)
	doc, meetings, out, err := store.Save(ctx, l.DB, res, hash)
	if err != nil {
		return 0, nil, err
	}
	if out != store.Unchanged && l.OnStored != nil {
		l.OnStored(ctx, doc, meetings)
	}
	return out, diag, nil
}

// Ingest stores a text given over the API under a source label. It
// implements model.Ingester.
func (l *Loader) Ingest(ctx context.Context, source, text string) (model.IngestReport, error) {
	source = strings.TrimSpace(source)
	if source == "" {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "source: must not be empty")
	}
	if strings.TrimSpace(text) == "" {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "text: must not be empty")
	}
	res, diag := extract.Extract(source, text)
	doc, meetings, _, err := store.Save(ctx, l.DB, res, store.HashText([]byte(text)))
	if err != nil {
		return model.IngestReport{}, err
	}
	rep := model.IngestReport{DocumentID: doc.ID, Warnings: diag}
	for _, m := range meetings {
		rep.MeetingIDs = append(rep.MeetingIDs, m.ID)
	}
	if l.OnStored != nil {
		l.OnStored(ctx, doc, meetings)
	}
	return rep, nil
}

// Delete removes a document and its entities. It implements model.Ingester.
func (l *Loader) Delete(ctx context.Context, documentID uint) error {
	if err := store.Delete(ctx, l.DB, documentID); err != nil {
		return err
	}
	if l.OnDeleted != nil {
		l.OnDeleted(ctx, documentID)
	}
	return nil
}
