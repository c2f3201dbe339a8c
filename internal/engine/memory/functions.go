package memory

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func isNullType(v *vec) bool { return v.typ.Kind() == querymodel.KindNull && !v.typ.IsSet() }

func (e *evaluator) function(f *querymodel.Function) *vec {
	args := make([]*vec, len(f.Args))
	for i, a := range f.Args {
		args[i] = e.series(a)
	}
	switch f.Op {
	case querymodel.FnAnd, querymodel.FnOr:
		return e.logic(f.Op, args[0], args[1])
	case querymodel.FnIsNull:
		return e.isNull(args[0])
	case querymodel.FnIn:
		return e.in(args[0], args[1])
	case querymodel.FnMinimumOf, querymodel.FnMaximumOf:
		return e.extremum(f, args)
	}
	// Every other function is NULL when any input is NULL.
	for _, a := range args {
		if isNullType(a) {
			return nullScalar(f.Type())
		}
	}
	sh, args := e.shapeOf(args)
	op := f.Op
	switch op {
	case querymodel.FnEQ, querymodel.FnNE, querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
		if v := e.compareDict(op, sh, args[0], args[1]); v != nil {
			return v
		}
		return compare(op, sh, args[0], args[1])
	case querymodel.FnNot:
		return map1(querymodel.Bool, sh, argOf[bool](args[0]), func(x bool) (bool, bool) { return !x, true })
	case querymodel.FnNegate, querymodel.FnAbsolute, querymodel.FnAdd, querymodel.FnSubtract, querymodel.FnMultiply:
		return arithmetic(op, f.Type(), sh, args)
	case querymodel.FnTrueDivide:
		return map2(querymodel.Float, sh, floatArg(args[0]), floatArg(args[1]), func(x, y float64) (float64, bool) {
			if y == 0 {
				return 0, false
			}
			return x / y, true
		})
	case querymodel.FnFloorDivide:
		if args[0].typ.Kind() == querymodel.KindInt {
			return map2(querymodel.Int, sh, argOf[int64](args[0]), argOf[int64](args[1]), floorDivInt)
		}
		return map2(querymodel.Int, sh, floatArg(args[0]), floatArg(args[1]), func(x, y float64) (int64, bool) {
			if y == 0 {
				return 0, false
			}
			return floatToInt(math.Floor(x / y))
		})
	case querymodel.FnPower:
		return map2(querymodel.Float, sh, floatArg(args[0]), floatArg(args[1]), power)
	case querymodel.FnCastToInt:
		switch args[0].typ.Kind() {
		case querymodel.KindBool:
			return map1(querymodel.Int, sh, argOf[bool](args[0]), func(x bool) (int64, bool) { return int64(b2i(x)), true })
		case querymodel.KindFloat:
			return map1(querymodel.Int, sh, argOf[float64](args[0]), func(x float64) (int64, bool) { return floatToInt(math.Trunc(x)) })
		}
		return args[0]
	case querymodel.FnCastToFloat:
		return &vec{Column: Column{Floats: floatArg(args[0]).v, Valid: args[0].Valid}, typ: querymodel.Float, rs: sh.rs, scalar: sh.scalar, n: sh.n}
	case querymodel.FnDateAddDays:
		return map2(querymodel.Date, sh, argOf[Date](args[0]), argOf[int64](args[1]), func(d Date, n int64) (Date, bool) {
			if n > maxOffset || n < -maxOffset {
				panic(dateRangeError())
			}
			return checkDate(int64(d) + n), true
		})
	case querymodel.FnDateAddMonths:
		return map2(querymodel.Date, sh, argOf[Date](args[0]), argOf[int64](args[1]), addMonths)
	case querymodel.FnDateAddYears:
		return map2(querymodel.Date, sh, argOf[Date](args[0]), argOf[int64](args[1]), func(d Date, n int64) (Date, bool) {
			if n > maxOffset || n < -maxOffset {
				panic(dateRangeError())
			}
			return addMonths(d, n*12)
		})
	case querymodel.FnDateDifferenceInDays:
		return map2(querymodel.Int, sh, argOf[Date](args[0]), argOf[Date](args[1]), func(a, b Date) (int64, bool) {
			return int64(a) - int64(b), true
		})
	case querymodel.FnDateDifferenceInMonths:
		return map2(querymodel.Int, sh, argOf[Date](args[0]), argOf[Date](args[1]), diffMonths)
	case querymodel.FnDateDifferenceInYears:
		a, b := argOf[Date](args[0]), argOf[Date](args[1])
		if a.s == 0 && a.valid(0) { // age_on(date): the date's civil form once
			y, m, d := a.v[0].Civil()
			return map1(querymodel.Int, sh, b, func(x Date) (int64, bool) {
				xy, xm, xd := x.Civil()
				n := int64(y - xy)
				if m < xm || (m == xm && d < xd) {
					n--
				}
				return n, true
			})
		}
		return map2(querymodel.Int, sh, a, b, diffYears)
	case querymodel.FnYearFromDate:
		return map1(querymodel.Int, sh, argOf[Date](args[0]), func(d Date) (int64, bool) { y, _, _ := d.Civil(); return int64(y), true })
	case querymodel.FnMonthFromDate:
		return map1(querymodel.Int, sh, argOf[Date](args[0]), func(d Date) (int64, bool) { _, m, _ := d.Civil(); return int64(m), true })
	case querymodel.FnDayFromDate:
		return map1(querymodel.Int, sh, argOf[Date](args[0]), func(d Date) (int64, bool) { _, _, dd := d.Civil(); return int64(dd), true })
	case querymodel.FnToFirstOfYear:
		return map1(querymodel.Date, sh, argOf[Date](args[0]), func(d Date) (Date, bool) { y, _, _ := d.Civil(); return MakeDate(y, 1, 1), true })
	case querymodel.FnToFirstOfMonth:
		return map1(querymodel.Date, sh, argOf[Date](args[0]), func(d Date) (Date, bool) { return d - Date(dayOf(d)) + 1, true })
	case querymodel.FnStringContains:
		return map2(querymodel.Bool, sh, argOf[string](args[0]), argOf[string](args[1]), func(s, sub string) (bool, bool) {
			return strings.Contains(s, sub), true
		})
	}
	panic(evalErrorf("cannot evaluate %s", op))
}

func dayOf(d Date) int { _, _, day := d.Civil(); return day }

// floatArg views an int or float vec as floats.
func floatArg(v *vec) arg[float64] {
	if v.typ.Kind() == querymodel.KindFloat {
		return argOf[float64](v)
	}
	a := argOf[int64](v)
	f := make([]float64, len(a.v))
	for i, x := range a.v {
		f[i] = float64(x)
	}
	return arg[float64]{v: f, ok: a.ok, s: a.s}
}

// floatToInt converts an integral float to int, NULL when it does not fit.
func floatToInt(x float64) (int64, bool) {
	if math.IsNaN(x) || x >= 9223372036854775807 || x < -9223372036854775808 {
		return 0, false
	}
	return int64(x), true
}

// floorDivInt is Python's a // b; NULL for division by zero.
func floorDivInt(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	if a == math.MinInt64 && b == -1 {
		return 0, false
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// power is x ** y as a float: NULL for 0 ** negative, negative **
// non-integer, and results that are not finite.
func power(x, y float64) (float64, bool) {
	if x == 0 && y < 0 {
		return 0, false
	}
	if x < 0 && y != math.Trunc(y) {
		return 0, false
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return 0, false
	}
	return r, true
}

// maxOffset bounds day, month and year offsets so that date arithmetic
// cannot overflow; any larger offset leaves the years 1..9999 anyway.
const maxOffset = 1_000_000_000

func dateRangeError() *EvalError {
	return evalErrorf("date arithmetic gives a date outside the years 1 to 9999")
}

func checkDate(days int64) Date {
	if days < int64(minDate) || days > int64(maxDate) {
		panic(dateRangeError())
	}
	return Date(days)
}

// addMonths shifts d by n months; a day that does not exist in the target
// month rolls forward to the 1st of the following month.
func addMonths(d Date, n int64) (Date, bool) {
	if n > 12*maxOffset || n < -12*maxOffset {
		panic(dateRangeError())
	}
	y, m, day := d.Civil()
	idx := int64(y)*12 + int64(m) - 1 + n
	ny, nm := idx/12, idx%12
	if nm < 0 {
		ny, nm = ny-1, nm+12
	}
	if ny < 1 || ny > 9999 {
		panic(dateRangeError())
	}
	month := time.Month(nm + 1)
	if day > daysIn(int(ny), month) {
		return checkDate(int64(MakeDate(int(ny), month, 1)) + int64(daysIn(int(ny), month))), true
	}
	return MakeDate(int(ny), month, day), true
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

func diffMonths(a, b Date) (int64, bool) {
	ay, am, ad := a.Civil()
	by, bm, bd := b.Civil()
	n := int64(ay-by)*12 + int64(am-bm)
	if ad < bd {
		n--
	}
	return n, true
}

func diffYears(a, b Date) (int64, bool) {
	ay, am, ad := a.Civil()
	by, bm, bd := b.Civil()
	n := int64(ay - by)
	if am < bm || (am == bm && ad < bd) {
		n--
	}
	return n, true
}

var cmpTables = map[querymodel.FuncOp][3]bool{
	querymodel.FnEQ: {false, true, false},
	querymodel.FnNE: {true, false, true},
	querymodel.FnLT: {true, false, false},
	querymodel.FnLE: {true, true, false},
	querymodel.FnGT: {false, false, true},
	querymodel.FnGE: {false, true, true},
}

func compare(op querymodel.FuncOp, sh shape, a, b *vec) *vec {
	t := cmpTables[op]
	switch a.typ.Kind() {
	case querymodel.KindBool:
		return map2(querymodel.Bool, sh, argOf[bool](a), argOf[bool](b), func(x, y bool) (bool, bool) {
			return t[cmp.Compare(b2i(x), b2i(y))+1], true
		})
	case querymodel.KindInt:
		return cmpKernel(t, sh, argOf[int64](a), argOf[int64](b))
	case querymodel.KindFloat:
		return cmpKernel(t, sh, argOf[float64](a), argOf[float64](b))
	case querymodel.KindStr, querymodel.KindCode:
		return cmpKernel(t, sh, argOf[string](a), argOf[string](b))
	case querymodel.KindDate:
		return cmpKernel(t, sh, argOf[Date](a), argOf[Date](b))
	}
	panic(evalErrorf("cannot compare values of type %s", a.typ))
}

func cmpKernel[T cmp.Ordered](t [3]bool, sh shape, a, b arg[T]) *vec {
	out := make([]bool, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		x, xv := a.at(i)
		y, yv := b.at(i)
		if xv && yv {
			out[i] = t[cmp.Compare(x, y)+1]
			ok[i] = true
		}
	}
	return newVec(querymodel.Bool, sh, out, ok)
}

func arithmetic(op querymodel.FuncOp, t querymodel.Type, sh shape, args []*vec) *vec {
	if args[0].typ.Kind() == querymodel.KindInt {
		return numeric(op, t, sh, args, func(x int64) int64 {
			if x < 0 {
				return -x
			}
			return x
		})
	}
	return numeric(op, t, sh, args, math.Abs)
}

func numeric[T int64 | float64](op querymodel.FuncOp, t querymodel.Type, sh shape, args []*vec, abs func(T) T) *vec {
	a := argOf[T](args[0])
	switch op {
	case querymodel.FnNegate:
		return map1(t, sh, a, func(x T) (T, bool) { return -x, true })
	case querymodel.FnAbsolute:
		return map1(t, sh, a, func(x T) (T, bool) { return abs(x), true })
	}
	b := argOf[T](args[1])
	switch op {
	case querymodel.FnAdd:
		return map2(t, sh, a, b, func(x, y T) (T, bool) { return x + y, true })
	case querymodel.FnSubtract:
		return map2(t, sh, a, b, func(x, y T) (T, bool) { return x - y, true })
	}
	return map2(t, sh, a, b, func(x, y T) (T, bool) { return x * y, true })
}

// logic is Kleene And/Or.
func (e *evaluator) logic(op querymodel.FuncOp, a, b *vec) *vec {
	if isNullType(a) {
		a = nullScalar(querymodel.Bool)
	}
	if isNullType(b) {
		b = nullScalar(querymodel.Bool)
	}
	sh, args := e.shapeOf([]*vec{a, b})
	x, y := argOf[bool](args[0]), argOf[bool](args[1])
	out := make([]bool, sh.n)
	ok := make([]bool, sh.n)
	dominant := op == querymodel.FnOr // the value that decides the result alone
	for i := range out {
		p, pv := x.at(i)
		q, qv := y.at(i)
		switch {
		case (pv && p == dominant) || (qv && q == dominant):
			out[i], ok[i] = dominant, true
		case pv && qv:
			out[i], ok[i] = !dominant, true
		}
	}
	return newVec(querymodel.Bool, sh, out, ok)
}

func (e *evaluator) isNull(a *vec) *vec {
	if isNullType(a) {
		return constScalar(querymodel.Bool, true)
	}
	sh, args := e.shapeOf([]*vec{a})
	a = args[0]
	out := make([]bool, sh.n)
	if a.Valid != nil {
		s := 1
		if a.scalar {
			s = 0
		}
		for i := range out {
			out[i] = !a.Valid[i*s]
		}
	}
	return newVec(querymodel.Bool, sh, out, nil)
}

// extremum is MinimumOf/MaximumOf: NULLs are ignored, and the result is
// NULL only when every input is.
func (e *evaluator) extremum(f *querymodel.Function, args []*vec) *vec {
	var vs []*vec
	for _, a := range args {
		if !isNullType(a) {
			vs = append(vs, a)
		}
	}
	if len(vs) == 0 {
		return nullScalar(f.Type())
	}
	sh, vs := e.shapeOf(vs)
	sign := 1
	if f.Op == querymodel.FnMinimumOf {
		sign = -1
	}
	switch f.Type().Kind() {
	case querymodel.KindInt:
		return extremumKernel[int64](f.Type(), sh, vs, sign)
	case querymodel.KindFloat:
		return extremumKernel[float64](f.Type(), sh, vs, sign)
	case querymodel.KindStr, querymodel.KindCode:
		return extremumKernel[string](f.Type(), sh, vs, sign)
	case querymodel.KindDate:
		return extremumKernel[Date](f.Type(), sh, vs, sign)
	}
	panic(evalErrorf("cannot evaluate %s of %s", f.Op, f.Type()))
}

func extremumKernel[T cmp.Ordered](t querymodel.Type, sh shape, vs []*vec, sign int) *vec {
	args := make([]arg[T], len(vs))
	for i, v := range vs {
		args[i] = argOf[T](v)
	}
	out := make([]T, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		for _, a := range args {
			x, xv := a.at(i)
			if xv && (!ok[i] || cmp.Compare(x, out[i])*sign > 0) {
				out[i], ok[i] = x, true
			}
		}
	}
	return newVec(t, sh, out, ok)
}

// in is Function.In: membership of a literal set or of the patient's values
// of an event series. An empty set gives False even for a NULL left side.
func (e *evaluator) in(lhs, rhs *vec) *vec {
	if rhs.set == nil {
		if isNullType(rhs) {
			return nullScalar(querymodel.Bool)
		}
		panic(evalErrorf("is_in: unsupported set expression of type %s", rhs.typ))
	}
	if fs := rhs.set.literal; fs != nil {
		if fs.Len() == 0 {
			return constScalar(querymodel.Bool, false)
		}
		if isNullType(lhs) {
			return nullScalar(querymodel.Bool)
		}
		sh, args := e.shapeOf([]*vec{lhs})
		lhs = args[0]
		switch lhs.typ.Kind() {
		case querymodel.KindBool:
			return inLiteral(sh, argOf[bool](lhs), setOf[bool](fs))
		case querymodel.KindInt:
			return inLiteral(sh, argOf[int64](lhs), setOf[int64](fs))
		case querymodel.KindFloat:
			return inLiteral(sh, argOf[float64](lhs), setOf[float64](fs))
		case querymodel.KindStr, querymodel.KindCode:
			if dv := e.dictOf(lhs); dv != nil {
				return inDict(sh, lhs, dv, setOf[string](fs))
			}
			return inLiteral(sh, argOf[string](lhs), setOf[string](fs))
		case querymodel.KindDate:
			return inLiteral(sh, argOf[Date](lhs), setOf[Date](fs))
		}
		panic(evalErrorf("is_in: unsupported type %s", lhs.typ))
	}
	src := rhs.set.events
	if isNullType(lhs) {
		lhs = nullScalar(src.typ)
	}
	if isNullType(src) {
		return constScalar(querymodel.Bool, false)
	}
	sh, args := e.shapeOf([]*vec{lhs})
	lhs = args[0]
	var pat []int32
	if sh.rs != nil {
		pat = sh.rs.pat
	}
	switch src.typ.Kind() {
	case querymodel.KindBool:
		return inEvents(e.n, sh, pat, argOf[bool](lhs), src.rs.pat, argOf[bool](src))
	case querymodel.KindInt:
		return inEvents(e.n, sh, pat, argOf[int64](lhs), src.rs.pat, argOf[int64](src))
	case querymodel.KindFloat:
		return inEvents(e.n, sh, pat, argOf[float64](lhs), src.rs.pat, argOf[float64](src))
	case querymodel.KindStr, querymodel.KindCode:
		return inEvents(e.n, sh, pat, argOf[string](lhs), src.rs.pat, argOf[string](src))
	case querymodel.KindDate:
		return inEvents(e.n, sh, pat, argOf[Date](lhs), src.rs.pat, argOf[Date](src))
	}
	panic(evalErrorf("is_in: unsupported type %s", src.typ))
}

// setOf converts the items of a literal set to the engine representation.
func setOf[T comparable](fs *querymodel.Frozenset) map[T]struct{} {
	out := make(map[T]struct{}, fs.Len())
	for _, it := range fs.Items() {
		var x any = it
		switch v := it.(type) {
		case codes.Code:
			x = v.Value
		case querymodel.CalendarDate:
			x = DateOf(v)
		}
		if t, ok := x.(T); ok {
			out[t] = struct{}{}
		}
	}
	return out
}

func inLiteral[T comparable](sh shape, a arg[T], set map[T]struct{}) *vec {
	return map1(querymodel.Bool, sh, a, func(x T) (bool, bool) {
		_, found := set[x]
		return found, true
	})
}

type patValue[T comparable] struct {
	p int32
	v T
}

// inEvents tests each left value against its patient's non-NULL values of
// an event series. lhsPat maps result elements to patients (nil: element i
// is patient i).
func inEvents[T comparable](n int, sh shape, lhsPat []int32, lhs arg[T], srcPat []int32, src arg[T]) *vec {
	has := make([]bool, n)
	members := make(map[patValue[T]]struct{})
	for i, p := range srcPat {
		if x, ok := src.at(i); ok {
			has[p] = true
			members[patValue[T]{p, x}] = struct{}{}
		}
	}
	if sh.scalar {
		sh = shape{n: n}
	}
	out := make([]bool, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		p := int32(i)
		if lhsPat != nil {
			p = lhsPat[i]
		}
		if !has[p] {
			ok[i] = true
			continue
		}
		x, xv := lhs.at(i)
		if xv {
			_, out[i] = members[patValue[T]{p, x}]
			ok[i] = true
		}
	}
	return newVec(querymodel.Bool, sh, out, ok)
}

// caseExpr evaluates a case expression: the value of the first arm whose
// condition is True, else the default; a missing value is NULL.
func (e *evaluator) caseExpr(c *querymodel.Case) *vec {
	t := c.Type()
	k := len(c.Cases)
	all := make([]*vec, 0, 2*k+1)
	for _, arm := range c.Cases {
		cond := e.series(arm.When)
		if isNullType(cond) {
			cond = nullScalar(querymodel.Bool)
		}
		all = append(all, cond)
	}
	valueOf := func(s querymodel.Series) *vec {
		if s == nil {
			return nullScalar(t)
		}
		v := e.series(s)
		if isNullType(v) {
			return nullScalar(t)
		}
		return v
	}
	for _, arm := range c.Cases {
		all = append(all, valueOf(arm.Then))
	}
	all = append(all, valueOf(c.Default))
	if t.Kind() == querymodel.KindNull {
		return nullScalar(t)
	}
	sh, all := e.shapeOf(all)
	conds := make([]arg[bool], k)
	for i := range conds {
		conds[i] = argOf[bool](all[i])
	}
	switch t.Kind() {
	case querymodel.KindBool:
		return caseKernel[bool](t, sh, conds, all[k:])
	case querymodel.KindInt:
		return caseKernel[int64](t, sh, conds, all[k:])
	case querymodel.KindFloat:
		return caseKernel[float64](t, sh, conds, all[k:])
	case querymodel.KindStr, querymodel.KindCode:
		if v := caseDict(t, sh, conds, all[k:]); v != nil {
			return v
		}
		return caseKernel[string](t, sh, conds, all[k:])
	case querymodel.KindDate:
		return caseKernel[Date](t, sh, conds, all[k:])
	}
	panic(evalErrorf("case expression of type %s", t))
}

// caseDict is caseKernel for strings whose values are all constants (the
// usual "band" case): it gives a dictionary-encoded vec, writing a code
// per element instead of a string. It returns nil when some value is not
// a constant.
func caseDict(t querymodel.Type, sh shape, conds []arg[bool], values []*vec) *vec {
	if sh.scalar {
		return nil
	}
	var dict []string
	codeOf := make([]int32, len(values)) // -1: NULL
	for i, v := range values {
		if !v.scalar {
			return nil
		}
		x, ok := argOf[string](v).at(0)
		codeOf[i] = -1
		if !ok {
			continue
		}
		codeOf[i] = int32(len(dict))
		if j := slices.Index(dict, x); j >= 0 {
			codeOf[i] = int32(j)
		} else {
			dict = append(dict, x)
		}
	}
	if len(dict) == 0 {
		return nil
	}
	def := len(conds)
	out := &vec{typ: t, rs: sh.rs, n: sh.n}
	out.Codes = make([]int32, sh.n)
	out.Dict = dict
	out.Valid = make([]bool, sh.n)
	for i := range out.Codes {
		src := def
		for j, c := range conds {
			if x, xv := c.at(i); xv && x {
				src = j
				break
			}
		}
		if c := codeOf[src]; c >= 0 {
			out.Codes[i], out.Valid[i] = c, true
		}
	}
	return out
}

// caseKernel: values holds each arm's value then the default.
func caseKernel[T any](t querymodel.Type, sh shape, conds []arg[bool], values []*vec) *vec {
	vals := make([]arg[T], len(values))
	for i, v := range values {
		vals[i] = argOf[T](v)
	}
	def := len(conds)
	out := make([]T, sh.n)
	ok := make([]bool, sh.n)
	for i := range out {
		src := def
		for j, c := range conds {
			if x, xv := c.at(i); xv && x {
				src = j
				break
			}
		}
		out[i], ok[i] = vals[src].at(i)
	}
	return newVec(t, sh, out, ok)
}
