package assure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// pyStr formats v as Python's str() does; codes print as their plain value.
func pyStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case codes.Code:
		return x.Value
	case querymodel.CalendarDate:
		return x.String()
	}
	return pyRepr(v)
}

// pyRepr formats v as Python's repr() does.
func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return querymodel.PythonFloat(x)
	case string:
		return quote(x)
	case querymodel.CalendarDate:
		return fmt.Sprintf("datetime.date(%d, %d, %d)", x.Year, int(x.Month), x.Day)
	case codes.Code:
		return fmt.Sprintf("%s(%s)", x.System.Name(), quote(x.Value))
	case List:
		return "[" + joinRepr(x) + "]"
	case Tuple:
		if len(x) == 1 {
			return "(" + pyRepr(x[0]) + ",)"
		}
		return "(" + joinRepr(x) + ")"
	case Dict:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = pyRepr(it.Key) + ": " + pyRepr(it.Value)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func joinRepr(items []any) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = pyRepr(it)
	}
	return strings.Join(parts, ", ")
}

// quote is Python's repr of a str: single quotes unless the text holds a
// single quote and no double quote.
func quote(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(q):
			b.WriteByte('\\')
			b.WriteByte(q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// typeName is the Python type name of a decoded value.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case querymodel.CalendarDate:
		return "date"
	case codes.Code:
		return v.(codes.Code).System.Name()
	case List:
		return "list"
	case Tuple:
		return "tuple"
	case Dict:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// equal reports whether an expected value equals an actual one under
// Python's ==, except that a code equals a string with its value.
func equal(a, b any) bool {
	if fa, ok := number(a); ok {
		fb, ok := number(b)
		if !ok {
			return false
		}
		ia, aInt := integer(a)
		ib, bInt := integer(b)
		if aInt && bInt {
			return ia == ib
		}
		return fa == fb
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		switch y := b.(type) {
		case string:
			return x == y
		case codes.Code:
			return x == y.Value
		}
	case codes.Code:
		switch y := b.(type) {
		case string:
			return x.Value == y
		case codes.Code:
			return x == y
		}
	case querymodel.CalendarDate:
		y, ok := b.(querymodel.CalendarDate)
		return ok && x == y
	case List:
		y, ok := b.(List)
		return ok && equalSeq(x, y)
	case Tuple:
		y, ok := b.(Tuple)
		return ok && equalSeq(x, y)
	case Dict:
		y, ok := b.(Dict)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, it := range x {
			found := false
			for _, jt := range y {
				if equal(it.Key, jt.Key) {
					found = equal(it.Value, jt.Value)
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

func equalSeq(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// number returns v as a float if it is a Python number (bool included).
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// integer returns v as an int64 if it is a bool or an int.
func integer(v any) (int64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case int64:
		return x, true
	}
	return 0, false
}

// truthy is Python's bool(v).
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case float64:
		return x != 0
	case string:
		return x != ""
	case List:
		return len(x) > 0
	case Tuple:
		return len(x) > 0
	case Dict:
		return len(x) > 0
	}
	return true
}
