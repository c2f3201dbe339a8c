package measures

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// SQLSource is a database to compute measures on with the SQL engine.
type SQLSource struct {
	DB      *sql.DB
	Dialect enginesql.Dialect
	// Backend maps the ehrQL tables to the database's (nil: CoreBackend).
	Backend enginesql.Backend
	// Options are the SQL engine's options; Options.Compile.Permissions
	// are passed to the backend's rewrite.
	Options enginesql.Options
}

// ComputeSQL evaluates every measure of coll on the database of src and
// returns the same rows, in the same order, as Compute does over the
// same data.
//
// The combined dataset of the run (see the package comment) is expanded
// over every interval at once (see expansion): the SQL engine compiles
// and runs one dataset whose patients are (patient, interval) pairs,
// whose event tables hold each event row once per interval it can count
// for (so an is_during(INTERVAL) filter places every row in its interval
// once, instead of one scan per interval) and whose interval-independent
// work (codelist filters, patient columns, sorting) is done once by the
// database. One aggregate query then sums every measure for every
// interval with GROUP BY GROUPING SETS, one set per distinct group-by
// combination, each with the interval: numerator and denominator sums are
// taken per distinct denominator with conditional sums, with the smallest
// patient id of each group so that rows come in the in-memory engine's
// order. Disclosure control, when on, is applied to the result as in
// Compute. MaxRuntime and OnInterval are not used: the run is one query.
func ComputeSQL(ctx context.Context, src SQLSource, coll *querymodel.MeasureCollection, opts ComputeOptions) ([]Row, error) {
	if coll == nil || len(coll.Measures) == 0 {
		return nil, fmt.Errorf("measures: no measures defined")
	}
	p, err := newPlan(coll.Measures)
	if err != nil {
		return nil, err
	}
	inner := src.Backend
	if inner == nil {
		inner = enginesql.CoreBackend{}
	}
	template, err := inner.Rewrite(p.ds, src.Options.Compile.Permissions)
	if err != nil {
		return nil, err
	}
	x, err := expand(ctx, template, p.intervals)
	if err != nil {
		return nil, err
	}
	b := &expansionBackend{inner: inner, x: x}
	for _, et := range x.tables {
		b.add(et)
	}
	eng := enginesql.New(src.DB, src.Dialect, b, src.Options)
	q := newAggregateQuery(coll.Measures, p, src.Dialect)
	var sums aggregateResult
	err = eng.WithResults(ctx, x.ds, func(conn *sql.Conn, table string) error {
		var err error
		sums, err = q.run(ctx, conn, table)
		return err
	})
	if err != nil {
		return nil, err
	}
	rows := q.rows(coll.Measures, p.intervals, sums)
	if opts.DisclosureControl {
		for i := range rows {
			ApplyDisclosureControl(&rows[i])
		}
	}
	return rows, nil
}

// expansionBackend gives the SQL engine the expanded tables and the
// interval table of an expansion as queries over the inner backend's
// tables, materialised once per run.
type expansionBackend struct {
	inner  enginesql.Backend
	x      *expansion
	tables map[*querymodel.Table]*expandedTable
}

func (b *expansionBackend) add(et *expandedTable) {
	if b.tables == nil {
		b.tables = map[*querymodel.Table]*expandedTable{}
	}
	b.tables[et.table] = et
}

// Name implements enginesql.Backend.
func (b *expansionBackend) Name() string { return b.inner.Name() }

// Rewrite implements enginesql.Backend: the inner backend's rewrite has
// been applied to the template already.
func (b *expansionBackend) Rewrite(ds *querymodel.Dataset, _ []string) (*querymodel.Dataset, error) {
	return ds, nil
}

// Table implements enginesql.Backend.
func (b *expansionBackend) Table(t *querymodel.Table) (enginesql.TableSource, error) {
	// The queries below read the inner backend's tables: a table it does
	// not provide is reported here, where the compiler can report it.
	if t == b.x.ivTable {
		for _, src := range b.x.sources {
			if _, err := b.inner.Table(src); err != nil {
				return enginesql.TableSource{}, err
			}
		}
		return enginesql.TableSource{Query: b.intervalQuery, Materialise: true}, nil
	}
	et, ok := b.tables[t]
	if !ok {
		return b.inner.Table(t)
	}
	if _, err := b.inner.Table(et.source); err != nil {
		return enginesql.TableSource{}, err
	}
	return enginesql.TableSource{Query: func(d enginesql.Dialect) string { return b.expandedQuery(d, et) }, Materialise: true}, nil
}

// sourceSQL returns a FROM item (with alias s) reading t through the
// inner backend, its columns under their logical names.
func (b *expansionBackend) sourceSQL(d enginesql.Dialect, t *querymodel.Table) (string, error) {
	return b.sourceAs(d, t, "s")
}

// sourceAs is sourceSQL with the given alias.
func (b *expansionBackend) sourceAs(d enginesql.Dialect, t *querymodel.Table, alias string) (string, error) {
	ts, err := b.inner.Table(t)
	if err != nil {
		return "", err
	}
	if ts.Query != nil {
		return "(" + ts.Query(d) + ") AS " + alias, nil
	}
	if ts.Columns == nil {
		return d.Quote(ts.Name) + " AS " + alias, nil
	}
	cols := []string{"patient_id"}
	for _, c := range t.Schema.Columns() {
		cols = append(cols, c.Name)
	}
	var sel []string
	for _, c := range cols {
		phys := c
		if p, ok := ts.Columns[c]; ok {
			phys = p
		}
		sel = append(sel, d.Quote(phys)+" AS "+d.Quote(c))
	}
	return "(SELECT " + strings.Join(sel, ", ") + " FROM " + d.Quote(ts.Name) + ") AS " + alias, nil
}

// intervalQuery is the interval table: every patient of the run's tables
// for every interval.
func (b *expansionBackend) intervalQuery(d enginesql.Dialect) string {
	var ids []string
	for _, t := range b.x.sources {
		from, err := b.sourceSQL(d, t)
		if err != nil {
			return failingQuery(d, err)
		}
		ids = append(ids, "SELECT s."+d.Quote("patient_id")+" AS patient_id FROM "+from)
	}
	var vals []string
	for i, iv := range b.x.intervals {
		vals = append(vals, fmt.Sprintf("(%d, %s, %s)", i, d.DateLiteral(iv.Start), d.DateLiteral(iv.End)))
	}
	// Each patient's row: the columns of the patient tables, joined once
	// per patient, then repeated for every interval.
	cols := []string{"u.patient_id AS pid"}
	var outer []string
	joins := ""
	for j, t := range b.x.merged {
		alias := fmt.Sprintf("m%d", j)
		from, err := b.sourceAs(d, t, alias)
		if err != nil {
			return failingQuery(d, err)
		}
		joins += " LEFT JOIN " + from + " ON " + alias + "." + d.Quote("patient_id") + " = u.patient_id"
		name := d.Quote(mergedExists(t))
		cols = append(cols, "("+alias+"."+d.Quote("patient_id")+" IS NOT NULL) AS "+name)
		outer = append(outer, "p."+name+" AS "+name)
		for _, c := range t.Schema.Columns() {
			name := d.Quote(mergedColumn(t, c.Name))
			cols = append(cols, alias+"."+d.Quote(c.Name)+" AS "+name)
			outer = append(outer, "p."+name+" AS "+name)
		}
	}
	perPatient := "SELECT " + strings.Join(cols, ", ") + " FROM (" + strings.Join(ids, " UNION ") + ") AS u" + joins
	k := len(b.x.intervals)
	sel := []string{
		fmt.Sprintf("p.pid * %d + b.iv AS patient_id", k),
		"b.iv AS " + d.Quote(ivColumn),
		"p.pid AS " + d.Quote(pidColumn),
		"b.s AS " + d.Quote(querymodel.IntervalStart.Name),
		"b.e AS " + d.Quote(querymodel.IntervalEnd.Name),
	}
	sel = append(sel, outer...)
	return "SELECT " + strings.Join(sel, ", ") + " FROM (" + perPatient + ") AS p CROSS JOIN (VALUES " + strings.Join(vals, ", ") + ") AS b(iv, s, e)"
}

// failingQuery is SQL that the database rejects, naming err: Table has
// checked every table the queries read, so it is never run.
func failingQuery(d enginesql.Dialect, err error) string {
	return "SELECT * FROM " + d.Quote("measures: "+err.Error())
}

// expandedQuery is an expanded table: the source's rows once per
// interval they belong to.
func (b *expansionBackend) expandedQuery(d enginesql.Dialect, et *expandedTable) string {
	from, err := b.sourceSQL(d, et.source)
	if err != nil {
		return failingQuery(d, err)
	}
	k := len(b.x.intervals)
	cols := []string{fmt.Sprintf("s.%s * %d + b.iv AS %s", d.Quote("patient_id"), k, d.Quote("patient_id"))}
	for _, c := range et.source.Schema.Columns() {
		cols = append(cols, "s."+d.Quote(c.Name)+" AS "+d.Quote(c.Name))
	}
	sel := "SELECT " + strings.Join(cols, ", ") + " FROM " + from
	if et.column == "" {
		var vals []string
		for i := range b.x.intervals {
			vals = append(vals, fmt.Sprintf("(%d)", i))
		}
		return sel + " CROSS JOIN (VALUES " + strings.Join(vals, ", ") + ") AS b(iv)"
	}
	c := "s." + d.Quote(et.column)
	// When the bounds enclose few values (dates of monthly intervals, say),
	// the rows are matched to their intervals by an equality join on a
	// table listing every value of every interval, which databases run as
	// a hash join, far faster than a range join.
	total := 0
	for _, bd := range et.bounds {
		if bd.empty {
			continue
		}
		if bd.lo == math.MinInt64 || bd.hi == math.MaxInt64 || bd.hi-bd.lo >= maxEnumerated {
			total = maxEnumerated + 1
			break
		}
		total += int(bd.hi-bd.lo) + 1
	}
	if total <= maxEnumerated {
		var vals []string
		for i, bd := range et.bounds {
			for v := bd.lo; !bd.empty && v <= bd.hi; v++ {
				vals = append(vals, fmt.Sprintf("(%d, %s)", i, b.boundLiteral(d, et, v)))
			}
		}
		if len(vals) == 0 {
			return sel + " CROSS JOIN (VALUES (0)) AS b(iv) WHERE 1 = 0"
		}
		return sel + " JOIN (VALUES " + strings.Join(vals, ", ") + ") AS b(iv, v) ON " + c + " = b.v"
	}
	// Otherwise a range join; unbounded sides become the extreme values,
	// so that the join condition is a plain range.
	literal := func(v int64) string {
		if et.kind == querymodel.KindDate {
			v = min(max(v, int64(memory.MakeDate(1, 1, 1))), int64(memory.MakeDate(9999, 12, 31)))
			return d.DateLiteral(memory.Date(v).Calendar())
		}
		return fmt.Sprintf("CAST(%d AS BIGINT)", v)
	}
	var vals []string
	for i, bd := range et.bounds {
		if bd.empty {
			continue
		}
		vals = append(vals, fmt.Sprintf("(%d, %s, %s)", i, literal(bd.lo), literal(bd.hi)))
	}
	if len(vals) == 0 { // no interval can use a row
		return sel + " CROSS JOIN (VALUES (0)) AS b(iv) WHERE 1 = 0"
	}
	return sel + " JOIN (VALUES " + strings.Join(vals, ", ") + ") AS b(iv, lo, hi) ON " + c + " >= b.lo AND " + c + " <= b.hi"
}

// maxEnumerated bounds the values listed for an equality join.
const maxEnumerated = 50_000

// boundLiteral renders value v of an expanded table's bounded column.
func (b *expansionBackend) boundLiteral(d enginesql.Dialect, et *expandedTable, v int64) string {
	if et.kind == querymodel.KindDate {
		return d.DateLiteral(memory.Date(v).Calendar())
	}
	return fmt.Sprintf("CAST(%d AS BIGINT)", v)
}

// aggregateQuery sums every measure of a run from the expansion's result
// table.
type aggregateQuery struct {
	d         enginesql.Dialect
	groupVars []string // every group-by variable, first-seen order
	groupType map[string]querymodel.Type
	sets      [][]string          // grouping sets (sorted variable names)
	dens      []querymodel.Series // distinct denominators
	denOf     []int               // measure index -> denominator index
	setOf     []int               // measure index -> grouping set index
	vars      map[querymodel.Series]string
	sql       string
}

// aggregateResult holds the sums: per grouping set, per interval, the
// rows of that set.
type aggregateResult map[[2]int][]sumRow

type sumRow struct {
	byVar map[string]any // values of the set's variables
	den   []int64        // per denominator: sum, patients, smallest patient id
	count []int64
	first []int64
	num   []int64 // per measure
}

func newAggregateQuery(ms []*querymodel.Measure, p *plan, d enginesql.Dialect) *aggregateQuery {
	q := &aggregateQuery{d: d, groupType: map[string]querymodel.Type{}, vars: p.vars}
	setIndex := map[string]int{}
	denIndex := map[querymodel.Series]int{}
	for _, m := range ms {
		var set []string
		for _, g := range m.GroupBy {
			v := p.vars[g.Series]
			if _, ok := q.groupType[v]; !ok {
				q.groupType[v] = g.Series.Type()
				q.groupVars = append(q.groupVars, v)
			}
			set = append(set, v)
		}
		slices.Sort(set)
		set = slices.Compact(set)
		key := strings.Join(set, ",")
		si, ok := setIndex[key]
		if !ok {
			si = len(q.sets)
			setIndex[key] = si
			q.sets = append(q.sets, set)
		}
		q.setOf = append(q.setOf, si)
		di, ok := denIndex[m.Denominator]
		if !ok {
			di = len(q.dens)
			denIndex[m.Denominator] = di
			q.dens = append(q.dens, m.Denominator)
		}
		q.denOf = append(q.denOf, di)
	}
	col := func(s querymodel.Series) string { return d.Quote(p.vars[s]) }
	isTrue := func(c string) string {
		if d.Name() == "mssql" {
			return c + " = 1"
		}
		return c
	}
	cond := func(den querymodel.Series) string {
		if den.Type().Kind() == querymodel.KindBool {
			return isTrue(col(den))
		}
		return col(den) + " > 0"
	}
	value := func(s querymodel.Series) string {
		if s.Type().Kind() == querymodel.KindBool {
			return "CASE WHEN " + isTrue(col(s)) + " THEN 1 ELSE 0 END"
		}
		if s.Type().Kind() == querymodel.KindNull {
			return "0"
		}
		return "COALESCE(" + col(s) + ", 0)"
	}
	sel := []string{d.Quote(ivColumn)}
	for _, v := range q.groupVars {
		sel = append(sel, d.Quote(v))
	}
	for _, v := range q.groupVars {
		sel = append(sel, "GROUPING("+d.Quote(v)+")")
	}
	for _, den := range q.dens {
		c := cond(den)
		sel = append(sel,
			"CAST(SUM(CASE WHEN "+c+" THEN "+value(den)+" ELSE 0 END) AS BIGINT)",
			"CAST(SUM(CASE WHEN "+c+" THEN 1 ELSE 0 END) AS BIGINT)",
			"MIN(CASE WHEN "+c+" THEN "+d.Quote(pidColumn)+" END)")
	}
	for i, m := range ms {
		c := cond(q.dens[q.denOf[i]])
		sel = append(sel, "CAST(SUM(CASE WHEN "+c+" THEN "+value(m.Numerator)+" ELSE 0 END) AS BIGINT)")
	}
	var group string
	if len(q.groupVars) == 0 {
		group = d.Quote(ivColumn)
	} else {
		var sets []string
		for _, s := range q.sets {
			items := []string{d.Quote(ivColumn)}
			for _, v := range s {
				items = append(items, d.Quote(v))
			}
			sets = append(sets, "("+strings.Join(items, ", ")+")")
		}
		group = "GROUPING SETS (" + strings.Join(sets, ", ") + ")"
	}
	q.sql = "SELECT " + strings.Join(sel, ", ") + " FROM %s GROUP BY " + group
	return q
}

// run runs the aggregate query over table.
func (q *aggregateQuery) run(ctx context.Context, conn *sql.Conn, table string) (aggregateResult, error) {
	query := fmt.Sprintf(q.sql, table)
	rs, err := conn.QueryContext(ctx, query)
	if err != nil {
		return nil, &enginesql.QueryError{Query: 0, SQL: query, Err: err}
	}
	defer rs.Close()
	nd := len(q.dens)
	ng := len(q.groupVars)
	nm := len(q.denOf)
	vals := make([]any, 1+2*ng+3*nd+nm)
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	setIndex := map[string]int{}
	for i, s := range q.sets {
		setIndex[strings.Join(s, ",")] = i
	}
	out := aggregateResult{}
	for rs.Next() {
		if err := rs.Scan(ptrs...); err != nil {
			return nil, err
		}
		iv, err := toInt(vals[0])
		if err != nil {
			return nil, err
		}
		r := sumRow{byVar: map[string]any{}}
		var set []string
		for j, v := range q.groupVars {
			grouping, err := toInt(vals[1+ng+j])
			if err != nil {
				return nil, err
			}
			if grouping != 0 {
				continue
			}
			set = append(set, v)
			if r.byVar[v], err = toValue(vals[1+j], q.groupType[v]); err != nil {
				return nil, err
			}
		}
		slices.Sort(set)
		si, ok := setIndex[strings.Join(set, ",")]
		if !ok {
			return nil, fmt.Errorf("measures: internal error: aggregate row for an unknown grouping set %v", set)
		}
		base := 1 + 2*ng
		for j := range nd {
			var s, c, f int64
			if s, err = toInt(vals[base+3*j]); err == nil {
				if c, err = toInt(vals[base+3*j+1]); err == nil && vals[base+3*j+2] != nil {
					f, err = toInt(vals[base+3*j+2])
				}
			}
			if err != nil {
				return nil, err
			}
			r.den, r.count, r.first = append(r.den, s), append(r.count, c), append(r.first, f)
		}
		for j := range nm {
			n, err := toInt(vals[base+3*nd+j])
			if err != nil {
				return nil, err
			}
			r.num = append(r.num, n)
		}
		key := [2]int{si, int(iv)}
		out[key] = append(out[key], r)
	}
	if err := rs.Err(); err != nil {
		return nil, &enginesql.QueryError{Query: 0, SQL: query, Err: err}
	}
	return out, nil
}

// rows turns the sums into output rows in Compute's order.
func (q *aggregateQuery) rows(ms []*querymodel.Measure, intervals []querymodel.Interval, res aggregateResult) []Row {
	ivIndex := map[querymodel.Interval]int{}
	for i, iv := range intervals {
		ivIndex[iv] = i
	}
	var rows []Row
	for _, grp := range groupMeasures(ms) {
		for _, iv := range ms[grp[0]].Intervals {
			i := ivIndex[iv]
			for _, mi := range grp {
				m := ms[mi]
				dj := q.denOf[mi]
				sums := res[[2]int{q.setOf[mi], i}]
				if len(m.GroupBy) == 0 {
					r := Row{Measure: m.Name, IntervalStart: iv.Start, IntervalEnd: iv.End}
					if len(sums) > 0 {
						r.Numerator, r.Denominator = sums[0].num[mi], sums[0].den[dj]
					}
					setRatio(&r)
					rows = append(rows, r)
					continue
				}
				var mine []sumRow
				for _, s := range sums {
					if s.count[dj] > 0 {
						mine = append(mine, s)
					}
				}
				slices.SortFunc(mine, func(a, b sumRow) int {
					switch {
					case a.first[dj] < b.first[dj]:
						return -1
					case a.first[dj] > b.first[dj]:
						return 1
					}
					return 0
				})
				for _, s := range mine {
					r := Row{Measure: m.Name, IntervalStart: iv.Start, IntervalEnd: iv.End, Numerator: s.num[mi], Denominator: s.den[dj]}
					r.Groups = make([]any, len(m.GroupBy))
					for j, g := range m.GroupBy {
						r.Groups[j] = s.byVar[q.vars[g.Series]]
					}
					setRatio(&r)
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// toInt reads an integer a driver returned.
func toInt(v any) (int64, error) {
	switch x := v.(type) {
	case int64:
		return x, nil
	case int32:
		return int64(x), nil
	case int16:
		return int64(x), nil
	case int8:
		return int64(x), nil
	case int:
		return int64(x), nil
	case uint64:
		if x > math.MaxInt64 {
			break
		}
		return int64(x), nil
	case uint32:
		return int64(x), nil
	case uint8:
		return int64(x), nil
	case nil:
		return 0, nil
	case []byte:
		var n int64
		_, err := fmt.Sscan(string(x), &n)
		return n, err
	case string:
		var n int64
		_, err := fmt.Sscan(x, &n)
		return n, err
	}
	return 0, fmt.Errorf("measures: unexpected integer value %v (%T) from the database", v, v)
}

// toValue converts a group-by value a driver returned to the Go value
// the in-memory engine gives for type t (memory.Column.Value).
func toValue(v any, t querymodel.Type) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch t.Kind() {
	case querymodel.KindBool:
		switch x := v.(type) {
		case bool:
			return x, nil
		default:
			n, err := toInt(v)
			return n != 0, err
		}
	case querymodel.KindInt:
		return toInt(v)
	case querymodel.KindFloat:
		switch x := v.(type) {
		case float64:
			return x, nil
		case float32:
			return float64(x), nil
		}
		n, err := toInt(v)
		return float64(n), err
	case querymodel.KindStr, querymodel.KindCode:
		var s string
		switch x := v.(type) {
		case string:
			s = x
		case []byte:
			s = string(x)
		default:
			return nil, fmt.Errorf("measures: unexpected string value %v (%T) from the database", v, v)
		}
		if t.Kind() == querymodel.KindCode {
			return codes.Code{System: t.System(), Value: s}, nil
		}
		return s, nil
	case querymodel.KindDate:
		if x, ok := v.(time.Time); ok {
			return querymodel.CalendarDate{Year: x.Year(), Month: x.Month(), Day: x.Day()}, nil
		}
		return nil, fmt.Errorf("measures: unexpected date value %v (%T) from the database", v, v)
	}
	return nil, nil
}
