package ehrql

import (
	"errors"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// noCast is the receiver type meaning "convert literals as they are".
var noCast querymodel.Type

// literalOf converts a Python value to an ehrQL literal (a Go value
// accepted by querymodel.NewValue), casting it as a series of type want
// does (§4.3): date strings for date series, int to float for float series,
// str to the code class of a code series. want may be noCast.
func literalOf(t *python.Thread, v python.Value, want querymodel.Type) (any, error) {
	switch x := v.(type) {
	case python.NoneType:
		return nil, nil
	case python.Bool:
		return bool(x), nil
	case python.Int:
		if want.Kind() == querymodel.KindFloat && !want.IsSet() {
			return float64(x), nil
		}
		return int64(x), nil
	case python.Float:
		return float64(x), nil
	case python.Str:
		return castStr(string(x), want)
	case stdlib.Date:
		return calendarDate(x), nil
	case stdlib.DateTime:
		return calendarDate(x.Date), nil
	case *Code:
		return x.code, nil
	case *python.Set:
		if !x.Frozen() {
			break
		}
		items := make([]any, 0, x.Len())
		for _, el := range x.Elems() {
			lit, err := literalOf(t, el, want.Elem())
			if err != nil {
				return nil, err
			}
			items = append(items, lit)
		}
		fs, err := querymodel.NewFrozenset(items...)
		if err != nil {
			return nil, pyErr(err)
		}
		return fs, nil
	}
	return nil, notValid(t, v)
}

// castStr casts a string literal for a receiver of type want.
func castStr(s string, want querymodel.Type) (any, error) {
	switch want.Kind() {
	case querymodel.KindDate:
		d, err := querymodel.ParseDate(s)
		if err != nil {
			return nil, pyErr(err)
		}
		return d, nil
	case querymodel.KindCode:
		sys := want.System()
		if sys.IsMulti() {
			return multiCodeNeedle(s, sys)
		}
		c, err := codes.Parse(sys, s)
		if err != nil {
			return nil, pyErr(err)
		}
		return c, nil
	}
	return s, nil
}

// multiCodeNeedle validates s as a search prefix for a multi-code-string
// column of system sys. The needle stays a plain string: a prefix such as
// "I6" is not itself a valid code.
func multiCodeNeedle(s string, sys codes.System) (any, error) {
	if !sys.Valid(s) {
		return nil, pyErr(&codes.InvalidCodeError{System: sys, Value: s})
	}
	return s, nil
}

func calendarDate(d stdlib.Date) querymodel.CalendarDate {
	return querymodel.CalendarDate{Year: d.Year, Month: monthOf(d.Month), Day: d.Day}
}

// toNode converts an argument to a series node: ehrQL series as they are,
// Python literals cast for a receiver of type want.
func toNode(t *python.Thread, v python.Value, want querymodel.Type) (querymodel.Series, error) {
	if s, ok := v.(*Series); ok {
		return s.node, nil
	}
	lit, err := literalOf(t, v, want)
	if err != nil {
		return nil, err
	}
	n, err := querymodel.NewValue(lit)
	if err != nil {
		return nil, pyErr(err)
	}
	return n, nil
}

// notValid is the TypeError for a value that is neither a series nor a
// literal, with the reference's hints for the usual mistakes (§4.2).
func notValid(t *python.Thread, v python.Value) error {
	if hint, ok := hintFor(v); ok {
		return typeErrorf("%s", hint)
	}
	r, err := python.Repr(t, v)
	if err != nil {
		r = fmt.Sprintf("<%s object>", v.Type().Name)
	}
	msg := "Not a valid ehrQL type: " + r
	if tup, ok := v.(python.Tuple); ok && len(tup) == 1 {
		msg += trailingCommaNote
	}
	return typeErrorf("%s", msg)
}

// trailingCommaNote is added when a one-element tuple arrives where a
// single value was expected.
const trailingCommaNote = "\n\nNote: this is a tuple holding one value; is there a trailing comma after it?"

// hintFor returns the hint for a frame, an uncalled ehrQL method or an
// incomplete when() chain used where a series is expected.
func hintFor(v python.Value) (string, bool) {
	switch x := v.(type) {
	case *Frame:
		return fmt.Sprintf("Expecting a series but got a frame (`%s`): are you missing a column name?", x.name), true
	case *python.BoundMethod:
		switch x.Self.(type) {
		case *Series, *Frame, *Dataset, *DateDifference, *Duration:
			name := "?"
			if b, ok := x.Func.(*python.Builtin); ok {
				name = b.Name
			}
			return fmt.Sprintf("Function referenced but not called: are you missing parentheses on `%s()`?", name), true
		}
	case *When:
		return "Missing `.then(...).otherwise(...)` conditions on a `when(...)` expression", true
	case *WhenThen:
		return "Missing `.otherwise(...)` condition on a `when(...).then(...)` expression", true
	}
	return "", false
}

// pyValueOf converts an ehrQL literal back to a Python value.
func pyValueOf(v any) python.Value {
	switch x := v.(type) {
	case nil:
		return python.None
	case bool:
		return python.Bool(x)
	case int64:
		return python.Int(x)
	case float64:
		return python.Float(x)
	case string:
		return python.Str(x)
	case querymodel.CalendarDate:
		return stdlib.Date{Year: x.Year, Month: int(x.Month), Day: x.Day}
	case codes.Code:
		return &Code{code: x}
	}
	return python.None
}

// isExc reports whether err is a Python exception of class cls.
func isExc(err error, cls *python.Class) bool {
	var exc *python.Exception
	return errors.As(err, &exc) && exc.Class.IsSubclass(cls)
}
