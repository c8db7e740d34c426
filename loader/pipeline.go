package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"courtql/loader/extract"
	"courtql/loader/store"
	"courtql/loader/textio"
)

// aheadPerWorker bounds how many files may be read and extracted ahead of
// the writer, per worker: enough to keep workers busy while a batch commits,
// few enough to bound memory whatever the number of files.
const aheadPerWorker = 64

// prepared is one file after reading, decoding and extraction: an item to
// store, or an outcome decided without the writer (unchanged, failed).
type prepared struct {
	seq       int
	file      file
	item      *store.Item
	unchanged bool
	// stamp is the file's new stamp, to save once it is stored (or, when
	// unchanged, at once); nil when its stamp is current or unknown.
	stamp    *store.FileStamp
	warnings []string
	err      error
}

// Load loads every path: a file, or a directory whose .txt files are loaded
// (recursively, in name order). A file whose content is already stored is
// skipped without extracting it again (the stored hashes are read in one
// query); one whose size and mtime match its file stamp is not even read.
// A bad file is reported in the summary and does not stop the
// others.
//
// Files are read and extracted by Workers goroutines; this goroutine is the
// one writer. It stores documents in file order (so a load is reproducible,
// and an interrupted load resumed gives what an uninterrupted one gives) in
// transactions of up to BatchSize documents.
func (l *Loader) Load(ctx context.Context, paths ...string) (Summary, error) {
	var sum Summary
	var files []file
	for _, p := range paths {
		fs, bad, skipped, err := listFiles(p)
		if err != nil {
			return sum, err
		}
		for _, name := range skipped {
			sum.Warnings = append(sum.Warnings, name+": not a .txt file; not read")
		}
		files = append(files, fs...)
		sum.Failed = append(sum.Failed, bad...)
	}
	if len(files) == 0 {
		return sum, nil
	}
	known, err := store.KnownHashes(ctx, l.DB)
	if err != nil {
		return sum, err
	}
	stamps, err := store.KnownStamps(ctx, l.DB)
	if err != nil {
		return sum, err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	window := make(chan struct{}, workers*aheadPerWorker)
	jobs := make(chan int)
	results := make(chan prepared, workers)
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := l.prepare(ctx, files[i], known, stamps)
				p.seq = i
				results <- p
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := batchWriter{l: l, sum: &sum}
	pending := map[int]prepared{}
	next := 0
	for {
		select {
		case p, ok := <-results:
			if !ok {
				w.flush(ctx)
				w.saveStamps(ctx)
				return sum, ctx.Err()
			}
			pending[p.seq] = p
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				w.add(ctx, p)
			}
		case <-w.due:
			w.flush(ctx)
		}
	}
}

// prepare reads, decodes and extracts one file; a file its stamp shows
// unchanged is not read at all.
func (l *Loader) prepare(ctx context.Context, f file, known map[string]string, stamps map[string]store.FileStamp) prepared {
	p := prepared{file: f}
	if err := ctx.Err(); err != nil {
		p.err = err
		return p
	}
	stamp := statStamp(f.path)
	if stamp != nil {
		old, ok := stamps[stamp.Path]
		if ok && old.Size == stamp.Size && old.ModTime == stamp.ModTime && old.Hash != "" && known[f.source] == old.Hash {
			p.unchanged = true
			return p
		}
	}
	raw, err := textio.ReadRegular(f.path, l.maxBytes())
	if err != nil {
		p.err = err
		return p
	}
	hash := store.HashText(raw)
	if stamp != nil && stamp.Size == int64(len(raw)) {
		// Stamped with the stat taken before reading: a file changed
		// since has a newer mtime, so the next load reads it again.
		stamp.Hash = hash
		p.stamp = stamp
	}
	if known[f.source] == hash {
		p.unchanged = true
		return p
	}
	s, warning, err := textio.DecodeWarn(raw)
	if err != nil {
		p.err = err
		return p
	}
	if warning != "" {
		p.warnings = append(p.warnings, warning)
	}
	if strings.TrimSpace(s) == "" {
		p.err = errors.New("empty file")
		return p
	}
	res, diag, err := extractText(ctx, f.source, s)
	if err != nil {
		p.err = err
		return p
	}
	if strings.TrimSpace(res.Text) == "" {
		p.err = errNoText
		return p
	}
	p.warnings = append(p.warnings, diag...)
	p.item = &store.Item{Result: res, Hash: hash, Terms: l.prepareTerms(res)}
	return p
}

// prepareTerms segments what the search index will index for res, in the
// calling extraction worker rather than in the one writer (nil when the
// Indexer cannot).
func (l *Loader) prepareTerms(res extract.Result) map[string]string {
	tp, ok := l.Indexer.(store.TextPreparer)
	if !ok {
		return nil
	}
	texts := store.IndexTexts(res)
	if len(texts) == 0 {
		return nil
	}
	return tp.PrepareTerms(texts)
}

// statStamp returns the stamp of a regular file at path without its hash,
// or nil when it cannot be stamped (not a regular file, stat fails: reading
// it reports why).
func statStamp(path string) *store.FileStamp {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	info, err := os.Stat(abs)
	if err != nil || !info.Mode().IsRegular() {
		return nil
	}
	return &store.FileStamp{Path: abs, Size: info.Size(), ModTime: info.ModTime().UnixNano()}
}

// batchWriter gathers prepared files into batches and stores them.
type batchWriter struct {
	l     *Loader
	sum   *Summary
	batch []prepared
	timer *time.Timer
	due   <-chan time.Time
	// stamps are those of files stored or found unchanged, not yet saved.
	stamps []store.FileStamp
}

// saveStamps saves the gathered file stamps; a failure only costs the next
// load a read of those files, so it is a warning.
func (w *batchWriter) saveStamps(ctx context.Context) {
	if err := store.SaveStamps(ctx, w.l.DB, w.stamps); err != nil {
		w.sum.Warnings = append(w.sum.Warnings, err.Error())
	}
	w.stamps = nil
}

// add accounts for p, storing the batch when it is full.
func (w *batchWriter) add(ctx context.Context, p prepared) {
	for _, warn := range p.warnings {
		w.sum.Warnings = append(w.sum.Warnings, p.file.path+": "+warn)
	}
	switch {
	case p.err != nil && ctx.Err() != nil && errors.Is(p.err, ctx.Err()):
		return // not read because the load was cancelled
	case p.err != nil:
		w.sum.Failed = append(w.sum.Failed, FileError{Path: p.file.path, Err: p.err})
		return
	case p.unchanged:
		w.sum.Unchanged++
		if p.stamp != nil {
			w.stamps = append(w.stamps, *p.stamp)
		}
		return
	}
	w.batch = append(w.batch, p)
	if len(w.batch) == 1 {
		delay := w.l.BatchDelay
		if delay <= 0 {
			delay = DefaultBatchDelay
		}
		w.timer = time.NewTimer(delay)
		w.due = w.timer.C
	}
	size := w.l.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	if len(w.batch) >= size {
		w.flush(ctx)
	}
}

// flush stores the gathered batch in one transaction.
func (w *batchWriter) flush(ctx context.Context) {
	if w.timer != nil {
		w.timer.Stop()
		w.timer, w.due = nil, nil
	}
	batch := w.batch
	w.batch = nil
	if len(batch) == 0 {
		return
	}
	items := make([]store.Item, len(batch))
	for i, p := range batch {
		items[i] = *p.item
	}
	saved, err := w.l.save(ctx, items)
	for i, p := range batch {
		switch {
		case err != nil:
			w.sum.Failed = append(w.sum.Failed, FileError{Path: p.file.path, Err: err})
			continue
		case saved[i].Err != nil:
			w.sum.Failed = append(w.sum.Failed, FileError{Path: p.file.path, Err: saved[i].Err})
			continue
		}
		for _, warn := range saved[i].Warnings {
			w.sum.Warnings = append(w.sum.Warnings, p.file.path+": "+warn)
		}
		if p.stamp != nil {
			w.stamps = append(w.stamps, *p.stamp)
		}
		switch saved[i].Outcome {
		case store.Created:
			w.sum.Created++
		case store.Replaced:
			w.sum.Replaced++
		case store.Duplicate:
			w.sum.Duplicates++
			w.sum.Warnings = append(w.sum.Warnings, p.file.path+": duplicate of "+saved[i].DuplicateOf)
		default:
			w.sum.Unchanged++
		}
	}
	w.saveStamps(ctx)
}
