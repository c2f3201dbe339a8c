package memory

import (
	"context"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// EvalError is an error raised while evaluating a query: a date out of
// range, an unsubstituted parameter, a node the engine cannot evaluate.
type EvalError struct {
	Msg string
}

func (e *EvalError) Error() string { return "memory: " + e.Msg }

func evalErrorf(format string, args ...any) *EvalError {
	return &EvalError{Msg: fmt.Sprintf(format, args...)}
}

// internalError is a bug: an invariant of the query model or of the
// evaluator did not hold.
type internalError struct{ msg string }

func (e *internalError) Error() string { return "memory: internal error: " + e.msg }

func internalf(format string, args ...any) *internalError {
	return &internalError{msg: fmt.Sprintf(format, args...)}
}

// cancelled carries a context error out of the evaluation as a panic.
type cancelled struct{ err error }

// evaluator is the state of one evaluation.
type evaluator struct {
	ctx     context.Context
	n       int     // patients in the universe
	ids     []int64 // their ids, ascending
	tables  map[*querymodel.Table]*tableState
	inline  map[*querymodel.InlinePatientTable]*tableState
	memo    map[querymodel.Series]*vec
	frames  map[querymodel.Frame]any
	domains map[*querymodel.Domain]*rowSet
	aligned map[alignKey]*vec
	dicts   map[*Column]*dictVals
	steps   int
	// prep, when set, holds the tables, the universe and the results of
	// the nodes shared with other evaluations of the same Prepared.
	prep *Prepared
	// keepDicts: see Options.KeepDictionaries.
	keepDicts bool
}

// check polls the context now and then.
func (e *evaluator) check() {
	e.steps++
	if e.steps&63 == 0 {
		if err := e.ctx.Err(); err != nil {
			panic(cancelled{err})
		}
	}
}

// recoverError turns a panic raised by the evaluator into an error.
func recoverError(errp *error) {
	r := recover()
	if r == nil {
		return
	}
	switch x := r.(type) {
	case *EvalError:
		*errp = x
	case *internalError:
		*errp = x
	case cancelled:
		*errp = x.err
	default:
		*errp = fmt.Errorf("memory: internal error: %v", r)
	}
}

// series evaluates s, memoised. An event-level series always comes back
// aligned to its domain's rows.
func (e *evaluator) series(s querymodel.Series) *vec {
	if v, ok := e.memo[s]; ok {
		return v
	}
	var v *vec
	if e.prep != nil && e.prep.shared[s] {
		v = e.prep.result(s, func() any {
			v := e.evalSeries(s)
			v.shared = true
			return v
		}).(*vec)
		if v.rs != nil {
			e.adoptDomain(querymodel.DomainOf(s), v.rs)
		}
	} else {
		v = e.evalSeries(s)
	}
	e.memo[s] = v
	return v
}

// evalSeries evaluates s (not memoised).
func (e *evaluator) evalSeries(s querymodel.Series) *vec {
	e.check()
	var v *vec
	switch s := s.(type) {
	case *querymodel.Value:
		if fs, ok := s.V.(querymodel.Frozenset); ok {
			v = &vec{typ: s.Type(), scalar: true, n: 1, set: &setVal{literal: &fs}}
		} else {
			v = constScalar(s.Type(), s.V)
		}
	case *querymodel.Parameter:
		panic(evalErrorf("parameter %q has no value (substitute parameters before evaluation)", s.Name))
	case *querymodel.SelectColumn:
		v = e.selectColumn(s)
	case *querymodel.Aggregate:
		v = e.aggregate(s)
	case *querymodel.Function:
		v = e.function(s)
	case *querymodel.Case:
		v = e.caseExpr(s)
	case *querymodel.FixedValueMap:
		v = e.series(fixedValueMapAsCase(s))
	case *querymodel.Coalesce:
		v = e.series(coalesceAsCase(s))
	default:
		panic(evalErrorf("cannot evaluate %T", s))
	}
	if dom := querymodel.DomainOf(s); dom != nil && v.rs == nil {
		rs := e.domains[dom]
		if rs == nil {
			panic(internalf("domain of %T not evaluated", s))
		}
		v = e.expand(v, rs)
	}
	return v
}

// expand aligns v to rs, materialising a scalar as one value per row.
func (e *evaluator) expand(v *vec, rs *rowSet) *vec {
	if !v.scalar {
		return e.align(v, rs)
	}
	out := &vec{typ: v.typ, rs: rs, n: rs.n(), set: v.set}
	out.Column = gather(&v.Column, make([]int32, rs.n()))
	return out
}

// fixedValueMapAsCase rewrites m as the case expression it stands for.
func fixedValueMapAsCase(m *querymodel.FixedValueMap) querymodel.Series {
	arms := make([]querymodel.CaseArm, len(m.Mapping))
	for i, me := range m.Mapping {
		eq, err := querymodel.NewFunction(querymodel.FnEQ, m.Source, mustValue(me.From))
		if err != nil {
			panic(evalErrorf("FixedValueMap: %v", err))
		}
		arms[i].When = eq
		if me.To != nil {
			arms[i].Then = mustValue(me.To)
		}
	}
	var def querymodel.Series
	if m.Default != nil {
		def = mustValue(m.Default)
	}
	if len(arms) == 0 {
		if def == nil {
			return mustValue(nil)
		}
		return def
	}
	c, err := querymodel.NewCase(arms, def)
	if err != nil {
		panic(evalErrorf("FixedValueMap: %v", err))
	}
	return c
}

// coalesceAsCase rewrites c as
// case(when(a.is_not_null()).then(a), ..., otherwise=last).
func coalesceAsCase(c *querymodel.Coalesce) querymodel.Series {
	n := len(c.Sources)
	if n == 1 {
		return c.Sources[0]
	}
	arms := make([]querymodel.CaseArm, 0, n-1)
	seen := make(map[querymodel.Series]bool)
	for _, s := range c.Sources[:n-1] {
		if seen[s] {
			continue
		}
		seen[s] = true
		isNull := querymodel.MustFunction(querymodel.FnIsNull, s)
		arms = append(arms, querymodel.CaseArm{When: querymodel.MustFunction(querymodel.FnNot, isNull), Then: s})
	}
	out, err := querymodel.NewCase(arms, c.Sources[n-1])
	if err != nil {
		panic(evalErrorf("Coalesce: %v", err))
	}
	return out
}

func mustValue(x any) *querymodel.Value {
	v, err := querymodel.NewValue(x)
	if err != nil {
		panic(evalErrorf("%v", err))
	}
	return v
}
