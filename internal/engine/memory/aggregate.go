package memory

import (
	"cmp"
	"slices"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// aggregate evaluates an AggregateByPatient node: one value per patient of
// the universe. NULL values are ignored; patients without values get 0
// (counts), False (exists) or NULL (everything else).
func (e *evaluator) aggregate(a *querymodel.Aggregate) *vec {
	sh := shape{n: e.n}
	switch a.Op {
	case querymodel.AggExists, querymodel.AggCount:
		counts := make([]int64, e.n)
		switch f := e.frame(a.Source.(querymodel.Frame)).(type) {
		case *eventFrame:
			for _, p := range f.rs.pat {
				counts[p]++
			}
		case *patientFrame:
			for p, r := range f.row {
				if r >= 0 {
					counts[p] = 1
				}
			}
		default:
			panic(evalErrorf("cannot aggregate %T", a.Source))
		}
		if a.Op == querymodel.AggCount {
			return newVec(querymodel.Int, sh, counts, nil)
		}
		out := make([]bool, e.n)
		for i, c := range counts {
			out[i] = c > 0
		}
		return newVec(querymodel.Bool, sh, out, nil)
	}
	src := e.series(a.Source.(querymodel.Series))
	if a.Op == querymodel.AggCombineAsSet {
		return &vec{typ: a.Type(), n: e.n, set: &setVal{events: src}}
	}
	if src.rs == nil {
		panic(internalf("aggregating a patient-level series"))
	}
	pat := src.rs.pat
	t := src.typ
	if isNullType(src) {
		switch a.Op {
		case querymodel.AggCountDistinct, querymodel.AggCountEpisodes:
			return newVec(querymodel.Int, sh, make([]int64, e.n), nil)
		}
		return nullScalar(a.Type())
	}
	switch a.Op {
	case querymodel.AggCountDistinct:
		switch t.Kind() {
		case querymodel.KindBool:
			return countDistinct(e.n, pat, argOf[bool](src))
		case querymodel.KindInt:
			return countDistinct(e.n, pat, argOf[int64](src))
		case querymodel.KindFloat:
			return countDistinct(e.n, pat, argOf[float64](src))
		case querymodel.KindStr, querymodel.KindCode:
			if dv := e.dictOf(src); dv != nil {
				return countDistinctDict(e.n, pat, src, dv)
			}
			return countDistinct(e.n, pat, argOf[string](src))
		case querymodel.KindDate:
			return countDistinct(e.n, pat, argOf[Date](src))
		}
	case querymodel.AggCountEpisodes:
		return countEpisodes(e.n, pat, argOf[Date](src), a.MaximumGapDays)
	case querymodel.AggMin, querymodel.AggMax:
		sign := 1
		if a.Op == querymodel.AggMin {
			sign = -1
		}
		switch t.Kind() {
		case querymodel.KindInt:
			return extremeByPatient(t, e.n, pat, argOf[int64](src), sign)
		case querymodel.KindFloat:
			return extremeByPatient(t, e.n, pat, argOf[float64](src), sign)
		case querymodel.KindStr, querymodel.KindCode:
			return extremeByPatient(t, e.n, pat, argOf[string](src), sign)
		case querymodel.KindDate:
			return extremeByPatient(t, e.n, pat, argOf[Date](src), sign)
		}
	case querymodel.AggSum, querymodel.AggMean:
		mean := a.Op == querymodel.AggMean
		if t.Kind() == querymodel.KindInt {
			return sumByPatient(e.n, pat, argOf[int64](src), mean)
		}
		return sumByPatient(e.n, pat, argOf[float64](src), mean)
	}
	panic(evalErrorf("cannot evaluate %s of %s", a.Op, t))
}

func countDistinct[T comparable](n int, pat []int32, a arg[T]) *vec {
	out := make([]int64, n)
	seen := make(map[T]struct{})
	forSegments(pat, func(p int32, start, end int) {
		clear(seen)
		for i := start; i < end; i++ {
			if x, ok := a.at(i); ok {
				seen[x] = struct{}{}
			}
		}
		out[p] = int64(len(seen))
	})
	return newVec(querymodel.Int, shape{n: n}, out, nil)
}

// countEpisodes counts runs of dates in which consecutive dates are at
// most gap days apart.
func countEpisodes(n int, pat []int32, a arg[Date], gap int64) *vec {
	out := make([]int64, n)
	var buf []Date
	forSegments(pat, func(p int32, start, end int) {
		buf = buf[:0]
		for i := start; i < end; i++ {
			if x, ok := a.at(i); ok {
				buf = append(buf, x)
			}
		}
		if len(buf) == 0 {
			return
		}
		slices.Sort(buf)
		count := int64(1)
		for i := 1; i < len(buf); i++ {
			if int64(buf[i])-int64(buf[i-1]) > gap {
				count++
			}
		}
		out[p] = count
	})
	return newVec(querymodel.Int, shape{n: n}, out, nil)
}

func extremeByPatient[T cmp.Ordered](t querymodel.Type, n int, pat []int32, a arg[T], sign int) *vec {
	out := make([]T, n)
	ok := make([]bool, n)
	for i, p := range pat {
		if x, xv := a.at(i); xv && (!ok[p] || cmp.Compare(x, out[p])*sign > 0) {
			out[p], ok[p] = x, true
		}
	}
	return newVec(t, shape{n: n}, out, ok)
}

func sumByPatient[T int64 | float64](n int, pat []int32, a arg[T], mean bool) *vec {
	sum := make([]T, n)
	count := make([]int64, n)
	for i, p := range pat {
		if x, ok := a.at(i); ok {
			sum[p] += x
			count[p]++
		}
	}
	ok := make([]bool, n)
	for p, c := range count {
		ok[p] = c > 0
	}
	if !mean {
		var z T
		var t querymodel.Type = querymodel.Float
		if _, isInt := any(z).(int64); isInt {
			t = querymodel.Int
		}
		return newVec(t, shape{n: n}, sum, ok)
	}
	out := make([]float64, n)
	for p, c := range count {
		if c > 0 {
			out[p] = float64(sum[p]) / float64(c)
		}
	}
	return newVec(querymodel.Float, shape{n: n}, out, ok)
}
