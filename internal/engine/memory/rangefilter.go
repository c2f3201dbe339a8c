package memory

import (
	"math"
	"math/bits"
	"slices"
	"sort"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// rangeIndex is an event-level date or integer series over a domain's
// rows sorted by value: vals ascending, pos the row position of each
// value (NULLs left out).
type rangeIndex struct {
	n    int // rows in the domain
	vals []int64
	pos  []int32
}

// rangeFilter selects the rows of a Filter through a rangeIndex when the
// filter is evaluated under a Prepared, its source is shared and its
// condition is a conjunction one or more of whose terms bound a shared
// event-level date or integer series x by a value that is the same for
// every row (x >= a, x < b, a <= x, x == a, ...). The rows whose x lies in
// the bounds come from x's index in O(matching rows); the other terms are
// then tested on those rows only. It returns nil when the filter does not
// have that form.
//
// The result is the rows for which the whole condition is True, as the
// plain evaluation gives: under Kleene logic a conjunction is True
// exactly when every term is True, and a comparison with NULL is never
// True.
func (e *evaluator) rangeFilter(f *querymodel.Filter, src *eventFrame) *rowSet {
	var x querymodel.Series
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	var others []querymodel.Series
	for _, term := range conjuncts(f.Condition) {
		tx, op, bound, ok := e.rangeTerm(term)
		if ok && (x == nil || tx == x) {
			if b := e.series(bound); isNullType(b) || (b.scalar && b.typ.Kind() == tx.Type().Kind()) {
				x = tx
				if isNullType(b) || !b.IsValid(0) {
					lo, hi = 1, 0 // compared with NULL: no row
					continue
				}
				var v int64
				if b.typ.Kind() == querymodel.KindDate {
					v = int64(b.Dates[0])
				} else {
					v = b.Ints[0]
				}
				lo, hi = narrow(lo, hi, op, v)
				continue
			}
		}
		others = append(others, term)
	}
	if x == nil {
		return nil
	}
	rs := src.rs
	dom := querymodel.DomainOf(f.Source)
	idx := e.prep.result(indexKey{x, dom}, func() any {
		return newRangeIndex(e.align(e.series(x), rs))
	}).(*rangeIndex)
	out := &rowSet{tab: rs.tab, rows: []int32{}, pat: []int32{}}
	if lo > hi {
		return out
	}
	i := sort.Search(len(idx.vals), func(k int) bool { return idx.vals[k] >= lo })
	j := sort.Search(len(idx.vals), func(k int) bool { return idx.vals[k] > hi })
	if i >= j {
		return out
	}
	// Mark the matching positions in a bitmap, which also puts them back
	// in row order.
	marks := make([]uint64, (idx.n+63)/64)
	for _, p := range idx.pos[i:j] {
		marks[p>>6] |= 1 << (p & 63)
	}
	for _, term := range others {
		if !e.keepWhereTrue(marks, term, rs) {
			return out
		}
	}
	count := 0
	for _, w := range marks {
		count += bits.OnesCount64(w)
	}
	out.rows = make([]int32, 0, count)
	out.pat = make([]int32, 0, count)
	for wi, w := range marks {
		for w != 0 {
			p := wi<<6 + bits.TrailingZeros64(w)
			w &= w - 1
			out.rows = append(out.rows, rs.base(p))
			out.pat = append(out.pat, rs.pat[p])
		}
	}
	return out
}

// flippedComparison maps each comparison a op b that rangeTerm handles to
// the op' with b op' a.
var flippedComparison = map[querymodel.FuncOp]querymodel.FuncOp{
	querymodel.FnGE: querymodel.FnLE, querymodel.FnGT: querymodel.FnLT,
	querymodel.FnLE: querymodel.FnGE, querymodel.FnLT: querymodel.FnGT,
	querymodel.FnEQ: querymodel.FnEQ,
}

// rangeTerm reports whether term compares a shared event-level date or
// integer series x with another series bound, returning them and the
// comparison as "x op bound".
func (e *evaluator) rangeTerm(term querymodel.Series) (x querymodel.Series, op querymodel.FuncOp, bound querymodel.Series, ok bool) {
	fn, isFn := term.(*querymodel.Function)
	if !isFn || len(fn.Args) != 2 {
		return nil, 0, nil, false
	}
	flip, isCmp := flippedComparison[fn.Op]
	if !isCmp {
		return nil, 0, nil, false
	}
	indexable := func(s querymodel.Series) bool {
		k := s.Type().Kind()
		return (k == querymodel.KindDate || k == querymodel.KindInt) && !s.Type().IsSet() &&
			querymodel.DomainOf(s) != nil && e.prep.shared[s]
	}
	switch {
	case indexable(fn.Args[0]):
		return fn.Args[0], fn.Op, fn.Args[1], true
	case indexable(fn.Args[1]):
		return fn.Args[1], flip, fn.Args[0], true
	}
	return nil, 0, nil, false
}

// narrow intersects [lo, hi] with the values v' satisfying v' op v.
func narrow(lo, hi int64, op querymodel.FuncOp, v int64) (int64, int64) {
	switch op {
	case querymodel.FnGE:
		lo = max(lo, v)
	case querymodel.FnGT:
		if v == math.MaxInt64 {
			return 1, 0
		}
		lo = max(lo, v+1)
	case querymodel.FnLE:
		hi = min(hi, v)
	case querymodel.FnLT:
		if v == math.MinInt64 {
			return 1, 0
		}
		hi = min(hi, v-1)
	case querymodel.FnEQ:
		lo, hi = max(lo, v), min(hi, v)
	}
	return lo, hi
}

// keepWhereTrue clears the marks of the positions of rs at which term is
// not True; it returns false when no mark can remain.
func (e *evaluator) keepWhereTrue(marks []uint64, term querymodel.Series, rs *rowSet) bool {
	v := e.series(term)
	if isNullType(v) {
		return false
	}
	if v.scalar {
		return v.IsValid(0) && v.Bools[0]
	}
	var at func(p int) bool
	switch {
	case v.rs == nil: // patient-level: read each row's patient
		at = func(p int) bool {
			q := rs.pat[p]
			return v.IsValid(int(q)) && v.Bools[q]
		}
	default:
		v = e.align(v, rs)
		at = func(p int) bool { return v.IsValid(p) && v.Bools[p] }
	}
	for wi, w := range marks {
		for rest := w; rest != 0; rest &= rest - 1 {
			p := wi<<6 + bits.TrailingZeros64(rest)
			if !at(p) {
				w &^= 1 << (p & 63)
			}
		}
		marks[wi] = w
	}
	return true
}

// newRangeIndex sorts the non-NULL values of an event-level date or
// integer vec, by counting when their span is small.
func newRangeIndex(v *vec) *rangeIndex {
	n := v.n
	vals := make([]int64, 0, n)
	pos := make([]int32, 0, n)
	for i := range n {
		if !v.IsValid(i) {
			continue
		}
		var x int64
		if v.typ.Kind() == querymodel.KindDate {
			x = int64(v.Dates[i])
		} else {
			x = v.Ints[i]
		}
		vals = append(vals, x)
		pos = append(pos, int32(i))
	}
	idx := &rangeIndex{n: n, vals: vals, pos: pos}
	if len(vals) == 0 {
		return idx
	}
	lo, hi := slices.Min(vals), slices.Max(vals)
	if span := uint64(hi - lo); hi-lo >= 0 && span <= uint64(4*len(vals)+1024) {
		// Counting sort: stable, so equal values keep row order.
		counts := make([]int32, span+2)
		for _, x := range vals {
			counts[x-lo+1]++
		}
		for k := 1; k < len(counts); k++ {
			counts[k] += counts[k-1]
		}
		sv := make([]int64, len(vals))
		sp := make([]int32, len(vals))
		for k, x := range vals {
			d := counts[x-lo]
			counts[x-lo]++
			sv[d], sp[d] = x, pos[k]
		}
		idx.vals, idx.pos = sv, sp
		return idx
	}
	order := make([]int32, len(vals))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		switch {
		case vals[a] < vals[b]:
			return -1
		case vals[a] > vals[b]:
			return 1
		}
		return 0
	})
	sv := make([]int64, len(vals))
	sp := make([]int32, len(vals))
	for k, o := range order {
		sv[k], sp[k] = vals[o], pos[o]
	}
	idx.vals, idx.pos = sv, sp
	return idx
}

// conjuncts flattens nested Ands.
func conjuncts(s querymodel.Series) []querymodel.Series {
	if f, ok := s.(*querymodel.Function); ok && f.Op == querymodel.FnAnd {
		return append(conjuncts(f.Args[0]), conjuncts(f.Args[1])...)
	}
	return []querymodel.Series{s}
}
