package ehrql

import (
	"fmt"
	"time"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

type unit uint8

const (
	unitDays unit = iota + 1
	unitWeeks
	unitMonths
	unitYears
)

var unitNames = [...]string{unitDays: "days", unitWeeks: "weeks", unitMonths: "months", unitYears: "years"}

func (u unit) String() string { return unitNames[u] }

// durationClasses are the classes days, weeks, months and years; calling
// one builds a Duration.
var durationClasses = map[unit]*python.Class{}

func init() {
	for u := unitDays; u <= unitYears; u++ {
		u := u
		c := python.NewClass(u.String(), "ehrql", nil, python.NewNamespace())
		c.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var v python.Value
			if err := python.UnpackArgs(u.String(), args, kwargs, "value", &v); err != nil {
				return nil, err
			}
			switch x := v.(type) {
			case python.Int:
			case *Series:
				if x.kind() != querymodel.KindInt {
					return nil, pyErr(&querymodel.TypeError{Expected: querymodel.Int.SeriesName(), Got: x.node.Type()})
				}
			default:
				return nil, typeErrorf("%s() expects an integer or an integer series, got type '%s'", u, v.Type().Name)
			}
			return &Duration{unit: u, value: v}, nil
		}
		durationClasses[u] = c
	}
}

// Duration is days(n), weeks(n), months(n) or years(n); n is a Python int
// or an int series (§2.8).
type Duration struct {
	unit  unit
	value python.Value // python.Int or *Series
}

func (d *Duration) Type() *python.Class { return durationClasses[d.unit] }

// Repr implements python.HasRepr.
func (d *Duration) Repr(t *python.Thread) (string, error) {
	r, err := python.Repr(t, d.value)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s(%s)", d.unit, r), nil
}

// Attr implements python.HasAttrs.
func (d *Duration) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "value":
		return d.value, nil
	case "starting_on", "ending_on":
		return &python.BoundMethod{Self: d, Func: python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var v python.Value
			if err := python.UnpackArgs(name, args[1:], kwargs, "date", &v); err != nil {
				return nil, err
			}
			return d.intervals(t, name, v)
		})}, nil
	}
	return nil, nil
}

// AttrNames implements python.HasAttrs.
func (d *Duration) AttrNames() []string { return []string{"ending_on", "starting_on", "value"} }

// Hash implements python.HasHash.
func (d *Duration) Hash(t *python.Thread) (uint64, error) {
	h, err := python.Hash(t, d.value)
	return h*31 + uint64(d.unit), err
}

// Compare implements python.HasCompare: durations are equal when unit and
// value are (weeks(1) != days(7)).
func (d *Duration) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	if op != syntax.EQEQ && op != syntax.NEQ {
		return python.NotImplemented, nil
	}
	o, ok := other.(*Duration)
	eq := false
	if ok && o.unit == d.unit {
		a, aok := d.value.(python.Int)
		b, bok := o.value.(python.Int)
		if aok && bok {
			eq = a == b
		} else if as, ok := d.value.(*Series); ok {
			if bs, ok := o.value.(*Series); ok {
				eq = as.node == bs.node
			}
		}
	}
	return python.Bool(eq == (op == syntax.EQEQ)), nil
}

// Unary implements python.HasUnary: -days(n) is days(-n).
func (d *Duration) Unary(t *python.Thread, op syntax.Token) (python.Value, error) {
	switch op {
	case syntax.MINUS:
		v, err := python.Unary(t, syntax.MINUS, d.value)
		if err != nil {
			return nil, err
		}
		return &Duration{unit: d.unit, value: v}, nil
	case syntax.PLUS:
		return d, nil
	}
	return nil, typeErrorf("bad operand type for unary %s: '%s'", op.String(), d.unit)
}

// Binary implements python.HasBinary.
func (d *Duration) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if op != syntax.PLUS && op != syntax.MINUS {
		return python.NotImplemented, nil
	}
	minus := op == syntax.MINUS
	switch o := other.(type) {
	case *Duration:
		if o.unit != d.unit {
			return python.NotImplemented, nil
		}
		a, b := d.value, o.value
		if reflected {
			a, b = b, a
		}
		v, err := python.Binary(t, op, a, b)
		if err != nil {
			return nil, err
		}
		return &Duration{unit: d.unit, value: v}, nil
	case python.Str, stdlib.Date:
		if minus && !reflected {
			return python.NotImplemented, nil
		}
		date, err := literalDate(o)
		if err != nil {
			return nil, err
		}
		if _, ok := d.value.(*Series); ok {
			return d.addTo(t, querymodel.MustValue(date), minus)
		}
		return d.addToDate(date, minus)
	case *Series:
		if !o.isDate() || (minus && !reflected) {
			return python.NotImplemented, nil
		}
		return d.addTo(t, o.node, minus)
	}
	return python.NotImplemented, nil
}

// literalDate converts a date string or date to a calendar date.
func literalDate(v python.Value) (querymodel.CalendarDate, error) {
	switch x := v.(type) {
	case python.Str:
		d, err := querymodel.ParseDate(string(x))
		if err != nil {
			return d, pyErr(err)
		}
		return d, nil
	case stdlib.Date:
		return calendarDate(x), nil
	case stdlib.DateTime:
		return calendarDate(x.Date), nil
	}
	return querymodel.CalendarDate{}, typeErrorf("Expecting a date, got type '%s'", v.Type().Name)
}

// addTo adds (or subtracts) the duration to a date series node.
func (d *Duration) addTo(t *python.Thread, date querymodel.Series, minus bool) (python.Value, error) {
	var n querymodel.Series
	switch v := d.value.(type) {
	case python.Int:
		k := int64(v)
		if d.unit == unitWeeks {
			k *= 7
		}
		if minus {
			k = -k
		}
		n = querymodel.MustValue(k)
	case *Series:
		n = v.node
		var err error
		if d.unit == unitWeeks {
			if n, err = querymodel.NewFunction(querymodel.FnMultiply, n, querymodel.MustValue(int64(7))); err != nil {
				return nil, pyErr(err)
			}
		}
		if minus {
			if n, err = querymodel.NewFunction(querymodel.FnNegate, n); err != nil {
				return nil, pyErr(err)
			}
		}
	}
	op := querymodel.FnDateAddDays
	switch d.unit {
	case unitMonths:
		op = querymodel.FnDateAddMonths
	case unitYears:
		op = querymodel.FnDateAddYears
	}
	return wrapFn(op, date, n)
}

// addToDate computes date ± duration eagerly, returning a datetime.date.
func (d *Duration) addToDate(date querymodel.CalendarDate, minus bool) (python.Value, error) {
	n := int(d.value.(python.Int))
	if minus {
		n = -n
	}
	r, err := shiftDate(date, d.unit, n)
	if err != nil {
		return nil, err
	}
	return stdlib.Date{Year: r.Year, Month: int(r.Month), Day: r.Day}, nil
}

// shiftDate adds n units to date with the reference's month and year
// rules: a day missing from the target month rolls forward to the 1st of
// the next month (§3.6).
func shiftDate(date querymodel.CalendarDate, u unit, n int) (querymodel.CalendarDate, error) {
	switch u {
	case unitDays, unitWeeks:
		if u == unitWeeks {
			n *= 7
		}
		tm := time.Date(date.Year, date.Month, date.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		if tm.Year() < 1 || tm.Year() > 9999 {
			return date, python.Errorf(python.OverflowError, "date value out of range")
		}
		return querymodel.CalendarDate{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}, nil
	case unitYears:
		n *= 12
	}
	idx := date.Year*12 + int(date.Month) - 1 + n
	y, m := idx/12, time.Month(idx%12+1)
	if idx < 0 || y < 1 || y > 9999 {
		return date, python.Errorf(python.ValueError, "year %d is out of range", y)
	}
	r, err := querymodel.NewDate(y, m, date.Day)
	if err != nil {
		if m == 12 {
			y, m = y+1, 1
		} else {
			m++
		}
		if y > 9999 {
			return date, python.Errorf(python.ValueError, "year %d is out of range", y)
		}
		return querymodel.CalendarDate{Year: y, Month: m, Day: 1}, nil
	}
	return r, nil
}

// intervals implements starting_on and ending_on (§2.8).
func (d *Duration) intervals(t *python.Thread, name string, v python.Value) (python.Value, error) {
	if _, ok := v.(*Series); ok {
		return nil, python.Errorf(python.ValueError, "%s() can only be used with a literal date, not a date series", name)
	}
	n, ok := d.value.(python.Int)
	if !ok {
		return nil, python.Errorf(python.ValueError, "%s() can only be used with a literal integer value, not an integer series", name)
	}
	if n < 0 {
		return nil, python.Errorf(python.ValueError, "%s() can only be used with positive numbers", name)
	}
	start, err := literalDate(v)
	if err != nil {
		return nil, err
	}
	at := func(k int) (stdlib.Date, error) {
		r, err := shiftDate(start, d.unit, k)
		if err != nil {
			return stdlib.Date{}, err
		}
		return stdlib.Date{Year: r.Year, Month: int(r.Month), Day: r.Day}, nil
	}
	dayAdd := func(x stdlib.Date, k int) (stdlib.Date, error) {
		r, err := shiftDate(calendarDate(x), unitDays, k)
		return stdlib.Date{Year: r.Year, Month: int(r.Month), Day: r.Day}, err
	}
	out := make([]python.Value, 0, int(n))
	for i := 0; i < int(n); i++ {
		var lo, hi stdlib.Date
		k := i
		if name == "ending_on" {
			k = i - int(n) + 1
			a, err := at(k - 1)
			if err != nil {
				return nil, err
			}
			if lo, err = dayAdd(a, 1); err != nil {
				return nil, err
			}
			if hi, err = at(k); err != nil {
				return nil, err
			}
		} else {
			var err error
			if lo, err = at(k); err != nil {
				return nil, err
			}
			b, err := at(k + 1)
			if err != nil {
				return nil, err
			}
			if hi, err = dayAdd(b, -1); err != nil {
				return nil, err
			}
		}
		out = append(out, python.Tuple{lo, hi})
	}
	return python.NewList(out), nil
}

func monthOf(m int) time.Month { return time.Month(m) }

// DateDifference is the result of subtracting dates (§3.6): its days,
// weeks, months and years attributes are int series.
type DateDifference struct {
	lhs, rhs querymodel.Series
}

var dateDifferenceClass = python.NewClass("DateDifference", "ehrql.query_language", nil, python.NewNamespace())

func (d *DateDifference) Type() *python.Class { return dateDifferenceClass }

func newDateDifference(lhs, rhs querymodel.Series) (python.Value, error) {
	if _, err := querymodel.NewFunction(querymodel.FnDateDifferenceInDays, lhs, rhs); err != nil {
		return nil, pyErr(err)
	}
	return &DateDifference{lhs: lhs, rhs: rhs}, nil
}

// Attr implements python.HasAttrs.
func (d *DateDifference) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "days":
		return wrapFn(querymodel.FnDateDifferenceInDays, d.lhs, d.rhs)
	case "weeks":
		days := mustFn(querymodel.FnDateDifferenceInDays, d.lhs, d.rhs)
		return wrapFn(querymodel.FnFloorDivide, days, querymodel.MustValue(int64(7)))
	case "months":
		return wrapFn(querymodel.FnDateDifferenceInMonths, d.lhs, d.rhs)
	case "years":
		return wrapFn(querymodel.FnDateDifferenceInYears, d.lhs, d.rhs)
	}
	return nil, nil
}

// AttrNames implements python.HasAttrs.
func (d *DateDifference) AttrNames() []string { return []string{"days", "months", "weeks", "years"} }

// Truth implements python.HasTruth.
func (d *DateDifference) Truth(t *python.Thread) (bool, error) {
	return false, python.Errorf(python.TypeError, truthMessage)
}

// Interval is the INTERVAL placeholder of measures definitions.
type Interval struct{}

var intervalClass = python.NewClass("Interval", "ehrql.measures", nil, python.NewNamespace())

func (*Interval) Type() *python.Class { return intervalClass }

func (*Interval) start() python.Value { return NewSeries(querymodel.IntervalStart) }
func (*Interval) end() python.Value   { return NewSeries(querymodel.IntervalEnd) }

// Attr implements python.HasAttrs.
func (iv *Interval) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "start_date":
		return iv.start(), nil
	case "end_date":
		return iv.end(), nil
	}
	return nil, nil
}

// AttrNames implements python.HasAttrs.
func (*Interval) AttrNames() []string { return []string{"end_date", "start_date"} }

// Iterate implements python.Iterable: start, end = INTERVAL.
func (iv *Interval) Iterate(t *python.Thread) (python.Iterator, error) {
	return python.NewSliceIterator([]python.Value{iv.start(), iv.end()}), nil
}

// Len implements python.HasLen.
func (*Interval) Len(t *python.Thread) (int, error) { return 2, nil }

// GetItem implements python.HasGetItem.
func (iv *Interval) GetItem(t *python.Thread, key python.Value) (python.Value, error) {
	switch key {
	case python.Int(0), python.Int(-2):
		return iv.start(), nil
	case python.Int(1), python.Int(-1):
		return iv.end(), nil
	}
	return nil, python.Errorf(python.IndexError, "tuple index out of range")
}

// Repr implements python.HasRepr.
func (*Interval) Repr(t *python.Thread) (string, error) { return "INTERVAL", nil }
