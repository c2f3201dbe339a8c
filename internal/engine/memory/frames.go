package memory

import (
	"cmp"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// tableState is a loaded table with its rows mapped to the universe.
type tableState struct {
	schema  *querymodel.TableSchema
	data    *TableData
	patient bool
	pat     []int32 // universe index of each row
	rowOf   []int32 // patient tables: row of each universe patient, or -1
}

// rowSet is the rows of one domain: base rows of a table, in table order
// (so grouped by patient, patients ascending).
type rowSet struct {
	tab  *tableState
	rows []int32 // base row indices, ascending; nil means every row
	pat  []int32 // universe index of each row
}

func (rs *rowSet) n() int { return len(rs.pat) }

func (rs *rowSet) base(i int) int32 {
	if rs.rows == nil {
		return int32(i)
	}
	return rs.rows[i]
}

// eventFrame is an evaluated many-rows frame: its domain's rows and the
// sort keys applied to it, highest priority first.
type eventFrame struct {
	rs   *rowSet
	keys []querymodel.Series
}

// patientFrame is an evaluated one-row-per-patient frame: for each patient
// of the universe, the row of tab holding its values, or -1.
type patientFrame struct {
	tab *tableState
	row []int32
}

func (e *evaluator) frame(f querymodel.Frame) any {
	if v, ok := e.frames[f]; ok {
		return v
	}
	var out any
	if e.prep != nil && e.prep.shared[f] {
		out = e.prep.result(f, func() any { return e.evalFrame(f) })
		if ef, ok := out.(*eventFrame); ok {
			e.adoptDomain(querymodel.DomainOf(f), ef.rs)
		}
	} else {
		out = e.evalFrame(f)
	}
	e.frames[f] = out
	return out
}

// evalFrame evaluates f (not memoised).
func (e *evaluator) evalFrame(f querymodel.Frame) any {
	e.check()
	var out any
	switch f := f.(type) {
	case *querymodel.SelectTable:
		ts := e.tables[f.Table]
		rs := &rowSet{tab: ts, pat: ts.pat}
		e.domains[querymodel.DomainOf(f)] = rs
		out = &eventFrame{rs: rs}
	case *querymodel.SelectPatientTable:
		ts := e.tables[f.Table]
		out = &patientFrame{tab: ts, row: ts.rowOf}
	case *querymodel.InlinePatientTable:
		ts := e.inline[f]
		out = &patientFrame{tab: ts, row: ts.rowOf}
	case *querymodel.Filter:
		out = e.filter(f)
	case *querymodel.Sort:
		src := e.eventFrame(f.Source)
		keys := make([]querymodel.Series, 0, len(src.keys)+1)
		keys = append(keys, f.SortBy)
		keys = append(keys, src.keys...)
		out = &eventFrame{rs: src.rs, keys: keys}
	case *querymodel.PickOneRowPerPatient:
		out = e.pick(f.Source, f.Position)
	case *querymodel.PickOneRowPerPatientWithColumns:
		out = e.pick(f.Source, f.Position)
	case *querymodel.SeriesCollectionFrame:
		out = f // members are evaluated on demand by SelectColumn
	default:
		panic(internalf("unknown frame %T", f))
	}
	return out
}

func (e *evaluator) eventFrame(f querymodel.Frame) *eventFrame {
	ef, ok := e.frame(f).(*eventFrame)
	if !ok {
		panic(internalf("%T is not a many-rows frame", f))
	}
	return ef
}

func (e *evaluator) filter(f *querymodel.Filter) *eventFrame {
	src := e.eventFrame(f.Source)
	dom := querymodel.DomainOf(f)
	if rs, ok := e.domains[dom]; ok {
		return &eventFrame{rs: rs, keys: src.keys}
	}
	if e.prep != nil && !e.prep.shared[f] && e.prep.shared[f.Source] {
		if rs := e.rangeFilter(f, src); rs != nil {
			e.domains[dom] = rs
			return &eventFrame{rs: rs, keys: src.keys}
		}
	}
	cond := e.series(f.Condition)
	if isNullType(cond) {
		cond = nullScalar(querymodel.Bool)
	}
	cond = e.align(cond, src.rs)
	var rs *rowSet
	if cond.scalar {
		rs = &rowSet{tab: src.rs.tab}
		if cond.IsValid(0) && cond.Bools[0] {
			rs.rows, rs.pat = src.rs.rows, src.rs.pat // nil rows: still every row
		} else {
			rs.rows, rs.pat = []int32{}, []int32{}
		}
	} else {
		rs = &rowSet{tab: src.rs.tab}
		rs.rows, rs.pat = compact(cond.Bools, cond.Valid, src.rs.rows, src.rs.pat)
	}
	e.domains[dom] = rs
	return &eventFrame{rs: rs, keys: src.keys}
}

// pick chooses, per patient, the first (or last) row of the stable order
// the frame's sort keys define, NULL lowest. Because every sort is stable
// and filters keep order, that order is the lexicographic order of the keys
// with table order breaking ties; the last row is the greatest key taking
// the latest row among ties.
func (e *evaluator) pick(src querymodel.Frame, pos querymodel.Position) *patientFrame {
	ef := e.eventFrame(src)
	rs := ef.rs
	cmps := make([]func(i, j int) int, len(ef.keys))
	for k, key := range ef.keys {
		cmps[k] = comparator(e.align(e.series(key), rs))
	}
	compare := func(i, j int) int {
		for _, c := range cmps {
			if r := c(i, j); r != 0 {
				return r
			}
		}
		return 0
	}
	if len(cmps) == 1 {
		compare = cmps[0]
	}
	row := make([]int32, e.n)
	for i := range row {
		row[i] = -1
	}
	last := pos == querymodel.Last
	forSegments(rs.pat, func(p int32, start, end int) {
		best := start
		for r := start + 1; r < end; r++ {
			c := compare(r, best)
			if (!last && c < 0) || (last && c >= 0) {
				best = r
			}
		}
		row[p] = rs.base(best)
	})
	return &patientFrame{tab: rs.tab, row: row}
}

// forSegments calls fn for each run of equal patient indices in pat.
func forSegments(pat []int32, fn func(p int32, start, end int)) {
	n := len(pat)
	for start := 0; start < n; {
		p := pat[start]
		end := start + 1
		for end < n && pat[end] == p {
			end++
		}
		fn(p, start, end)
		start = end
	}
}

// comparator orders the elements of an event-level vec, NULL lowest.
func comparator(v *vec) func(i, j int) int {
	switch v.typ.Kind() {
	case querymodel.KindBool:
		a := argOf[bool](v)
		return func(i, j int) int {
			x, xv := a.at(i)
			y, yv := a.at(j)
			if !xv || !yv {
				return cmp.Compare(b2i(xv), b2i(yv))
			}
			return cmp.Compare(b2i(x), b2i(y))
		}
	case querymodel.KindInt:
		return orderedComparator(argOf[int64](v))
	case querymodel.KindFloat:
		return orderedComparator(argOf[float64](v))
	case querymodel.KindStr, querymodel.KindCode:
		return orderedComparator(argOf[string](v))
	case querymodel.KindDate:
		return orderedComparator(argOf[Date](v))
	case querymodel.KindNull:
		return func(int, int) int { return 0 }
	}
	panic(internalf("cannot sort by %s", v.typ))
}

func orderedComparator[T cmp.Ordered](a arg[T]) func(i, j int) int {
	if a.ok == nil && a.s == 1 {
		return func(i, j int) int { return cmp.Compare(a.v[i], a.v[j]) }
	}
	return func(i, j int) int {
		x, xv := a.at(i)
		y, yv := a.at(j)
		if !xv || !yv {
			return cmp.Compare(b2i(xv), b2i(yv))
		}
		return cmp.Compare(x, y)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// selectColumn reads a column of a frame.
func (e *evaluator) selectColumn(s *querymodel.SelectColumn) *vec {
	switch f := e.frame(s.Source).(type) {
	case *eventFrame:
		rs := f.rs
		v := &vec{typ: s.Type(), rs: rs, n: rs.n()}
		c := rs.tab.data.Columns[s.Name]
		switch {
		case c == nil:
			v.Column = *NewColumn(s.Type(), rs.n())
		case rs.rows == nil:
			v.Column = *c
			v.dsrc = c
		default:
			v.Column = gather(c, rs.rows)
			v.dsrc, v.drows = c, rs.rows
		}
		return v
	case *patientFrame:
		v := &vec{typ: s.Type(), n: e.n}
		c := f.tab.data.Columns[s.Name]
		if c == nil {
			return nullScalar(s.Type())
		}
		if f.row == nil { // patient table whose rows are the universe
			v.Column = *c
		} else {
			v.Column = gather(c, f.row)
		}
		return v
	case *querymodel.SeriesCollectionFrame:
		for _, m := range f.Members {
			if m.Name == s.Name {
				return e.series(m.Series)
			}
		}
		panic(internalf("event table has no column %q", s.Name))
	}
	panic(internalf("SelectColumn from %T", s.Source))
}

// compact returns the base rows and patients of the rows whose condition
// is True. It is written without data-dependent branches: conditions are
// typically unpredictable.
func compact(keep, valid []bool, rows, pat []int32) ([]int32, []int32) {
	kept := 0
	if valid == nil {
		for _, x := range keep {
			kept += b2i(x)
		}
	} else {
		for i, x := range keep {
			kept += b2i(x && valid[i])
		}
	}
	outRows := make([]int32, kept+1) // one spare slot for the branch-free writes
	outPat := make([]int32, kept+1)
	j := 0
	for i, x := range keep {
		r := int32(i)
		if rows != nil {
			r = rows[i]
		}
		outRows[j] = r
		outPat[j] = pat[i]
		ok := x
		if valid != nil {
			ok = x && valid[i]
		}
		j += b2i(ok)
	}
	return outRows[:kept:kept], outPat[:kept:kept]
}
