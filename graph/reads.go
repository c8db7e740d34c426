package graph

// reads.go runs the nested fields' statements (db.go's batch functions) with
// database/sql instead of GORM. A CPU profile of the benchmark query had 16%
// in SQLite preparing the same statements again on every request and 39% in
// GORM's Execute (statement building, reflection scan); here each statement
// is prepared once and kept (database/sql re-prepares it lazily on each pooled
// connection), and rows are scanned into the model structs by hand.
//
// The SQL stays portable: placeholders are written as ? and rebound for
// PostgreSQL ($1, $2, ...), and IN lists are padded to a few fixed lengths
// with id 0 (which no row has) so that a handful of statement texts serve
// every group size.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"gorm.io/gorm"

	"courtql/model"
)

// reader runs prepared read statements on one pool.
type reader struct {
	db       *sql.DB
	postgres bool

	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// maxStmts bounds the statements a reader keeps; past it they are all closed
// and prepared again as needed (the texts are few: see padLen).
const maxStmts = 512

// readers holds one reader per pool, so statements prepared for one request
// serve the next.
var readers sync.Map // *sql.DB → *reader

// errNoPool is the error of reads through a scope made without a database pool.
var errNoPool = errors.New("graph: no database pool to read from")

// readerOf returns the reader over pool, or over db's own pool when pool is
// nil. pool is a replica of db's database, so db gives the dialect.
func readerOf(db *gorm.DB, pool *sql.DB) (*reader, error) {
	if db == nil {
		return nil, errNoPool
	}
	sqlDB := pool
	if sqlDB == nil {
		var err error
		if sqlDB, err = db.DB(); err != nil {
			return nil, fmt.Errorf("graph: database pool: %w", err)
		}
	}
	if r, ok := readers.Load(sqlDB); ok {
		return r.(*reader), nil
	}
	r, _ := readers.LoadOrStore(sqlDB, &reader{db: sqlDB, postgres: db.Dialector.Name() == "postgres", stmts: map[string]*sql.Stmt{}})
	return r.(*reader), nil
}

// stmt returns q prepared, preparing it on first use. q's placeholders are
// ? (rebound for PostgreSQL).
func (r *reader) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	return r.prepared(ctx, q, r.rebind)
}

// prepared returns q prepared, with bind applied to it the first time.
func (r *reader) prepared(ctx context.Context, q string, bind func(string) string) (*sql.Stmt, error) {
	if r == nil {
		return nil, errNoPool
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if st := r.stmts[q]; st != nil {
		return st, nil
	}
	if len(r.stmts) >= maxStmts {
		for k, st := range r.stmts {
			st.Close()
			delete(r.stmts, k)
		}
	}
	st, err := r.db.PrepareContext(ctx, bind(q))
	if err != nil {
		return nil, err
	}
	r.stmts[q] = st
	return st, nil
}

// rebind turns ? placeholders into PostgreSQL's $n; the statements here have
// no ? inside string literals.
func (r *reader) rebind(q string) string {
	if !r.postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// query runs q and scans every row with spec.
func query[T any](ctx context.Context, r *reader, spec rowSpec[T], q string, args ...any) ([]*T, error) {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return scanAll(ctx, st, spec, args)
}

// queryBound is query for SQL whose placeholders are already the
// database's own (written by GORM for its dialect).
func queryBound[T any](ctx context.Context, r *reader, spec rowSpec[T], q string, args ...any) ([]*T, error) {
	st, err := r.prepared(ctx, q, func(q string) string { return q })
	if err != nil {
		return nil, err
	}
	return scanAll(ctx, st, spec, args)
}

// run runs a prepared statement. A request's context can be cancelled (its
// timeout), and go-sqlite3 then steps every row in a new goroutine, waiting on
// a channel beside the context: 25% of the server's CPU for the benchmark
// query, whose ~1,000 rows cost ~1,000 goroutines. The reads here are short
// (a page, or one IN list of a page's ids), so cancellation is checked before
// each statement instead of during it: a timed-out request runs no further
// statement, and the one running ends by itself within milliseconds.
func run(ctx context.Context, st *sql.Stmt, args []any) (*sql.Rows, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return st.QueryContext(context.WithoutCancel(ctx), args...)
}

func scanAll[T any](ctx context.Context, st *sql.Stmt, spec rowSpec[T], args []any) ([]*T, error) {
	rows, err := run(ctx, st, args)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	dest, build := spec.bind()
	var out []*T
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, build())
	}
	return out, rows.Err()
}

// padLen is the length an IN list of n ids is padded to: the next power of
// two up to 1024 (so at most 11 texts per statement), n itself beyond.
func padLen(n int) int {
	if n > 1024 {
		return n
	}
	p := 1
	for p < n {
		p *= 2
	}
	return p
}

// inList returns "(?,?,…)" for ids padded to padLen and the arguments, the
// padding being id 0, which no row has.
func inList(ids []uint) (string, []any) {
	n := padLen(len(ids))
	args := make([]any, n)
	for i := range args {
		if i < len(ids) {
			args[i] = int64(ids[i])
		} else {
			args[i] = int64(0)
		}
	}
	return "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")", args
}

// rowSpec reads rows of one model type: its table, the columns read (in scan
// order) and bind, which returns scan destinations and a function building a
// row from the values last scanned into them. Destinations are made once per
// statement, not per row.
type rowSpec[T any] struct {
	table string
	cols  []string
	bind  func() (dest []any, build func() *T)
}

// colList returns spec's columns, each prefixed with alias.
func (s rowSpec[T]) colList(alias string) string {
	var b strings.Builder
	for i, c := range s.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(alias)
		b.WriteString(c)
	}
	return b.String()
}

// specOf returns the rowSpec of a model type the graph reads.
func specOf[T any]() rowSpec[T] {
	var s any
	switch any((*T)(nil)).(type) {
	case *model.Court:
		s = courtSpec
	case *model.CourtAlias:
		s = courtAliasSpec
	case *model.Document:
		s = documentSpec
	case *model.Meeting:
		s = meetingSpec
	case *model.Speaker:
		s = speakerSpec
	case *model.Attendance:
		s = attendanceSpec
	case *model.Directive:
		s = directiveSpec
	case *model.Statistic:
		s = statisticSpec
	case *model.Keyword:
		s = keywordSpec
	default:
		panic(fmt.Sprintf("graph: no row spec for %T", (*T)(nil)))
	}
	return s.(rowSpec[T])
}

// Scan destinations. database/sql converts an int64 or float64 into a Go
// int64 by reflection, and refuses NULL for a plain value; these take the
// driver's values directly, NULL being nil or zero (for columns that are
// nullable in the schema but always written).

// intCol is an integer column; NULL scans as 0.
type intCol int64

func (c *intCol) Scan(v any) error {
	switch x := v.(type) {
	case int64:
		*c = intCol(x)
	case nil:
		*c = 0
	case float64:
		*c = intCol(x)
	case bool:
		*c = 0
		if x {
			*c = 1
		}
	default:
		return fmt.Errorf("integer column holds %T", v)
	}
	return nil
}

// nullInt is a nullable integer column.
type nullInt struct {
	v  int64
	ok bool
}

func (c *nullInt) Scan(v any) error {
	if v == nil {
		*c = nullInt{}
		return nil
	}
	var i intCol
	if err := i.Scan(v); err != nil {
		return err
	}
	*c = nullInt{int64(i), true}
	return nil
}

func (c nullInt) uint() *uint {
	if !c.ok {
		return nil
	}
	u := uint(c.v)
	return &u
}

func (c nullInt) int() *int {
	if !c.ok {
		return nil
	}
	i := int(c.v)
	return &i
}

// floatCol is a real column; NULL scans as 0.
type floatCol float64

func (c *floatCol) Scan(v any) error {
	switch x := v.(type) {
	case float64:
		*c = floatCol(x)
	case int64:
		*c = floatCol(x)
	case []byte:
		return c.Scan(string(x))
	case string:
		// PostgreSQL's numeric (GORM's type for a float64 there) comes as text.
		f, err := strconv.ParseFloat(x, 64)
		if err != nil {
			return fmt.Errorf("real column holds %q: %w", x, err)
		}
		*c = floatCol(f)
	case nil:
		*c = 0
	default:
		return fmt.Errorf("real column holds %T", v)
	}
	return nil
}

// nullFloat is a nullable real column.
type nullFloat struct {
	v  float64
	ok bool
}

func (c *nullFloat) Scan(v any) error {
	if v == nil {
		*c = nullFloat{}
		return nil
	}
	var f floatCol
	if err := f.Scan(v); err != nil {
		return err
	}
	*c = nullFloat{float64(f), true}
	return nil
}

func (c nullFloat) ptr() *float64 {
	if !c.ok {
		return nil
	}
	f := c.v
	return &f
}

// strCol is a text column; NULL scans as "".
type strCol string

func (c *strCol) Scan(v any) error {
	switch x := v.(type) {
	case string:
		*c = strCol(x)
	case []byte:
		*c = strCol(x)
	case nil:
		*c = ""
	default:
		return fmt.Errorf("text column holds %T", v)
	}
	return nil
}

// nullStr is a nullable text column.
type nullStr struct {
	v  string
	ok bool
}

func (c *nullStr) Scan(v any) error {
	if v == nil {
		*c = nullStr{}
		return nil
	}
	var s strCol
	if err := s.Scan(v); err != nil {
		return err
	}
	*c = nullStr{string(s), true}
	return nil
}

func (c nullStr) ptr() *string {
	if !c.ok {
		return nil
	}
	s := c.v
	return &s
}

// The specs read every column the graph shows; created_at and loaded_at are
// not in the schema and are left zero.

var courtSpec = rowSpec[model.Court]{
	table: "courts",
	cols:  []string{"id", "uid", "name", "level", "province", "city", "parent_id"},
	bind: func() ([]any, func() *model.Court) {
		var id intCol
		var uid, name, level strCol
		var province, city nullStr
		var parent nullInt
		return []any{&id, &uid, &name, &level, &province, &city, &parent}, func() *model.Court {
			return &model.Court{ID: uint(id), UID: string(uid), Name: string(name), Level: model.CourtLevel(level),
				Province: province.ptr(), City: city.ptr(), ParentID: parent.uint()}
		}
	},
}

var courtAliasSpec = rowSpec[model.CourtAlias]{
	table: "court_aliases",
	cols:  []string{"id", "court_id", "alias"},
	bind: func() ([]any, func() *model.CourtAlias) {
		var id, court intCol
		var alias strCol
		return []any{&id, &court, &alias}, func() *model.CourtAlias {
			return &model.CourtAlias{ID: uint(id), CourtID: uint(court), Alias: string(alias)}
		}
	},
}

var documentSpec = rowSpec[model.Document]{
	table: "documents",
	cols:  []string{"id", "uid", "source", "hash", "title", "published_at", "text"},
	bind: func() ([]any, func() *model.Document) {
		var id intCol
		var uid, source, hash, text strCol
		var title, published nullStr
		return []any{&id, &uid, &source, &hash, &title, &published, &text}, func() *model.Document {
			return &model.Document{ID: uint(id), UID: string(uid), Source: string(source), Hash: string(hash),
				Title: title.ptr(), PublishedAt: published.ptr(), Text: string(text)}
		}
	},
}

var meetingSpec = rowSpec[model.Meeting]{
	table: "meetings",
	cols:  []string{"id", "uid", "document_id", "seq", "title", "name", "kind", "date", "date_text", "host_id"},
	bind: func() ([]any, func() *model.Meeting) {
		var id, doc, seq intCol
		var uid, name, kind strCol
		var title, date, dateText nullStr
		var host nullInt
		return []any{&id, &uid, &doc, &seq, &title, &name, &kind, &date, &dateText, &host}, func() *model.Meeting {
			return &model.Meeting{ID: uint(id), UID: string(uid), DocumentID: uint(doc), Seq: int(seq), Title: title.ptr(),
				Name: string(name), Kind: string(kind), Date: date.ptr(), DateText: dateText.ptr(), HostID: host.uint()}
		}
	},
}

var speakerSpec = rowSpec[model.Speaker]{
	table: "speakers",
	cols:  []string{"id", "uid", "name", "court_id"},
	bind: func() ([]any, func() *model.Speaker) {
		var id intCol
		var uid, name strCol
		var court nullInt
		return []any{&id, &uid, &name, &court}, func() *model.Speaker {
			return &model.Speaker{ID: uint(id), UID: string(uid), Name: string(name), CourtID: court.uint()}
		}
	},
}

var attendanceSpec = rowSpec[model.Attendance]{
	table: "attendances",
	cols:  []string{"id", "meeting_id", "speaker_id", "seq", "roles", "titles", "span_start", "span_end"},
	bind: func() ([]any, func() *model.Attendance) {
		var id, meeting, speaker, seq, start, end intCol
		var roles, titles strCol
		return []any{&id, &meeting, &speaker, &seq, &roles, &titles, &start, &end}, func() *model.Attendance {
			return &model.Attendance{ID: uint(id), MeetingID: uint(meeting), SpeakerID: uint(speaker), Seq: int(seq),
				Roles: string(roles), Titles: string(titles), SpanStart: int(start), SpanEnd: int(end)}
		}
	},
}

var directiveSpec = rowSpec[model.Directive]{
	table: "directives",
	cols:  []string{"id", "uid", "meeting_id", "speaker_id", "seq", "ordinal", "text", "topic", "span_start", "span_end"},
	bind: func() ([]any, func() *model.Directive) {
		var id, meeting, seq, start, end intCol
		var uid, text strCol
		var speaker, ordinal nullInt
		var topic nullStr
		return []any{&id, &uid, &meeting, &speaker, &seq, &ordinal, &text, &topic, &start, &end}, func() *model.Directive {
			return &model.Directive{ID: uint(id), UID: string(uid), MeetingID: uint(meeting), SpeakerID: speaker.uint(),
				Seq: int(seq), Ordinal: ordinal.int(), Text: string(text), Topic: topic.ptr(),
				SpanStart: int(start), SpanEnd: int(end)}
		}
	},
}

var statisticSpec = rowSpec[model.Statistic]{
	table: "statistics",
	cols: []string{"id", "uid", "meeting_id", "seq", "metric", "value", "unit", "period", "scope", "change",
		"change_unit", "change_rate", "redacted", "text", "span_start", "span_end"},
	bind: func() ([]any, func() *model.Statistic) {
		var id, meeting, seq, redacted, start, end intCol
		var uid, metric, text strCol
		var value, change, rate nullFloat
		var unit, period, scope, changeUnit nullStr
		dest := []any{&id, &uid, &meeting, &seq, &metric, &value, &unit, &period, &scope, &change, &changeUnit, &rate,
			&redacted, &text, &start, &end}
		return dest, func() *model.Statistic {
			return &model.Statistic{ID: uint(id), UID: string(uid), MeetingID: uint(meeting), Seq: int(seq),
				Metric: string(metric), Value: value.ptr(), Unit: unit.ptr(), Period: period.ptr(), Scope: scope.ptr(),
				Change: change.ptr(), ChangeUnit: changeUnit.ptr(), ChangeRate: rate.ptr(),
				Redacted: redacted != 0, Text: string(text), SpanStart: int(start), SpanEnd: int(end)}
		}
	},
}

var keywordSpec = rowSpec[model.Keyword]{
	table: "keywords",
	cols:  []string{"id", "meeting_id", "directive_id", "word", "weight", "seq"},
	bind: func() ([]any, func() *model.Keyword) {
		var id, meeting, seq intCol
		var directive nullInt
		var word strCol
		var weight floatCol
		return []any{&id, &meeting, &directive, &word, &weight, &seq}, func() *model.Keyword {
			return &model.Keyword{ID: uint(id), MeetingID: uint(meeting), DirectiveID: directive.uint(), Word: string(word),
				Weight: float64(weight), Seq: int(seq)}
		}
	},
}
