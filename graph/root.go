package graph

// root.go holds the helpers behind Query, Mutation and Subscription fields.

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"gorm.io/gorm"

	"courtql/model"
)

// isoDate is the form of a Date argument.
var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func checkDate(name string, d *string) error {
	if d == nil {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, *d); err != nil || !isoDate.MatchString(*d) {
		return model.Errorf(model.EInvalid, "%s must be a date YYYY-MM-DD, got %q", name, *d)
	}
	return nil
}

func (r *Resolver) courts(ctx context.Context, first *int, after *string, f *CourtFilter) (*CourtConnection, error) {
	p, err := newPage(first, after, orderByName)
	if err != nil {
		return nil, err
	}
	pg, err := rootPage(ctx, courtsQuery(ctx, r.db, f), orderByName, p, courtKey)
	return courtConnection(pg), err
}

// meetingOrder maps the orderBy argument to a keyset ordering. Without one,
// the newest meetings come first (undated ones last): what a news feed shows.
func meetingOrder(o *MeetingOrder) order {
	if o == nil {
		return orderByDateDsc
	}
	desc := o.Direction != nil && *o.Direction == OrderDirectionDesc
	switch {
	case o.Field == MeetingOrderFieldName && desc:
		return orderByNameDsc
	case o.Field == MeetingOrderFieldName:
		return orderByName
	case desc:
		return orderByDateDsc
	default:
		return orderByDate
	}
}

// meetingsQuery validates the dates of f and applies it.
func (r *Resolver) meetingsQuery(ctx context.Context, f *MeetingFilter) (*gorm.DB, error) {
	if f != nil {
		if err := errors.Join(checkDate("dateFrom", f.DateFrom), checkDate("dateTo", f.DateTo)); err != nil {
			return nil, err
		}
	}
	return meetingsQuery(ctx, r.db, f)
}

func (r *Resolver) meetings(ctx context.Context, first *int, after *string, f *MeetingFilter, ob *MeetingOrder) (*MeetingConnection, error) {
	o := meetingOrder(ob)
	p, err := newPage(first, after, o)
	if err != nil {
		return nil, err
	}
	q, err := r.meetingsQuery(ctx, f)
	if err != nil {
		return nil, err
	}
	pg, err := rootPage(ctx, q, o, p, meetingKey(o))
	return meetingConnection(pg), err
}

func (r *Resolver) speakers(ctx context.Context, first *int, after *string, f *SpeakerFilter) (*SpeakerConnection, error) {
	p, err := newPage(first, after, orderByID)
	if err != nil {
		return nil, err
	}
	q, err := speakersQuery(ctx, r.db, f)
	if err != nil {
		return nil, err
	}
	pg, err := rootPage(ctx, q, orderByID, p, speakerKey)
	return speakerConnection(pg), err
}

func (r *Resolver) directives(ctx context.Context, first *int, after *string, f *DirectiveFilter) (*DirectiveConnection, error) {
	p, err := newPage(first, after, orderByID)
	if err != nil {
		return nil, err
	}
	q, err := directivesQuery(ctx, r.db, f)
	if err != nil {
		return nil, err
	}
	pg, err := rootPage(ctx, q, orderByID, p, directiveKey)
	return directiveConnection(pg), err
}

func (r *Resolver) statistics(ctx context.Context, first *int, after *string, f *StatisticFilter) (*StatisticConnection, error) {
	p, err := newPage(first, after, orderByID)
	if err != nil {
		return nil, err
	}
	q, err := statisticsQuery(ctx, r.db, f)
	if err != nil {
		return nil, err
	}
	pg, err := rootPage(ctx, q, orderByID, p, statisticKey)
	return statisticConnection(pg), err
}

// node loads one node by global ID; nil when there is none.
func (r *Resolver) node(ctx context.Context, id string) (Node, error) {
	ns, err := r.nodes(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return ns[0], nil
}

// nodes loads nodes by global ID, one query per type, in the order given.
func (r *Resolver) nodes(ctx context.Context, ids []string) ([]Node, error) {
	if len(ids) > maxFirst {
		return nil, model.Errorf(model.EInvalid, "at most %d ids, got %d", maxFirst, len(ids))
	}
	type ref struct{ typ, uid string }
	refs := make([]ref, len(ids))
	byType := map[string][]string{}
	for i, id := range ids {
		typ, uid, err := parseGlobalID(id)
		if err != nil {
			return nil, err
		}
		refs[i] = ref{typ, uid}
		byType[typ] = append(byType[typ], uid)
	}
	found := map[string]map[string]Node{}
	for typ, uids := range byType {
		m, err := nodesByUID(ctx, scopeOf(ctx), typ, uids)
		if err != nil {
			return nil, err
		}
		found[typ] = m
	}
	out := make([]Node, len(ids))
	for i, ref := range refs {
		if n, ok := found[ref.typ][ref.uid]; ok {
			out[i] = n
		}
	}
	return out, nil
}

// searchTypeNames maps SearchType values to the search package's type names.
var searchTypeNames = map[SearchType]string{
	SearchTypeMeeting:   typeMeeting,
	SearchTypeDirective: typeDirective,
	SearchTypeStatistic: typeStatistic,
	SearchTypeSpeaker:   typeSpeaker,
	SearchTypeCourt:     typeCourt,
}

func (r *Resolver) search(ctx context.Context, query string, types []SearchType, first *int, after *string) (*SearchConnection, error) {
	if r.opts.Searcher == nil {
		return nil, model.Errorf(model.EInternal, "search is not configured")
	}
	p, err := newPage(first, nil, orderByID)
	if err != nil {
		return nil, err
	}
	limit := p.first
	if limit == 0 {
		limit = 1 // the index reads 0 as "default"; ask for one hit and drop it
	}
	if strings.TrimSpace(query) == "" {
		return nil, model.Errorf(model.EInvalid, "query must not be empty")
	}
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = searchTypeNames[t]
	}
	cur := ""
	if after != nil {
		cur = *after
	}
	hits, total, hasNext, err := r.opts.Searcher.Search(ctx, query, names, limit, cur)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(hits) > p.first {
		hits, hasNext = hits[:p.first], true
	}
	conn := &SearchConnection{Edges: []*SearchEdge{}, TotalCount: total,
		PageInfo: &PageInfo{HasNextPage: hasNext, HasPreviousPage: cur != ""}}
	// One statement per hit type; the hits of a type form one sibling group.
	idsByType := map[string][]uint{}
	for _, h := range hits {
		idsByType[h.Type] = append(idsByType[h.Type], h.ID)
	}
	found := map[string]map[uint]SearchResult{}
	for typ, ids := range idsByType {
		if found[typ], err = resultsByID(ctx, scopeOf(ctx), typ, ids); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	for _, h := range hits {
		n := found[h.Type][h.ID]
		if n == nil { // deleted since indexing
			continue
		}
		conn.Edges = append(conn.Edges, &SearchEdge{Cursor: h.Cursor, Node: n, Snippet: h.Snippet, Score: h.Score})
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

func requireAdmin(ctx context.Context) error {
	if !model.IsAdmin(ctx) {
		return model.Errorf(model.EUnauthenticated, "an admin bearer token is required")
	}
	return nil
}

func (r *Resolver) ingest(ctx context.Context, in IngestInput) (*IngestPayload, error) {
	if err := requireAdmin(ctx); err != nil {
		return nil, err
	}
	if r.opts.Ingester == nil {
		return nil, model.Errorf(model.EForbidden, "ingestion is disabled on this server")
	}
	rep, err := r.opts.Ingester.Ingest(ctx, in.Source, in.Text)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", in.Source, err)
	}
	var doc model.Document
	if err := r.db.WithContext(ctx).First(&doc, rep.DocumentID).Error; err != nil {
		return nil, fmt.Errorf("ingest %s: load document: %w", in.Source, err)
	}
	meetings := []*model.Meeting{}
	if len(rep.MeetingIDs) > 0 {
		if err := r.db.WithContext(ctx).Where("id IN ?", rep.MeetingIDs).Order("seq, id").Find(&meetings).Error; err != nil {
			return nil, fmt.Errorf("ingest %s: load meetings: %w", in.Source, err)
		}
	}
	register(scopeOf(ctx), meetings)
	warnings := rep.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	return &IngestPayload{Document: &doc, Meetings: meetings, Warnings: warnings}, nil
}

func (r *Resolver) deleteDocument(ctx context.Context, id string) (*DeletePayload, error) {
	if err := requireAdmin(ctx); err != nil {
		return nil, err
	}
	if r.opts.Ingester == nil {
		return nil, model.Errorf(model.EForbidden, "ingestion is disabled on this server")
	}
	docID, err := idOf(ctx, r.db, id, typeDocument)
	if err != nil {
		return nil, err
	}
	if docID == 0 {
		return nil, model.Errorf(model.ENotFound, "no document %q", id)
	}
	if err := r.opts.Ingester.Delete(ctx, docID); err != nil {
		return nil, fmt.Errorf("delete document %d: %w", docID, err)
	}
	return &DeletePayload{DeletedID: id}, nil
}

func (r *Resolver) statisticSeries(ctx context.Context, metric string, court *string) ([]*SeriesPoint, error) {
	var cid *uint
	if court != nil {
		id, err := idOf(ctx, r.db, *court, typeCourt)
		if err != nil {
			return nil, err
		}
		cid = &id
	}
	pts, err := statisticSeries(ctx, r.db, metric, cid)
	return nonNil(register(scopeOf(ctx), pts), err)
}

func (r *Resolver) topKeywords(ctx context.Context, f *MeetingFilter, first *int) ([]*model.Keyword, error) {
	p, err := newPage(first, nil, orderByID)
	if err != nil {
		return nil, err
	}
	q, err := r.meetingsQuery(ctx, f)
	if err != nil {
		return nil, err
	}
	return nonNil(topKeywords(ctx, r.db, q, p.first))
}

func (r *Resolver) metrics(ctx context.Context) ([]*MetricSummary, error) {
	ms, err := metricSummaries(ctx, r.db)
	return nonNil(register(scopeOf(ctx), ms), err)
}

// rootPage reads one page of a root connection, counting only when
// totalCount is selected, and registers its rows as one sibling group.
func rootPage[T any](ctx context.Context, q *gorm.DB, o order, p page, key func(*T) (any, uint)) (pageOf[T], error) {
	s := scopeOf(ctx)
	p.noCursors = !wantCursors(ctx)
	pg, err := listPage(ctx, s.rd, q, o, p, wantTotal(ctx), key)
	register(s, pg.rows)
	return pg, err
}
