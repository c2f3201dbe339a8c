package syntax

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns a compact one-line rendering of a syntax tree (a Node,
// *File, *Arguments or slice of them), for tests and debugging. Positions
// are omitted, as are nil and empty fields; for example x = 1 + 2 is
// (Assign Targets=[(Name x)] Value=(BinOp (Constant 1) + (Constant 2))).
func Dump(n any) string {
	var sb strings.Builder
	dumpValue(&sb, reflect.ValueOf(n))
	return sb.String()
}

var (
	posType   = reflect.TypeOf(Pos{})
	tokenType = reflect.TypeOf(Token(0))
)

func dumpValue(sb *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		sb.WriteString("nil")
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		dumpValue(sb, v.Elem())
		return
	case reflect.Slice:
		sb.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteByte(' ')
			}
			dumpValue(sb, v.Index(i))
		}
		sb.WriteByte(']')
		return
	case reflect.String:
		sb.WriteString(strconv.Quote(v.String()))
		return
	case reflect.Struct:
	default:
		if v.Type() == tokenType {
			sb.WriteString(Token(v.Int()).String())
			return
		}
		if v.Kind() == reflect.Int32 {
			// Conversion runes.
			sb.WriteString(strconv.QuoteRune(rune(v.Int())))
			return
		}
		fmt.Fprint(sb, v.Interface())
		return
	}
	t := v.Type()
	switch x := v.Interface().(type) {
	case Name:
		sb.WriteString("(Name " + x.Id + ")")
		return
	case Constant:
		sb.WriteString("(Constant ")
		switch c := x.Value.(type) {
		case string:
			sb.WriteString(strconv.Quote(c))
		case nil:
			sb.WriteString("None")
		case bool:
			if c {
				sb.WriteString("True")
			} else {
				sb.WriteString("False")
			}
		case EllipsisType:
			sb.WriteString("...")
		case float64:
			sb.WriteString(formatFloat(c))
		default:
			fmt.Fprint(sb, c)
		}
		sb.WriteByte(')')
		return
	case EllipsisType:
		sb.WriteString("...")
		return
	}
	sb.WriteString("(" + t.Name())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if f.Type == posType || f.Type == reflect.TypeOf([]Pos(nil)) || fv.IsZero() {
			continue
		}
		if (fv.Kind() == reflect.Slice) && fv.Len() == 0 {
			continue
		}
		sb.WriteString(" " + f.Name + "=")
		dumpValue(sb, fv)
	}
	sb.WriteByte(')')
}

// formatFloat formats f as Python's repr does.
func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if f != 0 && (exp < -4 || exp >= 16) {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsRune(s, '.') {
		s += ".0"
	}
	return s
}
