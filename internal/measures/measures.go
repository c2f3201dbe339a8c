// Package measures computes ehrQL measures (`ehrql generate-measures`,
// ehrql.md §11) with the in-memory engine (Compute) or a SQL engine
// (ComputeSQL) and writes their output files.
//
// # Algorithm (in memory)
//
// Every distinct interval of the collection is evaluated once: the
// INTERVAL parameters are substituted into one combined dataset whose
// population is the OR of the denominators' conditions (True for a
// boolean denominator, > 0 for an integer one) and whose variables are
// every distinct numerator, denominator and group-by series of the
// measures using that interval (one combined dataset is built per
// distinct set of such measures, usually just one). The engine therefore
// runs one dataset per distinct interval, shared by all measures,
// whatever their denominators and groupings. Tables are read, and their
// string columns dictionary-encoded, once for all intervals; intervals
// are evaluated in parallel (ComputeOptions.Workers), the output order
// staying fixed. The sums are then taken in Go: group-by columns are
// dictionary-encoded once per interval and each measure accumulates its
// numerator and denominator per combination of codes. The intervals of a
// combined dataset are evaluated through one memory.Prepared, so the
// parts of the dataset that do not depend on the interval (tables,
// codelist filters, patient columns, sorts) are computed once for all
// intervals, and interval filters select their rows through an index
// built once; measures sharing a denominator and group-by columns share
// their grouping.
//
// # Algorithm (SQL)
//
// ComputeSQL evaluates every interval at once: the combined dataset is
// rewritten over synthetic patients, one per (patient, interval), whose
// event tables hold each event row once per interval it can count for
// (see expansion), compiled and run once by the SQL engine, and summed by
// one GROUP BY GROUPING SETS query. Its rows and their order are those of
// Compute.
//
// # Row order
//
// Rows come by (denominator, intervals) group in definition order, then
// interval ascending, then measure in definition order, then group
// combination in order of first appearance among the denominator patients
// taken by ascending patient_id. An ungrouped measure always has one row
// per interval (0 and 0 with a NULL ratio when no patient is in its
// denominator), as a SQL sum without GROUP BY does; a grouped measure has
// rows only for combinations that occur.
//
// # Disclosure control
//
// Unless disabled, numerators and denominators of 7 or less become 0 and
// all are then rounded to the nearest multiple of 5; the ratio is
// recomputed from the rounded values (NULL when the denominator is 0).
package measures

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Row is one output row of one measure.
type Row struct {
	Measure                    string
	IntervalStart, IntervalEnd querymodel.CalendarDate
	// Ratio is Numerator / Denominator; RatioValid is false (NULL) when
	// the denominator is 0.
	Ratio       float64
	RatioValid  bool
	Numerator   int64
	Denominator int64
	// Groups holds the values of the measure's own group-by columns, in
	// the measure's order, as Go values (nil for NULL; see
	// memory.Column.Value).
	Groups []any
}

// ComputeOptions configures Compute.
type ComputeOptions struct {
	// DisclosureControl applies §11.4 suppression and rounding.
	DisclosureControl bool
	// InlineReader reads table_from_file tables (memory.Options).
	InlineReader func(*querymodel.FileRows, *querymodel.TableSchema) (*memory.TableData, error)
	// OnInterval, if set, is called after each distinct interval has been
	// evaluated, with the number done and the total; calls are serialised.
	OnInterval func(done, total int)
	// MaxRuntime bounds the projected run time: after 12 intervals the
	// total is projected from the time taken so far and a projection
	// above the bound stops the run with a *TimeoutError (exit code 14).
	// Zero means 72 hours; negative disables the check.
	MaxRuntime time.Duration
	// Workers is the number of intervals evaluated at once (default
	// GOMAXPROCS); each holds its own intermediate results in memory.
	Workers int
}

// plan is the combined dataset and where each measure's series sit in it.
type plan struct {
	ds        *querymodel.Dataset
	vars      map[querymodel.Series]string // series → variable name
	intervals []querymodel.Interval        // distinct, ascending
}

// newPlan builds the combined dataset of the measures in ms.
func newPlan(ms []*querymodel.Measure) (*plan, error) {
	p := &plan{vars: map[querymodel.Series]string{}}
	var variables []querymodel.NamedSeries
	add := func(s querymodel.Series) {
		if _, ok := p.vars[s]; ok {
			return
		}
		name := fmt.Sprintf("v%d", len(variables))
		p.vars[s] = name
		variables = append(variables, querymodel.NamedSeries{Name: name, Series: s})
	}
	var pop querymodel.Series
	seenDen := map[querymodel.Series]bool{}
	seenIv := map[querymodel.Interval]bool{}
	for _, m := range ms {
		add(m.Denominator)
		add(m.Numerator)
		for _, g := range m.GroupBy {
			add(g.Series)
		}
		for _, iv := range m.Intervals {
			if !seenIv[iv] {
				seenIv[iv] = true
				p.intervals = append(p.intervals, iv)
			}
		}
		if seenDen[m.Denominator] {
			continue
		}
		seenDen[m.Denominator] = true
		cond, err := denominatorCondition(m.Denominator)
		if err != nil {
			return nil, err
		}
		if pop == nil {
			pop = cond
		} else if pop, err = querymodel.NewFunction(querymodel.FnOr, pop, cond); err != nil {
			return nil, err
		}
	}
	if pop == nil {
		return nil, fmt.Errorf("measures: no measures defined")
	}
	ds, err := querymodel.NewDataset(pop, variables, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("measures: %w", err)
	}
	p.ds = ds
	slices.SortFunc(p.intervals, compareIntervals)
	return p, nil
}

func compareIntervals(a, b querymodel.Interval) int {
	if c := a.Start.Compare(b.Start); c != 0 {
		return c
	}
	return a.End.Compare(b.End)
}

// denominatorCondition is the population condition of a denominator:
// itself when boolean, > 0 when an integer.
func denominatorCondition(den querymodel.Series) (querymodel.Series, error) {
	if den.Type().Kind() == querymodel.KindBool {
		return den, nil
	}
	zero, err := querymodel.NewValue(int64(0))
	if err != nil {
		return nil, err
	}
	return querymodel.NewFunction(querymodel.FnGT, den, zero)
}

// Dataset returns the combined dataset of a collection, with INTERVAL
// still a parameter: population = OR of the denominators, variables =
// every distinct numerator, denominator and group-by series. It is what
// permission checks and dummy data generation work on.
func Dataset(coll *querymodel.MeasureCollection) (*querymodel.Dataset, error) {
	p, err := newPlan(coll.Measures)
	if err != nil {
		return nil, err
	}
	return p.ds, nil
}

// Compute evaluates every measure of coll over the data in src and
// returns the output rows in reference order (see the package comment).
func Compute(ctx context.Context, src memory.Source, coll *querymodel.MeasureCollection, opts ComputeOptions) ([]Row, error) {
	if coll == nil || len(coll.Measures) == 0 {
		return nil, fmt.Errorf("measures: no measures defined")
	}
	p, err := newPlan(coll.Measures)
	if err != nil {
		return nil, err
	}
	// plans[i] is the combined dataset of the measures using interval i.
	plans := make([]*plan, len(p.intervals))
	bySet := map[string]*plan{}
	for i, iv := range p.intervals {
		var users []*querymodel.Measure
		key := make([]byte, 0, len(coll.Measures))
		for _, m := range coll.Measures {
			if slices.Contains(m.Intervals, iv) {
				users = append(users, m)
				key = append(key, '1')
			} else {
				key = append(key, '0')
			}
		}
		if bySet[string(key)] == nil {
			if bySet[string(key)], err = newPlan(users); err != nil {
				return nil, err
			}
		}
		plans[i] = bySet[string(key)]
	}
	eng := memory.New(newEncodedSource(src), memory.Options{InlineReader: opts.InlineReader, KeepDictionaries: true})
	// One Prepared per combined dataset: the work that does not depend on
	// the interval is done once for all the intervals using it.
	var prepMu sync.Mutex
	prepared := map[*plan]*prepOnce{}
	prepare := func(pl *plan) (*memory.Prepared, error) {
		prepMu.Lock()
		po := prepared[pl]
		if po == nil {
			po = &prepOnce{}
			prepared[pl] = po
		}
		prepMu.Unlock()
		po.once.Do(func() { po.prep, po.err = eng.Prepare(ctx, pl.ds) })
		return po.prep, po.err
	}
	// results[interval index][measure index] holds the rows of that
	// measure in that interval.
	results := make([][][]Row, len(p.intervals))
	ivIndex := make(map[querymodel.Interval]int, len(p.intervals))
	for i, iv := range p.intervals {
		ivIndex[iv] = i
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(p.intervals))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		firstErr error
		done     int
		wg       sync.WaitGroup
	)
	limit := opts.MaxRuntime
	if limit == 0 {
		limit = DefaultMaxRuntime
	}
	started := time.Now()
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				prep, err := prepare(plans[i])
				var rows [][]Row
				if err == nil {
					rows, err = plans[i].interval(ctx, prep, coll.Measures, p.intervals[i])
				}
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
						cancel()
					}
				} else {
					results[i] = rows
					done++
					if opts.OnInterval != nil {
						opts.OnInterval(done, len(p.intervals))
					}
					if done == timeoutCheckAfter && limit > 0 && done < len(p.intervals) && firstErr == nil {
						projected := time.Since(started) * time.Duration(len(p.intervals)) / time.Duration(done)
						if projected > limit {
							firstErr = &TimeoutError{Projected: projected, Limit: limit, Done: done, Total: len(p.intervals)}
							cancel()
						}
					}
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range p.intervals {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var rows []Row
	for _, grp := range groupMeasures(coll.Measures) {
		for _, iv := range coll.Measures[grp[0]].Intervals {
			for _, mi := range grp {
				rows = append(rows, results[ivIndex[iv]][mi]...)
			}
		}
	}
	if opts.DisclosureControl {
		for i := range rows {
			ApplyDisclosureControl(&rows[i])
		}
	}
	return rows, nil
}

// prepOnce prepares a combined dataset once.
type prepOnce struct {
	once sync.Once
	prep *memory.Prepared
	err  error
}

// DefaultMaxRuntime is the reference's bound on a measures run (§9.5).
const DefaultMaxRuntime = 72 * time.Hour

// timeoutCheckAfter is the number of intervals after which the run time
// is projected.
const timeoutCheckAfter = 12

// ExitMeasuresTimeout is the exit code of a TimeoutError.
const ExitMeasuresTimeout = 14

// TimeoutError stops a run whose projected run time exceeds the limit.
type TimeoutError struct {
	Projected, Limit time.Duration
	Done, Total      int
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("measures: stopping: %d of %d intervals took long enough to project a total run time of %s, more than the limit of %s; "+
		"use fewer intervals or measures, or split them across several actions",
		e.Done, e.Total, e.Projected.Round(time.Second), e.Limit)
}

// ExitCode implements the CLI's exit-code interface.
func (e *TimeoutError) ExitCode() int { return ExitMeasuresTimeout }

// interval evaluates the combined dataset for one interval and returns
// the rows of every measure using it, indexed like ms.
func (p *plan) interval(ctx context.Context, eng *memory.Prepared, ms []*querymodel.Measure, iv querymodel.Interval) ([][]Row, error) {
	node, err := querymodel.SubstituteParameters(p.ds, querymodel.IntervalValues(iv))
	if err != nil {
		return nil, fmt.Errorf("measures: %w", err)
	}
	res, err := eng.EvaluateDataset(ctx, node.(*querymodel.Dataset))
	if err != nil {
		return nil, err
	}
	t := res.Tables[0]
	cols := make(map[string]*memory.ResultColumn, len(t.Columns))
	for i := range t.Columns {
		cols[t.Columns[i].Name] = &t.Columns[i]
	}
	enc := &encoder{n: t.Len(), cols: cols, codes: map[string]*encoded{}, groupings: map[string]*grouping{}, nums: map[string][]int64{}}
	out := make([][]Row, len(ms))
	for mi, m := range ms {
		if slices.Contains(m.Intervals, iv) {
			out[mi] = aggregate(m, iv, p, enc)
		}
	}
	return out, nil
}

// groupMeasures groups measure indexes by (denominator, intervals), groups
// in order of first appearance.
func groupMeasures(ms []*querymodel.Measure) [][]int {
	var groups [][]int
	for i, m := range ms {
		found := false
		for g, grp := range groups {
			first := ms[grp[0]]
			if first.Denominator == m.Denominator && slices.Equal(first.Intervals, m.Intervals) {
				groups[g] = append(groups[g], i)
				found = true
				break
			}
		}
		if !found {
			groups = append(groups, []int{i})
		}
	}
	return groups
}

// ApplyDisclosureControl suppresses and rounds r's numerator and
// denominator (§11.4) and recomputes its ratio.
func ApplyDisclosureControl(r *Row) {
	r.Numerator = roundCount(r.Numerator)
	r.Denominator = roundCount(r.Denominator)
	setRatio(r)
}

// roundCount maps values of 7 or less to 0, then rounds to the nearest
// multiple of 5.
func roundCount(v int64) int64 {
	if v <= 7 {
		return 0
	}
	return (v + 2) / 5 * 5
}

func setRatio(r *Row) {
	r.RatioValid = r.Denominator != 0
	r.Ratio = 0
	if r.RatioValid {
		r.Ratio = float64(r.Numerator) / float64(r.Denominator)
	}
}

// encoded is a group-by column of one interval's result as dense codes:
// codes[i] indexes values (nil for NULL).
type encoded struct {
	codes  []uint32
	values []any
}

// encoder dictionary-encodes result columns on demand, once per interval.
type encoder struct {
	n         int
	cols      map[string]*memory.ResultColumn
	codes     map[string]*encoded
	groupings map[string]*grouping
	nums      map[string][]int64
}

func (e *encoder) column(name string) *encoded {
	if c, ok := e.codes[name]; ok {
		return c
	}
	rc := e.cols[name]
	c := &encoded{codes: make([]uint32, e.n)}
	d := rc.Data
	switch rc.Type.Kind() {
	case querymodel.KindStr, querymodel.KindCode:
		if d.Strs != nil {
			encodeStrs(c, d, rc.Type)
		} else {
			encodeCodes(c, d, rc.Type)
		}
	case querymodel.KindInt:
		encodeBy(c, d, rc.Type, func(i int) int64 { return d.Ints[i] })
	case querymodel.KindBool:
		encodeBy(c, d, rc.Type, func(i int) bool { return d.Bools[i] })
	case querymodel.KindDate:
		encodeBy(c, d, rc.Type, func(i int) memory.Date { return d.Dates[i] })
	case querymodel.KindFloat:
		encodeBy(c, d, rc.Type, func(i int) float64 { return d.Floats[i] })
	default: // a series that is only NULL
		c.values = []any{nil}
	}
	e.codes[name] = c
	return c
}

// encodeBy fills c with codes in order of first appearance; NULL gets a
// code of its own.
func encodeBy[K comparable](c *encoded, d *memory.Column, t querymodel.Type, key func(int) K) {
	seen := map[K]uint32{}
	nullCode := uint32(math.MaxUint32)
	for i := range c.codes {
		if !d.IsValid(i) {
			if nullCode == math.MaxUint32 {
				nullCode = uint32(len(c.values))
				c.values = append(c.values, nil)
			}
			c.codes[i] = nullCode
			continue
		}
		k := key(i)
		code, ok := seen[k]
		if !ok {
			code = uint32(len(c.values))
			seen[k] = code
			c.values = append(c.values, d.Value(t, i))
		}
		c.codes[i] = code
	}
}

// grouping is, for one interval, the rows of a denominator split by a
// combination of group-by columns: slot[i] is row i's combination (-1
// when the row is not in the denominator), first[k] the first row of
// combination k and den[k] its denominator sum. Measures sharing a
// denominator and group-by columns share it.
type grouping struct {
	groups []*encoded
	slot   []int32
	first  []int
	den    []int64
}

// groupingFor returns (computing it once per interval) the grouping of
// m's denominator by m's group-by columns.
func (e *encoder) groupingFor(m *querymodel.Measure, p *plan) *grouping {
	key := p.vars[m.Denominator]
	for _, g := range m.GroupBy {
		key += "\x00" + p.vars[g.Series]
	}
	if g, ok := e.groupings[key]; ok {
		return g
	}
	den := e.cols[p.vars[m.Denominator]]
	g := &grouping{groups: make([]*encoded, len(m.GroupBy)), slot: make([]int32, e.n)}
	for i, gb := range m.GroupBy {
		g.groups[i] = e.column(p.vars[gb.Series])
	}
	counts := counts(den, e.n)
	slot := newSlotter(g.groups, e.n)
	for i := 0; i < e.n; i++ {
		d := counts[i]
		if d <= 0 {
			g.slot[i] = -1
			continue
		}
		k := slot.slot(i, len(g.den))
		if k == len(g.den) {
			g.den = append(g.den, 0)
			g.first = append(g.first, i)
		}
		g.den[k] += d
		g.slot[i] = int32(k)
	}
	e.groupings[key] = g
	return g
}

// counts returns a boolean (1/0) or integer column as counts, 0 for NULL.
func counts(c *memory.ResultColumn, n int) []int64 {
	out := make([]int64, n)
	d := c.Data
	switch {
	case c.Type.Kind() == querymodel.KindBool:
		for i, b := range d.Bools {
			if b && (d.Valid == nil || d.Valid[i]) {
				out[i] = 1
			}
		}
	case d.Ints != nil:
		for i, v := range d.Ints {
			if d.Valid == nil || d.Valid[i] {
				out[i] = v
			}
		}
	} // else a NULL-only series: all 0
	return out
}

// encodeStrs is encodeBy for a string column: while the distinct values
// are few (the usual case for a group-by column) they are found by a
// linear scan, which is much cheaper than hashing every row.
func encodeStrs(c *encoded, d *memory.Column, t querymodel.Type) {
	const few = 16
	var seen []string // seen[k] has code codeOf[k]
	var codeOf []uint32
	var index map[string]uint32
	nullCode := uint32(math.MaxUint32)
	for i, v := range d.Strs {
		if !d.IsValid(i) {
			if nullCode == math.MaxUint32 {
				nullCode = uint32(len(c.values))
				c.values = append(c.values, nil)
			}
			c.codes[i] = nullCode
			continue
		}
		found := false
		if index == nil {
			for k, s := range seen {
				if s == v {
					c.codes[i], found = codeOf[k], true
					break
				}
			}
		} else {
			c.codes[i], found = index[v]
		}
		if found {
			continue
		}
		code := uint32(len(c.values))
		c.values = append(c.values, d.Value(t, i))
		c.codes[i] = code
		if index == nil && len(seen) < few {
			seen, codeOf = append(seen, v), append(codeOf, code)
			continue
		}
		if index == nil {
			index = make(map[string]uint32, 2*few)
			for k, s := range seen {
				index[s] = codeOf[k]
			}
		}
		index[v] = code
	}
}

// encodeCodes is encodeBy for a dictionary-encoded column: the codes
// index a table instead of a map.
func encodeCodes(c *encoded, d *memory.Column, t querymodel.Type) {
	ours := make([]uint32, len(d.Dict)) // dictionary code -> our code + 1
	nullCode := uint32(0)
	for i, k := range d.Codes {
		if !d.IsValid(i) {
			if nullCode == 0 {
				c.values = append(c.values, nil)
				nullCode = uint32(len(c.values))
			}
			c.codes[i] = nullCode - 1
			continue
		}
		if ours[k] == 0 {
			c.values = append(c.values, d.Value(t, i))
			ours[k] = uint32(len(c.values))
		}
		c.codes[i] = ours[k] - 1
	}
}

// aggregate computes one measure's rows for one interval from the
// combined result.
func aggregate(m *querymodel.Measure, iv querymodel.Interval, p *plan, enc *encoder) []Row {
	g := enc.groupingFor(m, p)
	num := enc.numerator(p.vars[m.Numerator])
	nums := make([]int64, len(g.den))
	for i, k := range g.slot {
		if k >= 0 {
			nums[k] += num[i]
		}
	}
	n := len(g.den)
	ungroupedEmpty := len(g.groups) == 0 && n == 0
	if ungroupedEmpty {
		n = 1
	}
	rows := make([]Row, n)
	for k := range rows {
		r := Row{Measure: m.Name, IntervalStart: iv.Start, IntervalEnd: iv.End}
		if !ungroupedEmpty {
			r.Numerator, r.Denominator = nums[k], g.den[k]
		}
		if len(g.groups) > 0 {
			r.Groups = make([]any, len(g.groups))
			for j, gc := range g.groups {
				r.Groups[j] = gc.values[gc.codes[g.first[k]]]
			}
		}
		setRatio(&r)
		rows[k] = r
	}
	return rows
}

// numerator returns (computing it once per interval) a numerator
// column as counts.
func (e *encoder) numerator(name string) []int64 {
	if c, ok := e.nums[name]; ok {
		return c
	}
	c := counts(e.cols[name], e.n)
	e.nums[name] = c
	return c
}

// slotter maps a row's combination of group codes to an accumulator
// index: through a dense table when the combinations are few, else a map.
type slotter struct {
	groups []*encoded
	radix  []uint64
	dense  []int32
	sparse map[uint64]int
	wide   map[string]int
	buf    []byte
}

func newSlotter(groups []*encoded, n int) *slotter {
	s := &slotter{groups: groups, radix: make([]uint64, len(groups))}
	product := uint64(1)
	overflow := false
	for i := len(groups) - 1; i >= 0; i-- {
		s.radix[i] = product
		card := uint64(len(groups[i].values))
		if card != 0 && product > math.MaxUint64/card {
			overflow = true
			break
		}
		product *= card
	}
	switch {
	case overflow:
		s.wide = map[string]int{}
	case product <= uint64(4*n+1024):
		s.dense = make([]int32, product)
		for i := range s.dense {
			s.dense[i] = -1
		}
	default:
		s.sparse = map[uint64]int{}
	}
	return s
}

// slot returns the accumulator of row i's combination, or next (to be
// appended by the caller) for a new combination.
func (s *slotter) slot(i, next int) int {
	if s.wide != nil {
		s.buf = s.buf[:0]
		for _, g := range s.groups {
			s.buf = binary.LittleEndian.AppendUint32(s.buf, g.codes[i])
		}
		if k, ok := s.wide[string(s.buf)]; ok {
			return k
		}
		s.wide[string(s.buf)] = next
		return next
	}
	var key uint64
	for j, g := range s.groups {
		key += uint64(g.codes[i]) * s.radix[j]
	}
	if s.dense != nil {
		if k := s.dense[key]; k >= 0 {
			return int(k)
		}
		s.dense[key] = int32(next)
		return next
	}
	if k, ok := s.sparse[key]; ok {
		return k
	}
	s.sparse[key] = next
	return next
}
