// Package loader reads court news articles from files or the API, extracts
// courts, meetings, speakers, directives and statistics, and stores them.
//
// The work is split into subpackages with one job each: textio (encodings),
// clean (page noise), segment (gse), court (court names), meeting, people
// (speakers and directives), stats (figures), keyword, extract (the pure
// pipeline over all of them) and store (GORM writes).
//
// Files and ingested texts take one path (pipeline.go): read and decode,
// extract in parallel workers, then one writer stores documents in batched
// transactions, each document with its entities and search rows, and tells
// the Listeners once the transaction has committed.
package loader

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

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
	Created, Replaced, Unchanged, Duplicates int
	Failed                                   []FileError
	Warnings                                 []string
}

// Err joins the failures, nil when every file loaded.
func (s Summary) Err() error {
	errs := make([]error, len(s.Failed))
	for i, f := range s.Failed {
		errs[i] = f
	}
	return errors.Join(errs...)
}

// Defaults of the Loader's tuning fields.
const (
	DefaultBatchSize  = 64
	DefaultBatchDelay = 200 * time.Millisecond
)

// Loader stores articles into one database.
type Loader struct {
	DB *gorm.DB
	// Indexer, when set, writes each document's search rows inside the
	// transaction that stores it (the server passes the search index).
	Indexer store.Indexer
	// Listeners are told of every document stored or deleted, after commit.
	Listeners []Listener
	// MaxFileBytes refuses larger files and ingested texts; 0 means
	// textio.DefaultMaxBytes, a negative value no limit.
	MaxFileBytes int64
	// Workers is the number of extraction workers; 0 means runtime.NumCPU().
	Workers int
	// BatchSize and BatchDelay bound a write transaction: at most BatchSize
	// documents, and a batch is committed BatchDelay after its first
	// document at the latest. 0 means DefaultBatchSize / DefaultBatchDelay.
	BatchSize  int
	BatchDelay time.Duration

	// mu serialises this process's write transactions (SQLite allows one
	// writer; waiting here is cheaper than on its busy timeout).
	mu sync.Mutex
}

func (l *Loader) maxBytes() int64 {
	switch {
	case l.MaxFileBytes == 0:
		return textio.DefaultMaxBytes
	case l.MaxFileBytes < 0:
		return 0
	}
	return l.MaxFileBytes
}

// errNoText refuses an article whose every line is page noise (navigation,
// share buttons, footers): stored, it would be a document with no text that
// no query or search can ever return.
var errNoText = errors.New("no article text: only page noise (navigation, footers) after cleaning")

// extractText is the pipeline's one call into extraction. It passes ctx
// on, so a request's deadline, a cancelled load and SIGTERM stop the
// extraction of a long text instead of leaving it to run for minutes.
func extractText(ctx context.Context, source, text string) (extract.Result, []string, error) {
	return extract.ExtractContext(ctx, source, text)
}

// save stores items in one transaction and tells the listeners about each
// document created or replaced.
func (l *Loader) save(ctx context.Context, items []store.Item) ([]store.Saved, error) {
	l.mu.Lock()
	saved, err := store.SaveBatch(ctx, l.DB, l.Indexer, items)
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	for _, s := range saved {
		if s.Err == nil && (s.Outcome == store.Created || s.Outcome == store.Replaced) {
			l.emit(ctx, Event{Kind: DocumentStored, Document: s.Document, Meetings: s.Meetings})
		}
	}
	return saved, nil
}

// Ingest stores a text given over the API under a source label, through the
// same store path as Load. It implements model.Ingester.
func (l *Loader) Ingest(ctx context.Context, source, text string) (model.IngestReport, error) {
	source = strings.TrimSpace(source)
	if source == "" {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "source: must not be empty")
	}
	if strings.TrimSpace(text) == "" {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "text: must not be empty")
	}
	if limit := l.maxBytes(); limit > 0 && int64(len(text)) > limit {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "text: %d bytes, over the limit of %d bytes", len(text), limit)
	}
	// The same check as a file's: text that is mostly NUL and control
	// characters is binary content sent as a string.
	if _, _, err := textio.DecodeWarn([]byte(text)); err != nil {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "text: %v", err)
	}
	res, diag, err := extractText(ctx, source, text)
	if err != nil {
		return model.IngestReport{}, fmt.Errorf("extract %s: %w", source, err)
	}
	if strings.TrimSpace(res.Text) == "" {
		return model.IngestReport{}, model.Errorf(model.EInvalid, "text: %v", errNoText)
	}
	saved, err := l.save(ctx, []store.Item{{Result: res, Hash: store.HashText([]byte(text)), Terms: l.prepareTerms(res)}})
	if err != nil {
		return model.IngestReport{}, err
	}
	s := saved[0]
	if s.Err != nil {
		return model.IngestReport{}, s.Err
	}
	rep := model.IngestReport{DocumentID: s.Document.ID, Warnings: append(diag, s.Warnings...)}
	if s.Outcome == store.Duplicate {
		rep.Warnings = append(rep.Warnings, "duplicate of "+s.DuplicateOf)
	}
	for _, m := range s.Meetings {
		rep.MeetingIDs = append(rep.MeetingIDs, m.ID)
	}
	return rep, nil
}

// Delete removes a document and its entities. It implements model.Ingester.
func (l *Loader) Delete(ctx context.Context, documentID uint) error {
	l.mu.Lock()
	err := store.Delete(ctx, l.DB, l.Indexer, documentID)
	l.mu.Unlock()
	if err != nil {
		return err
	}
	l.emit(ctx, Event{Kind: DocumentDeleted, Document: model.Document{ID: documentID}})
	return nil
}
