package graph

// db.go holds every SQL query the graph package runs. Loaders (dataloader.go)
// call the batch functions with all keys of one request level; root
// connections call the list functions.

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"gorm.io/gorm"

	"courtql/model"
)

// byIDs loads the rows of T with the given ids, in no particular order.
func byIDs[T any](ctx context.Context, r *reader, ids []uint) ([]*T, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	spec := specOf[T]()
	in, args := inList(ids)
	rows, err := query(ctx, r, spec, `SELECT `+spec.colList("")+` FROM `+spec.table+` WHERE id IN `+in, args...)
	if err != nil {
		return nil, fmt.Errorf("load %s by id: %w", spec.table, err)
	}
	return rows, nil
}

// childRows loads the rows of T whose parentCol is one of parents, grouped
// by parent, in the order given by orderSQL. where adds a fixed condition.
func childRows[T any](ctx context.Context, r *reader, parentCol, where, orderSQL string, parents []uint, parent func(*T) uint) (map[uint][]*T, error) {
	spec := specOf[T]()
	in, args := inList(parents)
	q := `SELECT ` + spec.colList("") + ` FROM ` + spec.table + ` WHERE ` + parentCol + ` IN ` + in
	if where != "" {
		q += " AND " + where
	}
	rows, err := query(ctx, r, spec, q+` ORDER BY `+orderSQL, args...)
	if err != nil {
		return nil, fmt.Errorf("load %s by %s: %w", spec.table, parentCol, err)
	}
	return byParent(rows, parent), nil
}

func byParent[T any](rows []*T, parent func(*T) uint) map[uint][]*T {
	out := map[uint][]*T{}
	for _, r := range rows {
		out[parent(r)] = append(out[parent(r)], r)
	}
	return out
}

// courtsOfMeetings loads the courts taking part in meetings, by MeetingCourt.Seq.
func courtsOfMeetings(ctx context.Context, r *reader, meetings []uint) (map[uint][]*model.Court, error) {
	in, args := inList(meetings)
	st, err := r.stmt(ctx, `SELECT mc.meeting_id, `+courtSpec.colList("c.")+` FROM meeting_courts mc
		JOIN courts c ON c.id = mc.court_id
		WHERE mc.meeting_id IN `+in+` ORDER BY mc.meeting_id, mc.seq, c.id`)
	if err != nil {
		return nil, fmt.Errorf("load meeting courts: %w", err)
	}
	rows, err := run(ctx, st, args)
	if err != nil {
		return nil, fmt.Errorf("load meeting courts: %w", err)
	}
	defer rows.Close()
	var meeting intCol
	dest, build := courtSpec.bind()
	dest = append([]any{&meeting}, dest...)
	out := make(map[uint][]*model.Court, len(meetings))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("load meeting courts: %w", err)
		}
		out[uint(meeting)] = append(out[uint(meeting)], build())
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load meeting courts: %w", err)
	}
	return out, nil
}

// windowRows loads, in one statement, up to limit rows of T per parent (all
// when limit < 0) whose parentCol is one of parents, after cursor c in order
// o. where adds a fixed condition.
func windowRows[T any](ctx context.Context, r *reader, parentCol, where string, parents []uint, o order, c *cursor, limit int, parent func(*T) uint) (map[uint][]*T, error) {
	spec := specOf[T]()
	cond, condArgs := "", []any{}
	if where != "" {
		cond = " AND " + where
	}
	if c != nil {
		s, a := o.afterSQL("t.", c)
		cond, condArgs = cond+" AND "+s, a
	}
	var q string
	var args []any
	switch {
	case limit < 0:
		in, ids := inList(parents)
		q = fmt.Sprintf(`SELECT %[5]s FROM %[1]s t WHERE t.%[2]s IN %[6]s%[3]s ORDER BY t.%[2]s, %[4]s`,
			spec.table, parentCol, cond, o.orderSQL("t."), spec.colList("t."), in)
		args = append(ids, condArgs...)
	case len(parents) <= maxUnionParents:
		// One LIMITed index range per parent, joined by UNION ALL: cheaper
		// than numbering every child with a window function. The parts are
		// padded like IN lists (parent 0 has no rows), so few texts serve
		// every group size.
		part := fmt.Sprintf(`SELECT * FROM (SELECT %[5]s FROM %[1]s t WHERE t.%[2]s = ?%[3]s ORDER BY %[4]s LIMIT ?) AS p_`,
			spec.table, parentCol, cond, o.orderSQL("t."), spec.colList("t."))
		n := min(padLen(len(parents)), maxUnionParents)
		parts := make([]string, n)
		for i := range parts {
			p := int64(0)
			if i < len(parents) {
				p = int64(parents[i])
			}
			parts[i] = part
			args = append(append(append(args, p), condArgs...), limit)
		}
		q = strings.Join(parts, " UNION ALL ")
	default:
		// ROW_NUMBER() OVER (PARTITION BY parentCol ORDER BY o) numbers
		// each parent's rows; rows numbered past limit are dropped.
		in, ids := inList(parents)
		q = fmt.Sprintf(`SELECT %[6]s FROM (
			SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t.%[1]s ORDER BY %[2]s) AS rn_
			FROM %[3]s t WHERE t.%[1]s IN %[5]s%[4]s
		) AS w_ WHERE rn_ <= ? ORDER BY %[1]s, rn_`, parentCol, o.orderSQL("t."), spec.table, cond, in, spec.colList(""))
		args = append(append(ids, condArgs...), limit)
	}
	rows, err := query(ctx, r, spec, q, args...)
	if err != nil {
		return nil, fmt.Errorf("load %s page: %w", spec.table, err)
	}
	return byParent(rows, parent), nil
}

// maxUnionParents is the most parents windowRows reads with one UNION ALL
// part each (SQLite allows 500 parts); larger groups use a window function.
const maxUnionParents = 200

// countChildren counts each parent's rows of table in one grouped statement.
func countChildren(ctx context.Context, r *reader, table, parentCol string, parents []uint) (map[uint]int, error) {
	in, args := inList(parents)
	st, err := r.stmt(ctx, fmt.Sprintf(`SELECT %[1]s, COUNT(*) FROM %[2]s WHERE %[1]s IN %[3]s GROUP BY %[1]s`,
		parentCol, table, in))
	if err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	rows, err := run(ctx, st, args)
	if err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	defer rows.Close()
	totals := make(map[uint]int, len(parents))
	var parent, n intCol
	for rows.Next() {
		if err := rows.Scan(&parent, &n); err != nil {
			return nil, fmt.Errorf("count %s: %w", table, err)
		}
		totals[uint(parent)] = int(n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	return totals, nil
}

// listPage runs q (a filtered query on T's table) as one keyset page: the
// rows after the cursor in order o, and a count when count is set. GORM
// writes the page's SQL (the filters are built on it) but the reader runs it,
// prepared once, and scans its rows.
func listPage[T any](ctx context.Context, r *reader, q *gorm.DB, o order, p page, count bool, key func(*T) (any, uint)) (pageOf[T], error) {
	var total int64
	if count {
		if err := q.Session(&gorm.Session{}).Count(&total).Error; err != nil {
			return pageOf[T]{}, fmt.Errorf("count: %w", err)
		}
	}
	rq := q.Session(&gorm.Session{})
	if p.after != nil {
		c, args := o.afterSQL("", p.after)
		rq = rq.Where(c, args...)
	}
	spec := specOf[T]()
	st := rq.Session(&gorm.Session{DryRun: true}).Select(spec.colList(spec.table + ".")).
		Order(o.orderSQL("")).Limit(p.first + 1).Find(&[]*T{}).Statement
	if st.Error != nil {
		return pageOf[T]{}, fmt.Errorf("list: %w", st.Error)
	}
	rows, err := queryBound(ctx, r, spec, st.SQL.String(), st.Vars...)
	if err != nil {
		return pageOf[T]{}, fmt.Errorf("list %s: %w", spec.table, err)
	}
	return newPageOf(rows, int(total), p, o, key), nil
}

// idOf returns the database id of the node with the given global ID, which
// must be of type typ; 0 when no such node exists (filters then match nothing).
func idOf(ctx context.Context, db *gorm.DB, gid, typ string) (uint, error) {
	uid, err := parseTypedID(gid, typ)
	if err != nil {
		return 0, err
	}
	var ids []uint
	if err := db.WithContext(ctx).Table(nodeTables[typ]).Where("uid = ?", uid).Limit(1).Pluck("id", &ids).Error; err != nil {
		return 0, fmt.Errorf("resolve %s id: %w", typ, err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return ids[0], nil
}

// nodesByUID loads the nodes of one type with the given UIDs, keyed by UID,
// and registers them in s as one sibling group.
func nodesByUID(ctx context.Context, s *scope, typ string, uids []string) (map[string]Node, error) {
	out := map[string]Node{}
	q := s.db.WithContext(ctx).Where("uid IN ?", uids)
	var err error
	switch typ {
	case typeCourt:
		err = collect(s, q, out, func(r *model.Court) string { return r.UID })
	case typeDocument:
		err = collect(s, q, out, func(r *model.Document) string { return r.UID })
	case typeMeeting:
		err = collect(s, q, out, func(r *model.Meeting) string { return r.UID })
	case typeSpeaker:
		err = collect(s, q, out, func(r *model.Speaker) string { return r.UID })
	case typeDirective:
		err = collect(s, q, out, func(r *model.Directive) string { return r.UID })
	case typeStatistic:
		err = collect(s, q, out, func(r *model.Statistic) string { return r.UID })
	}
	if err != nil {
		return nil, fmt.Errorf("load %s nodes: %w", typ, err)
	}
	return out, nil
}

func collect[T any, K comparable, N any](s *scope, q *gorm.DB, out map[K]N, key func(*T) K) error {
	var rows []*T
	if err := q.Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range register(s, rows) {
		out[key(r)] = any(r).(N)
	}
	return nil
}

// resultsByID loads search hits of one type by database id, keyed by id, and
// registers them in s as one sibling group.
func resultsByID(ctx context.Context, s *scope, typ string, ids []uint) (map[uint]SearchResult, error) {
	out := map[uint]SearchResult{}
	q := s.db.WithContext(ctx).Where("id IN ?", ids)
	var err error
	switch typ {
	case typeMeeting:
		err = collect(s, q, out, rowID[model.Meeting])
	case typeDirective:
		err = collect(s, q, out, rowID[model.Directive])
	case typeStatistic:
		err = collect(s, q, out, rowID[model.Statistic])
	case typeSpeaker:
		err = collect(s, q, out, rowID[model.Speaker])
	case typeCourt:
		err = collect(s, q, out, rowID[model.Court])
	default:
		err = fmt.Errorf("unknown hit type %q", typ)
	}
	if err != nil {
		return nil, fmt.Errorf("load %s hits: %w", typ, err)
	}
	return out, nil
}

// likeArg escapes s for LIKE ? ESCAPE '\' and wraps it in %.
func likeArg(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// like is the dialect's pattern match that ignores ASCII case, which
// SQLite's LIKE does and PostgreSQL's LIKE does not (its ILIKE does), so
// nameContains: "spc" finds "SPC …" on both.
func like(db *gorm.DB) string {
	if db.Dialector.Name() == "postgres" {
		return "ILIKE"
	}
	return "LIKE"
}

// courtsQuery applies a CourtFilter.
func courtsQuery(ctx context.Context, db *gorm.DB, f *CourtFilter) *gorm.DB {
	q := db.WithContext(ctx).Model(&model.Court{})
	if f == nil {
		return q
	}
	if f.Level != nil {
		q = q.Where("level = ?", *f.Level)
	}
	if f.Province != nil {
		q = q.Where("province = ?", *f.Province)
	}
	if f.City != nil {
		q = q.Where("city = ?", *f.City)
	}
	if f.NameContains != nil {
		l := likeArg(*f.NameContains)
		q = q.Where(`(name `+like(db)+` ? ESCAPE '\' OR EXISTS (SELECT 1 FROM court_aliases a
			WHERE a.court_id = courts.id AND a.alias `+like(db)+` ? ESCAPE '\'))`, l, l)
	}
	return q
}

// meetingsQuery applies a MeetingFilter.
func meetingsQuery(ctx context.Context, db *gorm.DB, f *MeetingFilter) (*gorm.DB, error) {
	q := db.WithContext(ctx).Model(&model.Meeting{})
	if f == nil {
		return q, nil
	}
	if f.Host != nil {
		id, err := idOf(ctx, db, *f.Host, typeCourt)
		if err != nil {
			return nil, err
		}
		q = q.Where("meetings.host_id = ?", id)
	}
	if f.Court != nil {
		id, err := idOf(ctx, db, *f.Court, typeCourt)
		if err != nil {
			return nil, err
		}
		q = q.Where(`(meetings.host_id = ? OR EXISTS (SELECT 1 FROM meeting_courts mc
			WHERE mc.meeting_id = meetings.id AND mc.court_id = ?))`, id, id)
	}
	if f.Kind != nil {
		q = q.Where("meetings.kind = ?", *f.Kind)
	}
	// Dates compare through the sort key COALESCE(date, ''), which the
	// ordering indexes cover; '' (undated) is below every date.
	if f.DateFrom != nil {
		q = q.Where("COALESCE(meetings.date, '') >= ?", *f.DateFrom)
	}
	if f.DateTo != nil {
		q = q.Where("COALESCE(meetings.date, '') > '' AND COALESCE(meetings.date, '') <= ?", *f.DateTo)
	}
	if f.Speaker != nil {
		id, err := idOf(ctx, db, *f.Speaker, typeSpeaker)
		if err != nil {
			return nil, err
		}
		q = q.Where(`EXISTS (SELECT 1 FROM attendances a
			WHERE a.meeting_id = meetings.id AND a.speaker_id = ?)`, id)
	}
	if f.Keyword != nil {
		q = q.Where(`EXISTS (SELECT 1 FROM keywords k
			WHERE k.meeting_id = meetings.id AND k.word = ?)`, *f.Keyword)
	}
	if f.Topic != nil {
		q = q.Where(`EXISTS (SELECT 1 FROM directives d
			WHERE d.meeting_id = meetings.id AND d.topic = ?)`, *f.Topic)
	}
	return q, nil
}

// speakersQuery applies a SpeakerFilter.
func speakersQuery(ctx context.Context, db *gorm.DB, f *SpeakerFilter) (*gorm.DB, error) {
	q := db.WithContext(ctx).Model(&model.Speaker{})
	if f == nil {
		return q, nil
	}
	if f.NameContains != nil {
		q = q.Where(`name `+like(db)+` ? ESCAPE '\'`, likeArg(*f.NameContains))
	}
	if f.Court != nil {
		id, err := idOf(ctx, db, *f.Court, typeCourt)
		if err != nil {
			return nil, err
		}
		q = q.Where("court_id = ?", id)
	}
	if f.Title != nil {
		q = q.Where(`EXISTS (SELECT 1 FROM attendances a
			WHERE a.speaker_id = speakers.id AND a.titles `+like(db)+` ? ESCAPE '\')`, likeArg(*f.Title))
	}
	return q, nil
}

// directivesQuery applies a DirectiveFilter.
func directivesQuery(ctx context.Context, db *gorm.DB, f *DirectiveFilter) (*gorm.DB, error) {
	q := db.WithContext(ctx).Model(&model.Directive{})
	if f == nil {
		return q, nil
	}
	if f.Meeting != nil {
		id, err := idOf(ctx, db, *f.Meeting, typeMeeting)
		if err != nil {
			return nil, err
		}
		q = q.Where("meeting_id = ?", id)
	}
	if f.Speaker != nil {
		id, err := idOf(ctx, db, *f.Speaker, typeSpeaker)
		if err != nil {
			return nil, err
		}
		q = q.Where("speaker_id = ?", id)
	}
	if f.Topic != nil {
		q = q.Where("topic = ?", *f.Topic)
	}
	if f.Keyword != nil {
		q = q.Where(`directives.id IN (SELECT k.directive_id FROM keywords k WHERE k.word = ?)`, *f.Keyword)
	}
	return q, nil
}

// statisticsQuery applies a StatisticFilter.
func statisticsQuery(ctx context.Context, db *gorm.DB, f *StatisticFilter) (*gorm.DB, error) {
	q := db.WithContext(ctx).Model(&model.Statistic{})
	if f == nil {
		return q, nil
	}
	if f.Metric != nil {
		q = q.Where("metric = ?", *f.Metric)
	}
	if f.Unit != nil {
		q = q.Where("unit = ?", *f.Unit)
	}
	if f.Court != nil {
		id, err := idOf(ctx, db, *f.Court, typeCourt)
		if err != nil {
			return nil, err
		}
		q = q.Where(`EXISTS (SELECT 1 FROM meetings m
			WHERE m.id = statistics.meeting_id AND m.host_id = ?)`, id)
	}
	if f.Meeting != nil {
		id, err := idOf(ctx, db, *f.Meeting, typeMeeting)
		if err != nil {
			return nil, err
		}
		q = q.Where("meeting_id = ?", id)
	}
	if f.Redacted != nil {
		q = q.Where("redacted = ?", *f.Redacted)
	}
	return q, nil
}

// metricSummaries counts statistics per metric and unit and lists the
// courts hosting meetings that report each.
func metricSummaries(ctx context.Context, db *gorm.DB) ([]*MetricSummary, error) {
	var out []*MetricSummary
	err := db.WithContext(ctx).Raw(`SELECT metric, unit, COUNT(*) AS count FROM statistics
		GROUP BY metric, unit ORDER BY count DESC, metric, unit`).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("count metrics: %w", err)
	}
	var hosts []struct {
		Metric string
		Unit   *string
		HostID uint
	}
	err = db.WithContext(ctx).Raw(`SELECT DISTINCT s.metric, s.unit, m.host_id FROM statistics s
		JOIN meetings m ON m.id = s.meeting_id WHERE m.host_id IS NOT NULL
		ORDER BY m.host_id`).Scan(&hosts).Error
	if err != nil {
		return nil, fmt.Errorf("list metric courts: %w", err)
	}
	key := func(metric string, unit *string) string {
		if unit == nil {
			return metric + "\x00"
		}
		return metric + "\x00" + *unit + "\x01"
	}
	byKey := make(map[string]*MetricSummary, len(out))
	for _, s := range out {
		byKey[key(s.Metric, s.Unit)] = s
	}
	for _, h := range hosts {
		if s := byKey[key(h.Metric, h.Unit)]; s != nil {
			s.CourtIDs = append(s.CourtIDs, h.HostID)
		}
	}
	return out, nil
}

// statisticSeries lists one metric's values by meeting date (undated last),
// optionally only for meetings hosted by court.
func statisticSeries(ctx context.Context, db *gorm.DB, metric string, court *uint) ([]*SeriesPoint, error) {
	q := db.WithContext(ctx).Table("statistics s").
		Select("m.date AS date, s.value AS value, s.unit AS unit, s.meeting_id AS meeting_id").
		Joins("JOIN meetings m ON m.id = s.meeting_id").
		Where("s.metric = ?", metric)
	if court != nil {
		q = q.Where("m.host_id = ?", *court)
	}
	var out []*SeriesPoint
	if err := q.Order("m.date IS NULL, m.date, m.id, s.seq, s.id").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("load series of %s: %w", metric, err)
	}
	return out, nil
}

// meetingCountKeys are the SQL group keys of meetingCounts.
var meetingCountKeys = map[MeetingCountBy]string{
	MeetingCountByKind:  "m.kind",
	MeetingCountByYear:  "COALESCE(substr(m.date, 1, 4), '')",
	MeetingCountByCourt: "COALESCE(c.name, '')",
}

// meetingCounts counts meetings per kind, year or host court name.
func meetingCounts(ctx context.Context, db *gorm.DB, by MeetingCountBy) ([]*MeetingCount, error) {
	k, ok := meetingCountKeys[by]
	if !ok {
		return nil, model.Errorf(model.EInvalid, "cannot count meetings by %q", by)
	}
	var out []*MeetingCount
	err := db.WithContext(ctx).Raw(fmt.Sprintf(`SELECT %[1]s AS key, COUNT(*) AS count
		FROM meetings m LEFT JOIN courts c ON c.id = m.host_id
		GROUP BY %[1]s ORDER BY count DESC, key`, k)).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("count meetings by %s: %w", by, err)
	}
	return out, nil
}

// topKeywords sums meeting keyword weights over the meetings selected.
func topKeywords(ctx context.Context, db, meetings *gorm.DB, first int) ([]*model.Keyword, error) {
	var out []*model.Keyword
	err := db.WithContext(ctx).Table("keywords").
		Select("word, SUM(weight) AS weight").
		Where("directive_id IS NULL AND meeting_id IN (?)", meetings.Select("meetings.id")).
		Group("word").Order("weight DESC, word").Limit(first).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("top keywords: %w", err)
	}
	return out, nil
}

// sortCourtsByName orders courts by name, for stable dashboard output.
func sortCourtsByName(cs []*model.Court) []*model.Court {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	return cs
}
