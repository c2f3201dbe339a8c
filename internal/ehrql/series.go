package ehrql

import (
	"fmt"
	"sort"
	"sync"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Series is an ehrQL series as a Python value: a query-model series node
// with the operators and methods of its element type and dimension (§2.6).
type Series struct {
	node querymodel.Series
}

// NewSeries wraps a query-model series node.
func NewSeries(n querymodel.Series) *Series { return &Series{node: n} }

// Node returns the query-model node.
func (s *Series) Node() querymodel.Series { return s.node }

// SeriesClass is the Series base class of every series class. Calling it
// (Series(int)) declares a column of a user-defined table.
var SeriesClass = newSeriesBaseClass()

var seriesClasses sync.Map // class name -> *python.Class

func (s *Series) Type() *python.Class { return seriesClass(s.node) }

func seriesClass(n querymodel.Series) *python.Class {
	name := seriesFamily(n.Type())
	if n.Dim() == querymodel.ManyRowsPerPatient {
		name += "EventSeries"
	} else {
		name += "PatientSeries"
	}
	if c, ok := seriesClasses.Load(name); ok {
		return c.(*python.Class)
	}
	dict := python.NewNamespace()
	dict.Set("__abs__", python.NewBuiltin("__abs__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return nil, python.Errorf(ErrorClass, "Instead of abs(x) use x.absolute()")
	}))
	c := python.NewClass(name, "ehrql.query_language", []*python.Class{SeriesClass}, dict)
	actual, _ := seriesClasses.LoadOrStore(name, c)
	return actual.(*python.Class)
}

func seriesFamily(t querymodel.Type) string {
	switch t.Kind() {
	case querymodel.KindBool:
		return "Bool"
	case querymodel.KindInt:
		return "Int"
	case querymodel.KindFloat:
		return "Float"
	case querymodel.KindStr:
		return "Str"
	case querymodel.KindDate:
		return "Date"
	case querymodel.KindCode:
		if t.System().IsMulti() {
			return "MultiCodeString"
		}
		return "Code"
	}
	return ""
}

// Type predicates used to decide which operators and methods a series has.
func (s *Series) kind() querymodel.Kind { return s.node.Type().Kind() }
func (s *Series) isBool() bool          { return s.kind() == querymodel.KindBool }
func (s *Series) isNumeric() bool       { return s.node.Type().IsNumeric() }
func (s *Series) isStr() bool           { return s.kind() == querymodel.KindStr }
func (s *Series) isDate() bool          { return s.kind() == querymodel.KindDate }
func (s *Series) isEvent() bool         { return s.node.Dim() == querymodel.ManyRowsPerPatient }
func (s *Series) isMulti() bool {
	return s.kind() == querymodel.KindCode && s.node.Type().System().IsMulti()
}
func (s *Series) isCode() bool { return s.kind() == querymodel.KindCode && !s.isMulti() }
func (s *Series) isOrdered() bool {
	return s.isNumeric() || s.isStr() || s.isDate()
}

// Truth implements python.HasTruth: series have no truth value.
func (s *Series) Truth(t *python.Thread) (bool, error) {
	return false, python.Errorf(python.TypeError, truthMessage)
}

// Hash implements python.HasHash: series are unhashable.
func (s *Series) Hash(t *python.Thread) (uint64, error) {
	return 0, python.Errorf(python.TypeError, "unhashable type: '%s'", s.Type().Name)
}

// Repr implements python.HasRepr.
func (s *Series) Repr(t *python.Thread) (string, error) {
	return fmt.Sprintf("%s(%s)", s.Type().Name, querymodel.Format(s.node)), nil
}

// wrapFn builds a function node and wraps it as a series.
func wrapFn(op querymodel.FuncOp, args ...querymodel.Series) (python.Value, error) {
	n, err := querymodel.NewFunction(op, args...)
	if err != nil {
		return nil, pyErr(err)
	}
	return NewSeries(n), nil
}

func mustFn(op querymodel.FuncOp, args ...querymodel.Series) querymodel.Series {
	return querymodel.MustFunction(op, args...)
}

// cast converts an operand for this series (§4.3).
func (s *Series) cast(t *python.Thread, v python.Value) (querymodel.Series, error) {
	return toNode(t, v, s.node.Type())
}

// Compare implements python.HasCompare: comparisons build series.
func (s *Series) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	var fop querymodel.FuncOp
	switch op {
	case syntax.EQEQ, syntax.NEQ:
		if s.isMulti() {
			return nil, multiCodeCompareError()
		}
		if o, ok := other.(*Series); ok && o.isMulti() {
			return nil, multiCodeCompareError()
		}
		fop = querymodel.FnEQ
		if op == syntax.NEQ {
			fop = querymodel.FnNE
		}
	case syntax.LT, syntax.LE, syntax.GT, syntax.GE:
		if !s.isOrdered() {
			return python.NotImplemented, nil
		}
		fop = map[syntax.Token]querymodel.FuncOp{syntax.LT: querymodel.FnLT, syntax.LE: querymodel.FnLE,
			syntax.GT: querymodel.FnGT, syntax.GE: querymodel.FnGE}[op]
	default:
		return python.NotImplemented, nil
	}
	if !isOperand(other) {
		if _, ok := other.(*Duration); ok {
			return python.NotImplemented, nil
		}
		return nil, notValid(t, other)
	}
	rhs, err := s.cast(t, other)
	if err != nil {
		return nil, err
	}
	return wrapFn(fop, s.node, rhs)
}

func multiCodeCompareError() error {
	return typeErrorf("Multi-code string columns cannot be compared with `==`, `!=`, `is_in()` or `is_not_in()`;" +
		" use `contains(code)` to match a single code or prefix, or `contains_any_of(codelist)` to match any of several")
}

// isOperand reports whether v can take part in an operator with a series
// (otherwise the operator returns NotImplemented and Python reports the
// usual unsupported-operand error, or the other operand takes over).
func isOperand(v python.Value) bool {
	switch v.(type) {
	case *Series, python.NoneType, python.Bool, python.Int, python.Float, python.Str, stdlib.Date, stdlib.DateTime, *Code:
		return true
	case *Frame, *python.BoundMethod, *When, *WhenThen:
		return true // converted to the helpful error
	}
	return false
}

// Binary implements python.HasBinary.
func (s *Series) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	switch op {
	case syntax.AMP, syntax.PIPE:
		return s.boolOp(t, op, other, reflected)
	case syntax.PLUS, syntax.MINUS:
		if d, ok := other.(*Duration); ok {
			if !s.isDate() {
				return python.NotImplemented, nil
			}
			if op == syntax.MINUS && reflected {
				return python.NotImplemented, nil
			}
			return d.addTo(t, s.node, op == syntax.MINUS)
		}
		if s.isDate() && op == syntax.MINUS {
			if !isOperand(other) {
				return python.NotImplemented, nil
			}
			o, err := s.cast(t, other)
			if err != nil {
				return nil, err
			}
			if reflected {
				return newDateDifference(o, s.node)
			}
			return newDateDifference(s.node, o)
		}
	}
	if !s.isNumeric() || !isOperand(other) {
		return python.NotImplemented, nil
	}
	var fop querymodel.FuncOp
	switch op {
	case syntax.PLUS:
		fop = querymodel.FnAdd
	case syntax.MINUS:
		fop = querymodel.FnSubtract
	case syntax.STAR:
		fop = querymodel.FnMultiply
	case syntax.SLASH:
		fop = querymodel.FnTrueDivide
	case syntax.SLASHSLASH:
		fop = querymodel.FnFloorDivide
	case syntax.STARSTAR:
		fop = querymodel.FnPower
	default:
		return python.NotImplemented, nil
	}
	o, err := s.cast(t, other)
	if err != nil {
		return nil, err
	}
	if !reflected {
		return wrapFn(fop, s.node, o)
	}
	switch fop {
	case querymodel.FnSubtract:
		// other - s is evaluated as other + (-s), as in the reference.
		neg, err := querymodel.NewFunction(querymodel.FnNegate, s.node)
		if err != nil {
			return nil, pyErr(err)
		}
		return wrapFn(querymodel.FnAdd, o, neg)
	case querymodel.FnAdd, querymodel.FnMultiply:
		return wrapFn(fop, s.node, o)
	}
	return wrapFn(fop, o, s.node)
}

func (s *Series) boolOp(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if !s.isBool() {
		l, r := s.Type().Name, other.Type().Name
		if reflected {
			l, r = r, l
		}
		return nil, withPrecedenceNote(typeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", op.String(), l, r))
	}
	if !isOperand(other) {
		return python.NotImplemented, nil
	}
	o, err := s.cast(t, other)
	if err != nil {
		return nil, withPrecedenceNote(err)
	}
	fop := querymodel.FnAnd
	if op == syntax.PIPE {
		fop = querymodel.FnOr
	}
	var v python.Value
	if reflected {
		v, err = wrapFn(fop, o, s.node)
	} else {
		v, err = wrapFn(fop, s.node, o)
	}
	if err != nil {
		return nil, withPrecedenceNote(err)
	}
	return v, nil
}

// Unary implements python.HasUnary: -x on numbers, ~x on booleans.
func (s *Series) Unary(t *python.Thread, op syntax.Token) (python.Value, error) {
	switch op {
	case syntax.MINUS:
		if s.isNumeric() {
			return wrapFn(querymodel.FnNegate, s.node)
		}
	case syntax.PLUS:
		if s.isNumeric() {
			return s, nil
		}
	case syntax.TILDE:
		if s.isBool() {
			return wrapFn(querymodel.FnNot, s.node)
		}
		return nil, withPrecedenceNote(typeErrorf("bad operand type for unary ~: '%s'", s.Type().Name))
	}
	return nil, typeErrorf("bad operand type for unary %s: '%s'", op.String(), s.Type().Name)
}

// Attr implements python.HasAttrs: the methods and properties available
// for the series' type and dimension.
func (s *Series) Attr(t *python.Thread, name string) (python.Value, error) {
	m, ok := seriesMethods[name]
	if !ok || !m.avail(s) {
		return nil, nil
	}
	if m.prop {
		return m.fn(t, s, nil, nil)
	}
	return &python.BoundMethod{Self: s, Func: m.builtin}, nil
}

// AttrNames implements python.HasAttrs.
func (s *Series) AttrNames() []string {
	var names []string
	for name, m := range seriesMethods {
		if m.avail(s) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// method describes one series method or property.
type method struct {
	avail   func(s *Series) bool
	prop    bool
	fn      func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)
	builtin *python.Builtin
}

var seriesMethods = map[string]*method{}

func defMethod(name string, avail func(*Series) bool, fn func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) {
	m := &method{avail: avail, fn: fn}
	m.builtin = python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, typeErrorf("%s() needs a series", name)
		}
		s, ok := args[0].(*Series)
		if !ok {
			return nil, typeErrorf("%s() needs a series", name)
		}
		return fn(t, s, args[1:], kwargs)
	})
	seriesMethods[name] = m
}

func defProp(name string, avail func(*Series) bool, fn func(t *python.Thread, s *Series) (python.Value, error)) {
	seriesMethods[name] = &method{avail: avail, prop: true, fn: func(t *python.Thread, s *Series, _ python.Tuple, _ []python.Kwarg) (python.Value, error) {
		return fn(t, s)
	}}
}

func always(*Series) bool { return true }
func and(fs ...func(*Series) bool) func(*Series) bool {
	return func(s *Series) bool {
		for _, f := range fs {
			if !f(s) {
				return false
			}
		}
		return true
	}
}
func notMulti(s *Series) bool { return !s.isMulti() }
func isEvent(s *Series) bool  { return s.isEvent() }

// noArgs checks that a method was called without arguments.
func noArgs(name string, args python.Tuple, kwargs []python.Kwarg) error {
	return python.UnpackArgs(name, args, kwargs)
}

// oneArg unpacks the single argument of a method.
func oneArg(name, param string, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var v python.Value
	err := python.UnpackArgs(name, args, kwargs, param, &v)
	return v, err
}

func unaryMethod(name string, op querymodel.FuncOp) func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return wrapFn(op, s.node)
	}
}

func compareMethod(name string, op querymodel.FuncOp) func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg(name, "other", args, kwargs)
		if err != nil {
			return nil, err
		}
		o, err := s.cast(t, v)
		if err != nil {
			return nil, err
		}
		return wrapFn(op, s.node, o)
	}
}

func aggMethod(name string, op querymodel.AggOp) func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		n, err := querymodel.NewAggregate(op, s.node)
		if err != nil {
			return nil, pyErr(err)
		}
		return NewSeries(n), nil
	}
}

// between builds lo OP1 s AND s OP2 hi.
func (s *Series) between(t *python.Thread, name string, args python.Tuple, kwargs []python.Kwarg, strict bool) (python.Value, error) {
	var lo, hi python.Value
	if err := python.UnpackArgs(name, args, kwargs, "start", &lo, "end", &hi); err != nil {
		return nil, err
	}
	return s.betweenValues(t, lo, hi, strict)
}

func (s *Series) betweenValues(t *python.Thread, lo, hi python.Value, strict bool) (python.Value, error) {
	l, err := s.cast(t, lo)
	if err != nil {
		return nil, err
	}
	h, err := s.cast(t, hi)
	if err != nil {
		return nil, err
	}
	gt, lt := querymodel.FnGE, querymodel.FnLE
	if strict {
		gt, lt = querymodel.FnGT, querymodel.FnLT
	}
	a, err := querymodel.NewFunction(gt, s.node, l)
	if err != nil {
		return nil, pyErr(err)
	}
	b, err := querymodel.NewFunction(lt, s.node, h)
	if err != nil {
		return nil, pyErr(err)
	}
	return wrapFn(querymodel.FnAnd, a, b)
}

func init() {
	defMethod("is_null", always, unaryMethod("is_null", querymodel.FnIsNull))
	defMethod("is_not_null", always, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noArgs("is_not_null", args, kwargs); err != nil {
			return nil, err
		}
		return wrapFn(querymodel.FnNot, mustFn(querymodel.FnIsNull, s.node))
	})
	whenNull := func(name string) func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			v, err := oneArg(name, "other", args, kwargs)
			if err != nil {
				return nil, err
			}
			o, err := s.cast(t, v)
			if err != nil {
				return nil, err
			}
			cond := mustFn(querymodel.FnNot, mustFn(querymodel.FnIsNull, s.node))
			return newCase([]querymodel.CaseArm{{When: cond, Then: s.node}}, o)
		}
	}
	defMethod("when_null_then", always, whenNull("when_null_then"))
	defMethod("if_null_then", always, whenNull("if_null_then"))
	defMethod("is_in", always, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("is_in", "other", args, kwargs)
		if err != nil {
			return nil, err
		}
		n, err := s.isIn(t, v)
		if err != nil {
			return nil, err
		}
		return NewSeries(n), nil
	})
	defMethod("is_not_in", always, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("is_not_in", "other", args, kwargs)
		if err != nil {
			return nil, err
		}
		n, err := s.isIn(t, v)
		if err != nil {
			return nil, err
		}
		return wrapFn(querymodel.FnNot, n)
	})
	mapValues := func(name string) func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var mapping, def python.Value = nil, python.None
			if err := python.UnpackArgs(name, args, kwargs, "mapping", &mapping, "default?", &def); err != nil {
				return nil, err
			}
			return s.mapValues(t, mapping, def)
		}
	}
	defMethod("map_values", notMulti, mapValues("map_values"))
	defMethod("to_category", func(s *Series) bool { return s.isCode() }, mapValues("to_category"))
	defMethod("count_distinct_for_patient", isEvent, aggMethod("count_distinct_for_patient", querymodel.AggCountDistinct))

	defMethod("as_int", func(s *Series) bool { return s.isBool() || s.isNumeric() }, unaryMethod("as_int", querymodel.FnCastToInt))

	// numeric
	isNum := func(s *Series) bool { return s.isNumeric() }
	defMethod("as_float", isNum, unaryMethod("as_float", querymodel.FnCastToFloat))
	defMethod("absolute", isNum, unaryMethod("absolute", querymodel.FnAbsolute))
	defMethod("sum_for_patient", and(isNum, isEvent), aggMethod("sum_for_patient", querymodel.AggSum))
	defMethod("mean_for_patient", and(isNum, isEvent), aggMethod("mean_for_patient", querymodel.AggMean))
	ordered := func(s *Series) bool { return s.isOrdered() }
	defMethod("minimum_for_patient", and(ordered, isEvent), aggMethod("minimum_for_patient", querymodel.AggMin))
	defMethod("maximum_for_patient", and(ordered, isEvent), aggMethod("maximum_for_patient", querymodel.AggMax))

	// str and multi-code strings
	defMethod("contains", func(s *Series) bool { return s.isStr() || s.isMulti() }, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("contains", "other", args, kwargs)
		if err != nil {
			return nil, err
		}
		o, err := s.containsNeedle(t, v)
		if err != nil {
			return nil, err
		}
		return wrapFn(querymodel.FnStringContains, s.node, o)
	})
	defMethod("contains_any_of", func(s *Series) bool { return s.isMulti() }, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("contains_any_of", "codelist", args, kwargs)
		if err != nil {
			return nil, err
		}
		items, err := python.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		var result querymodel.Series
		for _, it := range items {
			o, err := s.containsNeedle(t, it)
			if err != nil {
				return nil, err
			}
			c, err := querymodel.NewFunction(querymodel.FnStringContains, s.node, o)
			if err != nil {
				return nil, pyErr(err)
			}
			if result == nil {
				result = c
			} else if result, err = querymodel.NewFunction(querymodel.FnOr, result, c); err != nil {
				return nil, pyErr(err)
			}
		}
		if result == nil {
			// Contains any of nothing: never true (but NULL stays NULL).
			return wrapFn(querymodel.FnIn, s.node, querymodel.MustValue(emptySet()))
		}
		return NewSeries(result), nil
	})

	// dates
	isDate := func(s *Series) bool { return s.isDate() }
	datePart := func(name string, op querymodel.FuncOp) {
		defProp(name, isDate, func(t *python.Thread, s *Series) (python.Value, error) { return wrapFn(op, s.node) })
	}
	datePart("year", querymodel.FnYearFromDate)
	datePart("month", querymodel.FnMonthFromDate)
	datePart("day", querymodel.FnDayFromDate)
	defMethod("to_first_of_year", isDate, unaryMethod("to_first_of_year", querymodel.FnToFirstOfYear))
	defMethod("to_first_of_month", isDate, unaryMethod("to_first_of_month", querymodel.FnToFirstOfMonth))
	defMethod("is_before", isDate, compareMethod("is_before", querymodel.FnLT))
	defMethod("is_on_or_before", isDate, compareMethod("is_on_or_before", querymodel.FnLE))
	defMethod("is_after", isDate, compareMethod("is_after", querymodel.FnGT))
	defMethod("is_on_or_after", isDate, compareMethod("is_on_or_after", querymodel.FnGE))
	defMethod("is_between_but_not_on", ordered, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return s.between(t, "is_between_but_not_on", args, kwargs, true)
	})
	defMethod("is_on_or_between", ordered, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return s.between(t, "is_on_or_between", args, kwargs, false)
	})
	defMethod("is_during", isDate, func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("is_during", "interval", args, kwargs)
		if err != nil {
			return nil, err
		}
		var pair []python.Value
		switch x := v.(type) {
		case *Interval:
			pair = []python.Value{x.start(), x.end()}
		case python.Tuple, *python.List:
			pair, err = python.ToSlice(t, x)
			if err != nil {
				return nil, err
			}
		}
		if len(pair) != 2 {
			return nil, typeErrorf("is_during() expects an interval: a pair of dates (start, end), or INTERVAL")
		}
		return s.betweenValues(t, pair[0], pair[1], false)
	})
	defMethod("count_episodes_for_patient", and(isDate, isEvent), func(t *python.Thread, s *Series, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("count_episodes_for_patient", "maximum_gap", args, kwargs)
		if err != nil {
			return nil, err
		}
		d, ok := v.(*Duration)
		if !ok || (d.unit != unitDays && d.unit != unitWeeks) {
			return nil, typeErrorf("`maximum_gap` must be supplied as `days()` or `weeks()`")
		}
		n, ok := d.value.(python.Int)
		if !ok {
			return nil, typeErrorf("`maximum_gap` must be a single, fixed number of days")
		}
		days := int64(n)
		if d.unit == unitWeeks {
			days *= 7
		}
		a, err := querymodel.NewCountEpisodes(s.node, days)
		if err != nil {
			return nil, pyErr(err)
		}
		return NewSeries(a), nil
	})
}

func emptySet() querymodel.Frozenset {
	fs, _ := querymodel.NewFrozenset()
	return fs
}

// containsNeedle converts the argument of contains(): for a multi-code
// string a code or a search prefix, for a str series a str.
func (s *Series) containsNeedle(t *python.Thread, v python.Value) (querymodel.Series, error) {
	if s.isMulti() {
		sys := s.node.Type().System()
		switch x := v.(type) {
		case python.Str:
			lit, err := multiCodeNeedle(string(x), sys)
			if err != nil {
				return nil, err
			}
			return querymodel.MustValue(lit), nil
		case *Code:
			if x.code.System != sys.Element() {
				return nil, pyErr(&codes.InvalidCodeError{System: sys})
			}
			return querymodel.MustValue(x.code.Value), nil
		case *Series:
			return x.node, nil
		}
		return nil, pyErr(&codes.InvalidCodeError{System: sys})
	}
	return toNode(t, v, querymodel.Str)
}

// isIn builds In(s, set) for is_in / is_not_in.
func (s *Series) isIn(t *python.Thread, v python.Value) (querymodel.Series, error) {
	if s.isMulti() {
		return nil, multiCodeCompareError()
	}
	switch x := v.(type) {
	case *Series:
		agg, err := querymodel.NewAggregate(querymodel.AggCombineAsSet, x.node)
		if err != nil {
			return nil, pyErr(err)
		}
		n, err := querymodel.NewFunction(querymodel.FnIn, s.node, agg)
		return n, pyErr(err)
	case python.Str, python.Int, python.Float, python.Bool, stdlib.Date, *Code, python.NoneType:
		return nil, typeErrorf("Invalid type: %s\nNote `is_in()` usually expects a list of values rather than a single value", v.Type().Name)
	}
	switch v.(type) {
	case *Frame, *python.BoundMethod, *When, *WhenThen, *Duration, *DateDifference, *Dataset, *Measures:
		return nil, notValid(t, v)
	}
	items, err := python.ToSlice(t, v)
	if err != nil {
		if isExc(err, python.TypeError) {
			return nil, notValid(t, v)
		}
		return nil, err
	}
	lits := make([]any, 0, len(items))
	want := s.node.Type()
	for _, it := range items {
		if _, ok := it.(*Series); ok {
			return nil, notValid(t, it)
		}
		lit, err := literalOf(t, it, want)
		if err != nil {
			return nil, err
		}
		lits = append(lits, lit)
	}
	fs, err := querymodel.NewFrozenset(lits...)
	if err != nil {
		return nil, pyErr(err)
	}
	val, err := querymodel.NewValue(fs)
	if err != nil {
		return nil, pyErr(err)
	}
	n, err := querymodel.NewFunction(querymodel.FnIn, s.node, val)
	return n, pyErr(err)
}

// mapValues is case(when(s == from).then(to), ..., otherwise=default).
func (s *Series) mapValues(t *python.Thread, mapping, def python.Value) (python.Value, error) {
	d, ok := mapping.(*python.Dict)
	if !ok {
		return nil, typeErrorf("map_values() expects a dict mapping values to new values, got type '%s'", mapping.Type().Name)
	}
	var arms []querymodel.CaseArm
	for _, kv := range d.Items() {
		from, err := s.cast(t, kv[0])
		if err != nil {
			return nil, err
		}
		cond, err := querymodel.NewFunction(querymodel.FnEQ, s.node, from)
		if err != nil {
			return nil, pyErr(err)
		}
		to, err := toNode(t, kv[1], noCast)
		if err != nil {
			return nil, err
		}
		arms = append(arms, querymodel.CaseArm{When: cond, Then: nilIfNull(to)})
	}
	o, err := toNode(t, def, noCast)
	if err != nil {
		return nil, err
	}
	return newCase(arms, nilIfNull(o))
}

// nilIfNull turns the literal None into the absent value of a case arm.
func nilIfNull(n querymodel.Series) querymodel.Series {
	if v, ok := n.(*querymodel.Value); ok && v.V == nil {
		return nil
	}
	return n
}

func newCase(arms []querymodel.CaseArm, def querymodel.Series) (python.Value, error) {
	allNone := nilIfNull(def) == nil
	for i := range arms {
		arms[i].Then = nilIfNull(arms[i].Then)
		allNone = allNone && arms[i].Then == nil
	}
	if allNone && len(arms) > 0 {
		return nil, typeErrorf("A case expression must have at least one value that is not None")
	}
	c, err := querymodel.NewCase(arms, nilIfNull(def))
	if err != nil {
		return nil, pyErr(err)
	}
	return NewSeries(c), nil
}
