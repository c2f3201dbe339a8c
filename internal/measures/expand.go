package measures

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// An expansion is the combined dataset of a measures run rewritten so
// that one evaluation covers every interval (the SQL path).
//
// Every patient p of the run is replaced by one synthetic patient per
// interval i, with id p×K+i (K intervals). The tables the dataset reads
// are replaced by expanded tables holding, for the synthetic patient
// (p, i), exactly the rows of p that the interval-i dataset can use:
//
//   - a patient table: p's row, repeated for every interval;
//   - an event table read through a chain of filters one of which bounds
//     a column by values that depend only on the interval
//     (is_during(INTERVAL), date >= INTERVAL.start_date - days(30), ...):
//     the rows of p whose column lies within interval i's bounds, so each
//     event row is placed in its interval(s) once;
//   - any other event table use: all of p's rows, for every interval.
//
// The interval parameters become columns of one more patient table, the
// interval table (iv, pid, interval_start_date, interval_end_date), which
// holds every patient of the run for every interval and is part of the
// population so that the universe of patients matches the per-interval
// evaluations. The result, per synthetic patient, is what the interval-i
// dataset gives for p; the variables "iv" and "pid" say which.
//
// Filtering rows by a bound that holds for every row of the chain cannot
// change the chain's result: filters keep a subset of their source's rows,
// row by row, and sorts only order them, so the rows that reach the end of
// the chain all satisfy the bound.
type expansion struct {
	ds        *querymodel.Dataset
	k         int
	intervals []querymodel.Interval
	ivTable   *querymodel.Table
	// tables lists the expanded tables, in creation order; sources the
	// original tables whose patients make up the universe.
	tables  []*expandedTable
	sources []*querymodel.Table
	// merged are the patient tables whose columns the interval table
	// holds.
	merged []*querymodel.Table
}

// mergedColumn and mergedExists name the interval-table columns holding
// a patient table's column and whether the patient has a row in it.
func mergedColumn(t *querymodel.Table, column string) string {
	return t.TableName() + "__" + column
}

func mergedExists(t *querymodel.Table) string { return t.TableName() + "__exists" }

// expandedTable is one table of an expansion.
type expandedTable struct {
	table  *querymodel.Table // the new logical table
	source *querymodel.Table // the table it expands
	// column, when set, restricts the rows of interval i to those whose
	// column value lies in bounds[i] (dates as days since 1970-01-01).
	column string
	kind   querymodel.Kind
	bounds []bound
}

// bound is an inclusive range of values; empty when no value fits.
type bound struct {
	lo, hi int64
	empty  bool
}

// Column names of the interval table and the extra variables.
const (
	ivColumn  = "iv"
	pidColumn = "pid"
)

// expand rewrites template (parameters still in place) for intervals.
func expand(ctx context.Context, template *querymodel.Dataset, intervals []querymodel.Interval) (*expansion, error) {
	x := &expansion{k: len(intervals), intervals: intervals}
	seen := map[*querymodel.Table]bool{}
	querymodel.Walk(template, func(n querymodel.Node) bool {
		var t *querymodel.Table
		switch n := n.(type) {
		case *querymodel.SelectTable:
			t = n.Table
		case *querymodel.SelectPatientTable:
			t = n.Table
		}
		if t != nil && !seen[t] {
			seen[t] = true
			x.sources = append(x.sources, t)
			if t.Patient {
				x.merged = append(x.merged, t)
			}
		}
		return true
	})
	ivCols := []querymodel.Column{
		{Name: ivColumn, Type: querymodel.Int},
		{Name: pidColumn, Type: querymodel.Int},
		{Name: querymodel.IntervalStart.Name, Type: querymodel.Date},
		{Name: querymodel.IntervalEnd.Name, Type: querymodel.Date},
	}
	for _, t := range x.merged {
		ivCols = append(ivCols, querymodel.Column{Name: mergedExists(t), Type: querymodel.Bool})
		for _, c := range t.Schema.Columns() {
			ivCols = append(ivCols, querymodel.Column{Name: mergedColumn(t, c.Name), Type: c.Type})
		}
	}
	schema, err := querymodel.NewTableSchema(ivCols...)
	if err != nil {
		return nil, err
	}
	x.ivTable = &querymodel.Table{Module: "measures", Attr: "measures_intervals", Name: "measures_intervals", Patient: true, Schema: schema}
	ivFrame, err := querymodel.NewSelectPatientTable(x.ivTable)
	if err != nil {
		return nil, err
	}
	isMerged := map[*querymodel.Table]bool{}
	for _, t := range x.merged {
		isMerged[t] = true
	}
	replicated := map[*querymodel.Table]*querymodel.Table{}
	ranged := map[string]*querymodel.Table{}
	newTable := func(src *querymodel.Table, column string, kind querymodel.Kind, bounds []bound) *querymodel.Table {
		name := fmt.Sprintf("measures_%s_%d", src.TableName(), len(x.tables))
		t := &querymodel.Table{Module: "measures", Attr: name, Name: name, Patient: src.Patient, Schema: src.Schema}
		x.tables = append(x.tables, &expandedTable{table: t, source: src, column: column, kind: kind, bounds: bounds})
		return t
	}
	replicate := func(t *querymodel.Table) *querymodel.Table {
		if r, ok := replicated[t]; ok {
			return r
		}
		r := newTable(t, "", 0, nil)
		replicated[t] = r
		return r
	}
	expanded := map[*querymodel.Table]bool{}
	// Pass 1, bottom-up: the columns of patient tables, and their
	// existence, are read from the interval table, which holds them;
	// event tables are replaced at the aggregation or pick that consumes
	// their chain, inner chains having been replaced already.
	patientTable := func(n querymodel.Node) *querymodel.Table {
		if sp, ok := n.(*querymodel.SelectPatientTable); ok && isMerged[sp.Table] {
			return sp.Table
		}
		return nil
	}
	root, err := querymodel.Rewrite(template, func(_, rebuilt querymodel.Node) (querymodel.Node, error) {
		switch n := rebuilt.(type) {
		case *querymodel.SelectColumn:
			if t := patientTable(n.Source); t != nil {
				return querymodel.NewSelectColumn(ivFrame, mergedColumn(t, n.Name))
			}
		case *querymodel.InlinePatientTable:
			return nil, fmt.Errorf("measures: inline patient tables (@table_from_rows, @table_from_file) are not supported on SQL engines yet; use the in-memory engine")
		case *querymodel.Aggregate:
			if t := patientTable(n.Source); t != nil && (n.Op == querymodel.AggExists || n.Op == querymodel.AggCount) {
				exists, err := querymodel.NewSelectColumn(ivFrame, mergedExists(t))
				if err != nil || n.Op == querymodel.AggExists {
					return exists, err
				}
				return querymodel.NewFunction(querymodel.FnCastToInt, exists)
			}
			src, err := x.rebase(ctx, n.Source, replicate, ranged, newTable, expanded)
			if err != nil || src == n.Source {
				return n, err
			}
			if n.Op == querymodel.AggCountEpisodes {
				return querymodel.NewCountEpisodes(src.(querymodel.Series), n.MaximumGapDays)
			}
			return querymodel.NewAggregate(n.Op, src)
		case *querymodel.PickOneRowPerPatient:
			src, err := x.rebase(ctx, n.Source, replicate, ranged, newTable, expanded)
			if err != nil || src == querymodel.Node(n.Source) {
				return n, err
			}
			return querymodel.NewPickOneRowPerPatient(src.(querymodel.Frame), n.Position)
		case *querymodel.PickOneRowPerPatientWithColumns:
			src, err := x.rebase(ctx, n.Source, replicate, ranged, newTable, expanded)
			if err != nil || src == querymodel.Node(n.Source) {
				return n, err
			}
			return querymodel.NewPickOneRowPerPatientWithColumns(src.(querymodel.Frame), n.Position, n.SelectedColumns)
		}
		return rebuilt, nil
	})
	if err != nil {
		return nil, err
	}
	// Pass 2: the parameters become columns of the interval table; a
	// patient table used otherwise than through its columns and
	// existence (none of ehrQL's constructs does so today) is replicated.
	root, err = querymodel.Rewrite(root, func(_, rebuilt querymodel.Node) (querymodel.Node, error) {
		if t := patientTable(rebuilt); t != nil {
			return querymodel.NewSelectPatientTable(replicate(t))
		}
		p, ok := rebuilt.(*querymodel.Parameter)
		if !ok {
			return rebuilt, nil
		}
		if p != querymodel.IntervalStart && p != querymodel.IntervalEnd {
			return nil, fmt.Errorf("measures: unknown parameter %q", p.Name)
		}
		return querymodel.NewSelectColumn(ivFrame, p.Name)
	})
	if err != nil {
		return nil, err
	}
	ds := root.(*querymodel.Dataset)
	exists, err := querymodel.NewAggregate(querymodel.AggExists, ivFrame)
	if err != nil {
		return nil, err
	}
	pop, err := querymodel.NewFunction(querymodel.FnAnd, exists, ds.Population)
	if err != nil {
		return nil, err
	}
	iv, err := querymodel.NewSelectColumn(ivFrame, ivColumn)
	if err != nil {
		return nil, err
	}
	pid, err := querymodel.NewSelectColumn(ivFrame, pidColumn)
	if err != nil {
		return nil, err
	}
	vars := []querymodel.NamedSeries{{Name: ivColumn, Series: iv}, {Name: pidColumn, Series: pid}}
	vars = append(vars, ds.Variables...)
	if x.ds, err = querymodel.NewDataset(pop, vars, nil, nil); err != nil {
		return nil, err
	}
	return x, nil
}

// rebase replaces the event table at the root of src's chain (src being
// the source of an aggregation or pick) by its expansion, restricted to
// an interval bound when a filter of the chain has one. It returns src
// itself when src reads no original event table.
func (x *expansion) rebase(ctx context.Context, src querymodel.Node, replicate func(*querymodel.Table) *querymodel.Table,
	ranged map[string]*querymodel.Table, newTable func(*querymodel.Table, string, querymodel.Kind, []bound) *querymodel.Table,
	expanded map[*querymodel.Table]bool) (querymodel.Node, error) {
	frame := chainFrame(src)
	if frame == nil {
		return src, nil
	}
	var table *querymodel.Table
	var terms []rangeTerm
	for f := frame; table == nil; {
		switch ff := f.(type) {
		case *querymodel.Filter:
			terms = append(terms, rangeTerms(ff.Condition)...)
			f = ff.Source
		case *querymodel.Sort:
			f = ff.Source
		case *querymodel.SelectTable:
			table = ff.Table
		default:
			return src, nil // a patient frame: nothing to rebase
		}
	}
	if expanded[table] || table.Patient {
		return src, nil
	}
	// Keep the terms on one column of this table: the one bounded most.
	count := map[string]int{}
	best := ""
	for _, t := range terms {
		if querymodel.DomainOf(t.column).Table() != table {
			continue
		}
		count[t.name]++
		if best == "" || count[t.name] > count[best] {
			best = t.name
		}
	}
	var target *querymodel.Table
	if best == "" {
		target = replicate(table)
	} else {
		var kept []rangeTerm
		var key strings.Builder
		fmt.Fprintf(&key, "%p/%s", table, best)
		for _, t := range terms {
			if t.name == best && querymodel.DomainOf(t.column).Table() == table {
				kept = append(kept, t)
				fmt.Fprintf(&key, "/%d:%d", t.op, querymodel.ID(t.bound))
			}
		}
		target = ranged[key.String()]
		if target == nil {
			bounds, err := x.bounds(ctx, kept)
			if err != nil {
				return nil, err
			}
			target = newTable(table, best, kept[0].column.Type().Kind(), bounds)
			ranged[key.String()] = target
		}
	}
	expanded[target] = true
	newSelect, err := querymodel.NewSelectTable(target)
	if err != nil {
		return nil, err
	}
	// The bound terms hold for every row of the expanded table (the bound
	// is exactly their intersection and rows with a NULL column are left
	// out), so the database need not test them again: they are dropped
	// from the chain's filters, and a filter left without a condition
	// goes.
	dropped := map[querymodel.Series]bool{}
	if best != "" {
		for _, t := range terms {
			if t.name == best && querymodel.DomainOf(t.column).Table() == table {
				dropped[t.term] = true
			}
		}
	}
	chain := map[querymodel.Node]bool{}
	for f := frame; ; {
		chain[f] = true
		if ff, ok := f.(*querymodel.Filter); ok {
			f = ff.Source
		} else if ff, ok := f.(*querymodel.Sort); ok {
			f = ff.Source
		} else {
			break
		}
	}
	return querymodel.Rewrite(src, func(orig, rebuilt querymodel.Node) (querymodel.Node, error) {
		switch n := rebuilt.(type) {
		case *querymodel.SelectTable:
			if n.Table == table {
				return newSelect, nil
			}
		case *querymodel.Filter:
			if !chain[orig] {
				break
			}
			before := conjunctsOf(orig.(*querymodel.Filter).Condition)
			after := conjunctsOf(n.Condition)
			if len(before) != len(after) {
				break
			}
			var keep []querymodel.Series
			for i, c := range before {
				if !dropped[c] {
					keep = append(keep, after[i])
				}
			}
			if len(keep) == len(after) {
				break
			}
			if len(keep) == 0 {
				return n.Source, nil
			}
			cond := keep[0]
			for _, c := range keep[1:] {
				var err error
				if cond, err = querymodel.NewFunction(querymodel.FnAnd, cond, c); err != nil {
					return nil, err
				}
			}
			return querymodel.NewFilter(n.Source, cond)
		}
		return rebuilt, nil
	})
}

// chainFrame returns the many-rows frame whose chain src reads: src
// itself when a frame, else the frame of a column of src's own domain.
func chainFrame(src querymodel.Node) querymodel.Frame {
	if f, ok := src.(querymodel.Frame); ok {
		if f.Dim() == querymodel.OneRowPerPatient {
			return nil
		}
		return f
	}
	dom := querymodel.DomainOf(src)
	if dom == nil {
		return nil
	}
	var out querymodel.Frame
	querymodel.Walk(src, func(n querymodel.Node) bool {
		if out != nil || querymodel.DomainOf(n) == nil {
			return false
		}
		if sc, ok := n.(*querymodel.SelectColumn); ok && querymodel.DomainOf(sc) == dom {
			out = sc.Source
			return false
		}
		return true
	})
	return out
}

// rangeTerm is a condition "column op bound" whose bound depends only on
// the interval.
type rangeTerm struct {
	term   querymodel.Series // the conjunct itself
	column *querymodel.SelectColumn
	name   string
	op     querymodel.FuncOp
	bound  querymodel.Series
}

// rangeTerms returns the conjuncts of cond that bound an event-level date
// or integer column by an expression of the parameters and literals.
func rangeTerms(cond querymodel.Series) []rangeTerm {
	flip := map[querymodel.FuncOp]querymodel.FuncOp{
		querymodel.FnGE: querymodel.FnLE, querymodel.FnGT: querymodel.FnLT,
		querymodel.FnLE: querymodel.FnGE, querymodel.FnLT: querymodel.FnGT,
		querymodel.FnEQ: querymodel.FnEQ,
	}
	var out []rangeTerm
	for _, c := range conjunctsOf(cond) {
		fn, ok := c.(*querymodel.Function)
		if !ok || len(fn.Args) != 2 {
			continue
		}
		flipped, isCmp := flip[fn.Op]
		if !isCmp {
			continue
		}
		for side, op := range []querymodel.FuncOp{fn.Op, flipped} {
			sc, ok := fn.Args[side].(*querymodel.SelectColumn)
			other := fn.Args[1-side]
			if !ok || querymodel.DomainOf(sc) == nil || !intervalOnly(other) {
				continue
			}
			if k := sc.Type().Kind(); k != querymodel.KindDate && k != querymodel.KindInt {
				continue
			}
			out = append(out, rangeTerm{term: c, column: sc, name: sc.Name, op: op, bound: other})
			break
		}
	}
	return out
}

// intervalOnly reports whether s is built from parameters and literals
// only (and uses a parameter).
func intervalOnly(s querymodel.Series) bool {
	ok, param := true, false
	querymodel.Walk(s, func(n querymodel.Node) bool {
		switch n.(type) {
		case *querymodel.Parameter:
			param = true
		case *querymodel.Value, *querymodel.Function, *querymodel.Case:
		default:
			ok = false
		}
		return ok
	})
	return ok && param
}

func conjunctsOf(s querymodel.Series) []querymodel.Series {
	if f, ok := s.(*querymodel.Function); ok && f.Op == querymodel.FnAnd {
		return append(conjunctsOf(f.Args[0]), conjunctsOf(f.Args[1])...)
	}
	return []querymodel.Series{s}
}

// bounds evaluates the terms' bounds for every interval.
func (x *expansion) bounds(ctx context.Context, terms []rangeTerm) ([]bound, error) {
	// One dataset over a one-row inline table evaluates every bound.
	schema, err := querymodel.NewTableSchema(querymodel.Column{Name: "one", Type: querymodel.Int})
	if err != nil {
		return nil, err
	}
	inline, err := querymodel.NewInlinePatientTable(&querymodel.LiteralRows{Rows: [][]any{{int64(1), int64(1)}}}, schema)
	if err != nil {
		return nil, err
	}
	pop, err := querymodel.NewAggregate(querymodel.AggExists, inline)
	if err != nil {
		return nil, err
	}
	var vars []querymodel.NamedSeries
	for i, t := range terms {
		vars = append(vars, querymodel.NamedSeries{Name: fmt.Sprintf("b%d", i), Series: t.bound})
	}
	template, err := querymodel.NewDataset(pop, vars, nil, nil)
	if err != nil {
		return nil, err
	}
	eng := memory.New(memory.MapSource{}, memory.Options{})
	out := make([]bound, len(x.intervals))
	for i, iv := range x.intervals {
		ds, err := querymodel.SubstituteParameters(template, querymodel.IntervalValues(iv))
		if err != nil {
			return nil, err
		}
		res, err := eng.EvaluateDataset(ctx, ds.(*querymodel.Dataset))
		if err != nil {
			return nil, err
		}
		b := bound{lo: math.MinInt64, hi: math.MaxInt64}
		for j, t := range terms {
			var v int64
			switch val := res.Tables[0].Value(0, j+1).(type) {
			case nil:
				b.empty = true
				continue
			case querymodel.CalendarDate:
				v = int64(memory.DateOf(val))
			case int64:
				v = val
			}
			switch t.op {
			case querymodel.FnGE:
				b.lo = max(b.lo, v)
			case querymodel.FnGT:
				if v == math.MaxInt64 {
					b.empty = true
				}
				b.lo = max(b.lo, v+1)
			case querymodel.FnLE:
				b.hi = min(b.hi, v)
			case querymodel.FnLT:
				if v == math.MinInt64 {
					b.empty = true
				}
				b.hi = min(b.hi, v-1)
			case querymodel.FnEQ:
				b.lo, b.hi = max(b.lo, v), min(b.hi, v)
			}
		}
		if b.lo > b.hi {
			b.empty = true
		}
		out[i] = b
	}
	return out, nil
}

// contains reports whether v lies in b.
func (b bound) contains(v int64) bool { return !b.empty && v >= b.lo && v <= b.hi }

// memoryTables builds the expanded tables and the interval table from
// the original tables in src, for evaluating the expansion in memory
// (tests compare that with per-interval evaluations).
func (x *expansion) memoryTables(src memory.Source) (memory.MapSource, error) {
	out := memory.MapSource{}
	var universe []int64
	data := map[*querymodel.Table]*memory.TableData{}
	for _, t := range x.sources {
		d, err := src.TableData(t)
		if err != nil {
			return nil, err
		}
		data[t] = d
		universe = append(universe, d.PatientIDs...)
	}
	slices.Sort(universe)
	universe = slices.Compact(universe)
	k := int64(x.k)
	iv := &memory.TableData{Columns: map[string]*memory.Column{
		ivColumn: {}, pidColumn: {}, querymodel.IntervalStart.Name: {}, querymodel.IntervalEnd.Name: {},
	}}
	for _, t := range x.merged {
		iv.Columns[mergedExists(t)] = &memory.Column{}
		for _, c := range t.Schema.Columns() {
			iv.Columns[mergedColumn(t, c.Name)] = &memory.Column{Valid: []bool{}}
		}
	}
	for _, p := range universe {
		for _, t := range x.merged {
			d := data[t]
			r, found := slices.BinarySearch(d.PatientIDs, p)
			for range x.intervals {
				iv.Columns[mergedExists(t)].Bools = append(iv.Columns[mergedExists(t)].Bools, found)
				for _, c := range t.Schema.Columns() {
					appendCell(iv.Columns[mergedColumn(t, c.Name)], d.Columns[c.Name], r, found)
				}
			}
		}
		for i, interval := range x.intervals {
			iv.PatientIDs = append(iv.PatientIDs, p*k+int64(i))
			iv.Columns[ivColumn].Ints = append(iv.Columns[ivColumn].Ints, int64(i))
			iv.Columns[pidColumn].Ints = append(iv.Columns[pidColumn].Ints, p)
			iv.Columns[querymodel.IntervalStart.Name].Dates = append(iv.Columns[querymodel.IntervalStart.Name].Dates, memory.DateOf(interval.Start))
			iv.Columns[querymodel.IntervalEnd.Name].Dates = append(iv.Columns[querymodel.IntervalEnd.Name].Dates, memory.DateOf(interval.End))
		}
	}
	for name, c := range iv.Columns {
		if c.Bools == nil && c.Ints == nil && c.Floats == nil && c.Dates == nil && c.Strs == nil {
			delete(iv.Columns, name) // no data: reads as NULL
		}
	}
	out[x.ivTable] = iv
	for _, et := range x.tables {
		d := data[et.source]
		var rows []int32
		var ids []int64
		n := len(d.PatientIDs)
		for start := 0; start < n; {
			end := start
			for end < n && d.PatientIDs[end] == d.PatientIDs[start] {
				end++
			}
			p := d.PatientIDs[start]
			for i := range x.intervals {
				for r := start; r < end; r++ {
					if et.column != "" {
						c := d.Columns[et.column]
						if c == nil || !c.IsValid(r) {
							continue
						}
						v := int64(0)
						if et.kind == querymodel.KindDate {
							v = int64(c.Dates[r])
						} else {
							v = c.Ints[r]
						}
						if !et.bounds[i].contains(v) {
							continue
						}
					}
					rows = append(rows, int32(r))
					ids = append(ids, p*k+int64(i))
				}
			}
			start = end
		}
		td := &memory.TableData{PatientIDs: ids, Columns: map[string]*memory.Column{}}
		for name, c := range d.Columns {
			td.Columns[name] = gatherColumn(c, rows)
		}
		out[et.table] = td
	}
	return out, nil
}

// appendCell appends row r of src (NULL when !found or src is nil) to dst,
// decoding dictionary-encoded strings.
func appendCell(dst, src *memory.Column, r int, found bool) {
	ok := found && src != nil && src.IsValid(r)
	dst.Valid = append(dst.Valid, ok)
	if src == nil {
		return
	}
	switch {
	case src.Bools != nil:
		dst.Bools = append(dst.Bools, ok && src.Bools[r])
	case src.Ints != nil:
		v := int64(0)
		if ok {
			v = src.Ints[r]
		}
		dst.Ints = append(dst.Ints, v)
	case src.Floats != nil:
		v := 0.0
		if ok {
			v = src.Floats[r]
		}
		dst.Floats = append(dst.Floats, v)
	case src.Dates != nil:
		var v memory.Date
		if ok {
			v = src.Dates[r]
		}
		dst.Dates = append(dst.Dates, v)
	case src.Strs != nil || src.Codes != nil:
		v := ""
		if ok {
			if src.Strs != nil {
				v = src.Strs[r]
			} else {
				v = src.Dict[src.Codes[r]]
			}
		}
		dst.Strs = append(dst.Strs, v)
	}
}

// gatherColumn returns the rows of c at idx.
func gatherColumn(c *memory.Column, idx []int32) *memory.Column {
	out := &memory.Column{Dict: c.Dict, Valid: gatherRows(c.Valid, idx)}
	switch {
	case c.Bools != nil:
		out.Bools = gatherRows(c.Bools, idx)
	case c.Ints != nil:
		out.Ints = gatherRows(c.Ints, idx)
	case c.Floats != nil:
		out.Floats = gatherRows(c.Floats, idx)
	case c.Strs != nil:
		out.Strs = gatherRows(c.Strs, idx)
	case c.Dates != nil:
		out.Dates = gatherRows(c.Dates, idx)
	case c.Codes != nil:
		out.Codes = gatherRows(c.Codes, idx)
	}
	return out
}

// gatherRows returns the elements of s at idx (nil when s is nil).
func gatherRows[T any](s []T, idx []int32) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = s[j]
	}
	return out
}
