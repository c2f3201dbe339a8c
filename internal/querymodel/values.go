package querymodel

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// CalendarDate is a date without time zone, the value of ehrQL date series.
type CalendarDate struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, or an error if it does not exist.
func NewDate(y int, m time.Month, d int) (CalendarDate, error) {
	if y < 1 || y > 9999 {
		return CalendarDate{}, fmt.Errorf("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return CalendarDate{}, fmt.Errorf("month must be in 1..12")
	}
	if d < 1 || d > daysIn(y, m) {
		return CalendarDate{}, fmt.Errorf("day is out of range for month")
	}
	return CalendarDate{y, m, d}, nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DateCastError is the error for a string that cannot be cast to a date.
type DateCastError struct {
	Value      string
	OutOfRange bool // well formed but not a real date
}

func (e *DateCastError) Error() string {
	if e.OutOfRange {
		return fmt.Sprintf("day is out of range for month in '%s'", e.Value)
	}
	return fmt.Sprintf("Dates must be in YYYY-MM-DD format: '%s'", e.Value)
}

// ParseDate casts an ISO "YYYY-MM-DD" string to a date, as date series do
// with string literals. The format is strict: "20201231" is rejected.
func ParseDate(s string) (CalendarDate, error) {
	ok := len(s) == 10 && s[4] == '-' && s[7] == '-'
	for i := 0; ok && i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			ok = false
		}
	}
	if !ok {
		return CalendarDate{}, &DateCastError{Value: s}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	if m < 1 || m > 12 || y < 1 {
		return CalendarDate{}, &DateCastError{Value: s}
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return CalendarDate{}, &DateCastError{Value: s, OutOfRange: true}
	}
	return date, nil
}

// String returns the ISO form, "2020-01-31".
func (d CalendarDate) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Compare orders dates chronologically.
func (d CalendarDate) Compare(o CalendarDate) int {
	return cmp.Or(cmp.Compare(d.Year, o.Year), cmp.Compare(d.Month, o.Month), cmp.Compare(d.Day, o.Day))
}

// Frozenset is a literal set of values of one type (the Python frozenset
// used by is_in). Its items are kept de-duplicated in a canonical order, so
// output never depends on construction order.
type Frozenset struct {
	elem  Type
	items []any
}

// NewFrozenset returns the set of items, which must all be literals (see
// NewValue) of one scalar type.
func NewFrozenset(items ...any) (Frozenset, error) {
	fs := Frozenset{elem: Null}
	seen := make(map[string]bool)
	for _, it := range items {
		v, t, err := normaliseLiteral(it)
		if err != nil {
			return Frozenset{}, err
		}
		if t.set || t.kind == KindNull {
			return Frozenset{}, &LiteralError{Value: it, Reason: "a frozenset may only hold non-null scalar values"}
		}
		if fs.elem.kind == KindNull {
			fs.elem = t
		} else if fs.elem != t {
			return Frozenset{}, &LiteralError{Value: it, Reason: fmt.Sprintf("frozenset elements must all have one type; got %s and %s", fs.elem, t)}
		}
		k := literalKey(v)
		if !seen[k] {
			seen[k] = true
			fs.items = append(fs.items, v)
		}
	}
	slices.SortFunc(fs.items, compareLiterals)
	return fs, nil
}

// Elem returns the element type (Null for the empty set).
func (f Frozenset) Elem() Type { return f.elem }

// Items returns the items in canonical order. The caller must not modify
// the slice.
func (f Frozenset) Items() []any { return f.items }

// Len returns the number of items.
func (f Frozenset) Len() int { return len(f.items) }

// LiteralError reports a Go value that cannot be an ehrQL literal.
type LiteralError struct {
	Value  any
	Reason string
}

func (e *LiteralError) Error() string {
	if e.Reason != "" {
		return "Not a valid ehrQL type: " + fmt.Sprintf("%#v", e.Value) + " (" + e.Reason + ")"
	}
	return "Not a valid ehrQL type: " + fmt.Sprintf("%#v", e.Value)
}

// normaliseLiteral converts the accepted Go representations of a literal to
// the canonical one (ints to int64) and returns its type.
func normaliseLiteral(v any) (any, Type, error) {
	switch x := v.(type) {
	case nil:
		return nil, Null, nil
	case bool:
		return x, Bool, nil
	case int:
		return int64(x), Int, nil
	case int32:
		return int64(x), Int, nil
	case int64:
		return x, Int, nil
	case float64:
		if x == 0 {
			x = 0 // fold -0.0 into 0.0, as Python equality does
		}
		return x, Float, nil
	case string:
		return x, Str, nil
	case CalendarDate:
		return x, Date, nil
	case codes.Code:
		if !x.System.IsValid() {
			return nil, Type{}, &LiteralError{Value: v, Reason: "code without a coding system"}
		}
		return x, CodeType(x.System), nil
	case Frozenset:
		if x.elem.kind == KindInvalid {
			x.elem = Null
		}
		return x, SetOf(x.elem), nil
	}
	return nil, Type{}, &LiteralError{Value: v}
}

// literalKey is a canonical, type-tagged encoding of a normalised literal.
func literalKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "N"
	case bool:
		if x {
			return "bT"
		}
		return "bF"
	case int64:
		return "i" + strconv.FormatInt(x, 10)
	case float64:
		return "f" + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return "s" + strconv.Quote(x)
	case CalendarDate:
		return "d" + x.String()
	case codes.Code:
		return "c" + strconv.Itoa(int(x.System)) + ":" + strconv.Quote(x.Value)
	case Frozenset:
		var b strings.Builder
		b.WriteString("S" + x.elem.String() + "{")
		for _, it := range x.items {
			b.WriteString(literalKey(it))
			b.WriteByte(',')
		}
		b.WriteByte('}')
		return b.String()
	}
	panic(fmt.Sprintf("querymodel: literalKey of %T", v))
}

// compareLiterals orders two literals of the same type.
func compareLiterals(a, b any) int {
	switch x := a.(type) {
	case bool:
		y := b.(bool)
		if x == y {
			return 0
		} else if !x {
			return -1
		}
		return 1
	case int64:
		return cmp.Compare(x, b.(int64))
	case float64:
		y := b.(float64)
		if math.IsNaN(x) || math.IsNaN(y) {
			return cmp.Compare(literalKey(x), literalKey(y))
		}
		return cmp.Compare(x, y)
	case string:
		return cmp.Compare(x, b.(string))
	case CalendarDate:
		return x.Compare(b.(CalendarDate))
	case codes.Code:
		return cmp.Compare(x.Value, b.(codes.Code).Value)
	}
	return cmp.Compare(literalKey(a), literalKey(b))
}
