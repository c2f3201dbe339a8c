package memory

import (
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// vec is an evaluated series. A patient-level vec (rs == nil) has one value
// per patient of the universe, or is a scalar: one value broadcast to every
// patient and row. An event-level vec (rs != nil) has one value per row of
// rs.
type vec struct {
	Column
	typ    querymodel.Type
	rs     *rowSet
	scalar bool
	n      int
	// in is set for Set-typed vecs: the sets themselves are evaluated
	// lazily by In.
	set *setVal
	// For string and code vecs read straight from a table column: the
	// column and the rows taken from it (nil: every row, in order), so
	// kernels can work on the column's dictionary encoding (see dictOf).
	dsrc  *Column
	drows []int32
	// shared is set once the vec is the result of a node shared between
	// evaluations (see Prepared): it is then read by several goroutines
	// and never modified.
	shared bool
}

// setVal is the value of a Set-typed series: a literal frozenset or the
// per-patient values of an event series.
type setVal struct {
	literal *querymodel.Frozenset
	events  *vec // CombineAsSet source, event-level
}

// arg is a typed view of a vec for kernels: element i lives at i*s.
type arg[T any] struct {
	v  []T
	ok []bool
	s  int
}

func (a arg[T]) at(i int) (T, bool) {
	j := i * a.s
	return a.v[j], a.ok == nil || a.ok[j]
}

func (a arg[T]) valid(i int) bool {
	return a.ok == nil || a.ok[i*a.s]
}

// slot returns a pointer to the typed slice of c holding T values.
func slot[T any](c *Column) *[]T {
	var p any
	var z T
	switch any(z).(type) {
	case bool:
		p = &c.Bools
	case int64:
		p = &c.Ints
	case float64:
		p = &c.Floats
	case string:
		p = &c.Strs
	case Date:
		p = &c.Dates
	default:
		panic("memory: unsupported element type")
	}
	return p.(*[]T)
}

func argOf[T any](v *vec) arg[T] {
	s := 1
	if v.scalar {
		s = 0
	}
	p := slot[T](&v.Column)
	if sp, ok := any(p).(*[]string); ok && *sp == nil && v.Codes != nil {
		// A dictionary-encoded vec, decoded on first plain use; a shared
		// vec is decoded afresh each time, never modified.
		strs := decodeStrs(&v.Column)
		if v.shared {
			return arg[T]{v: any(strs).([]T), ok: v.Valid, s: s}
		}
		*sp = strs
	}
	return arg[T]{v: *p, ok: v.Valid, s: s}
}

// decodeStrs returns the values of a dictionary-encoded column.
func decodeStrs(c *Column) []string {
	out := make([]string, len(c.Codes))
	for i, k := range c.Codes {
		out[i] = c.Dict[k]
	}
	return out
}

// shape is the length and alignment of a kernel result.
type shape struct {
	n      int
	rs     *rowSet
	scalar bool
}

func newVec[T any](t querymodel.Type, sh shape, vals []T, valid []bool) *vec {
	v := &vec{typ: t, rs: sh.rs, scalar: sh.scalar, n: sh.n}
	*slot[T](&v.Column) = vals
	v.Valid = valid
	return v
}

// map1 applies f elementwise; f's second result false means NULL. NULL
// inputs give NULL without calling f.
func map1[A, R any](t querymodel.Type, sh shape, a arg[A], f func(A) (R, bool)) *vec {
	out := make([]R, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		x, xv := a.at(i)
		if xv {
			out[i], ok[i] = f(x)
		}
	}
	return newVec(t, sh, out, ok)
}

// map2 is map1 for two arguments.
func map2[A, B, R any](t querymodel.Type, sh shape, a arg[A], b arg[B], f func(A, B) (R, bool)) *vec {
	out := make([]R, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		x, xv := a.at(i)
		y, yv := b.at(i)
		if xv && yv {
			out[i], ok[i] = f(x, y)
		}
	}
	return newVec(t, sh, out, ok)
}

// nullScalar is a NULL of type t broadcast everywhere.
func nullScalar(t querymodel.Type) *vec {
	v := &vec{typ: t, scalar: true, n: 1}
	v.Column = *NewColumn(t, 1)
	return v
}

// constScalar is the literal x (normalised by querymodel) of type t.
func constScalar(t querymodel.Type, x any) *vec {
	v := nullScalar(t)
	if x == nil {
		return v
	}
	if err := v.Column.Set(0, x); err != nil {
		panic(internalf("literal %#v: %v", x, err))
	}
	return v
}

// gather returns the column whose element i is c's element idx[i]
// (NULL where idx[i] < 0). Only the typed slices present in c are copied.
func gather(c *Column, idx []int32) Column {
	var out Column
	n := len(idx)
	out.Valid = make([]bool, n)
	for i, j := range idx {
		out.Valid[i] = j >= 0 && (c.Valid == nil || c.Valid[j])
	}
	out.Bools = gatherSlice(c.Bools, idx)
	out.Ints = gatherSlice(c.Ints, idx)
	out.Floats = gatherSlice(c.Floats, idx)
	out.Strs = gatherSlice(c.Strs, idx)
	out.Dates = gatherSlice(c.Dates, idx)
	if c.Codes != nil && c.Strs == nil {
		out.Codes = gatherSlice(c.Codes, idx)
		out.Dict = c.Dict
	}
	return out
}

func gatherSlice[T any](s []T, idx []int32) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(idx))
	for i, j := range idx {
		if j >= 0 {
			out[i] = s[j]
		}
	}
	return out
}

// materialise returns v with one value per patient (expanding a scalar).
func (e *evaluator) materialise(v *vec) *vec {
	if !v.scalar {
		return v
	}
	idx := make([]int32, e.n) // all zero: every patient reads element 0
	out := &vec{typ: v.typ, n: e.n, set: v.set}
	out.Column = gather(&v.Column, idx)
	return out
}

// align returns v aligned to rs: scalars stay scalars, patient-level vecs
// are broadcast over rs's rows, and event-level vecs of an ancestor domain
// are restricted to rs's rows.
func (e *evaluator) align(v *vec, rs *rowSet) *vec {
	if v.scalar || v.rs == rs {
		return v
	}
	key := alignKey{v, rs}
	if out, ok := e.aligned[key]; ok {
		return out
	}
	var idx []int32
	if v.rs == nil {
		if rs == nil {
			panic(internalf("align: patient vec to patient level"))
		}
		idx = rs.pat
	} else {
		if rs == nil || v.rs.tab != rs.tab {
			panic(internalf("align: series from a different table"))
		}
		idx = positionsIn(v.rs.rows, rs.rows, rs.n())
	}
	out := &vec{typ: v.typ, rs: rs, n: len(idx), set: v.set}
	out.Column = gather(&v.Column, idx)
	e.aligned[key] = out
	return out
}

// positionsIn returns, for each base row of sub (nil: rows 0..n-1), its
// position in super (nil: all rows). sub must be a subsequence of super.
func positionsIn(super, sub []int32, n int) []int32 {
	idx := make([]int32, n)
	if super == nil {
		if sub == nil {
			for i := range idx {
				idx[i] = int32(i)
			}
			return idx
		}
		copy(idx, sub)
		return idx
	}
	j := 0
	for i := range idx {
		r := int32(i)
		if sub != nil {
			r = sub[i]
		}
		for super[j] != r {
			j++
		}
		idx[i] = int32(j)
	}
	return idx
}

type alignKey struct {
	v  *vec
	rs *rowSet
}

// shapeOf returns the result shape of an elementwise operation over vs,
// aligning them: the event-level row set if any input has one, the
// patient universe if any input is a non-scalar patient vec, else scalar.
func (e *evaluator) shapeOf(vs []*vec) (shape, []*vec) {
	var rs *rowSet
	patient := false
	for _, v := range vs {
		if v == nil {
			continue
		}
		if v.rs != nil {
			rs = v.rs
		} else if !v.scalar {
			patient = true
		}
	}
	out := make([]*vec, len(vs))
	switch {
	case rs != nil:
		for i, v := range vs {
			if v != nil {
				out[i] = e.align(v, rs)
			}
		}
		return shape{n: rs.n(), rs: rs}, out
	case patient:
		copy(out, vs)
		return shape{n: e.n}, out
	}
	copy(out, vs)
	return shape{n: 1, scalar: true}, out
}
