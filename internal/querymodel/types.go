package querymodel

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// Kind is the basic kind of a Type.
type Kind uint8

// The kinds. KindNull is the type of the literal None: it matches any
// expected type without binding a type variable.
const (
	KindInvalid Kind = iota
	KindNull
	KindBool
	KindInt
	KindFloat
	KindStr
	KindDate
	KindCode
)

// Type is an ehrQL element type: bool, int, float, str, date, one code
// system (including the multi-code-string systems), or Set[T] of one of
// those. Types are comparable values.
type Type struct {
	kind   Kind
	system codes.System
	set    bool
}

// The scalar types.
var (
	Null  = Type{kind: KindNull}
	Bool  = Type{kind: KindBool}
	Int   = Type{kind: KindInt}
	Float = Type{kind: KindFloat}
	Str   = Type{kind: KindStr}
	Date  = Type{kind: KindDate}
)

// CodeType returns the type of codes of system s.
func CodeType(s codes.System) Type { return Type{kind: KindCode, system: s} }

// SetOf returns Set[t]. t must not itself be a set.
func SetOf(t Type) Type { t.set = true; return t }

// Kind returns the kind of the type (of the element type for a set).
func (t Type) Kind() Kind { return t.kind }

// System returns the coding system of a code type, or 0.
func (t Type) System() codes.System { return t.system }

// IsSet reports whether t is Set[T].
func (t Type) IsSet() bool { return t.set }

// Elem returns T for Set[T], and t itself otherwise.
func (t Type) Elem() Type { t.set = false; return t }

// IsValid reports whether t is a real type (not the zero Type).
func (t Type) IsValid() bool { return t.kind != KindInvalid }

// IsComparable reports membership of the Comparable class: int, float, str,
// date and ordinary code types.
func (t Type) IsComparable() bool {
	if t.set {
		return false
	}
	switch t.kind {
	case KindInt, KindFloat, KindStr, KindDate:
		return true
	case KindCode:
		return !t.system.IsMulti()
	}
	return false
}

// IsNumeric reports membership of the Numeric class: int and float.
func (t Type) IsNumeric() bool { return !t.set && (t.kind == KindInt || t.kind == KindFloat) }

// String returns the Python name of the type: "int", "date",
// "SNOMEDCTCode", "Set[str]", "None".
func (t Type) String() string {
	var s string
	switch t.kind {
	case KindNull:
		s = "None"
	case KindBool:
		s = "bool"
	case KindInt:
		s = "int"
	case KindFloat:
		s = "float"
	case KindStr:
		s = "str"
	case KindDate:
		s = "date"
	case KindCode:
		s = t.system.Name()
	default:
		s = "invalid"
	}
	if t.set {
		return "Set[" + s + "]"
	}
	return s
}

// SeriesName returns the Python-facing series type used in messages,
// "Series[int]".
func (t Type) SeriesName() string { return "Series[" + t.String() + "]" }

// ParseType returns the type named by name, as written in the serialised
// form ({"type": "int"}) and in messages.
func ParseType(name string) (Type, error) {
	switch name {
	case "bool":
		return Bool, nil
	case "int":
		return Int, nil
	case "float":
		return Float, nil
	case "str":
		return Str, nil
	case "date":
		return Date, nil
	case "NoneType", "None":
		return Null, nil
	}
	if s, ok := codes.Lookup(name); ok {
		return CodeType(s), nil
	}
	if len(name) > 5 && name[:4] == "Set[" && name[len(name)-1] == ']' {
		el, err := ParseType(name[4 : len(name)-1])
		if err != nil || el.set {
			return Type{}, fmt.Errorf("querymodel: unknown type %q", name)
		}
		return SetOf(el), nil
	}
	return Type{}, fmt.Errorf("querymodel: unknown type %q", name)
}

// matches reports whether a value of type got may be used where want is
// expected: the types are equal or got is None (or a set of None, the type
// of the empty frozenset) matched against anything of the same shape.
func matches(want, got Type) bool {
	if want == got {
		return true
	}
	if got.kind == KindNull && got.set == want.set {
		return true
	}
	return got.kind == KindNull && !got.set
}

// Dim is the dimension of a frame or series: at most one row per patient, or
// many.
type Dim uint8

const (
	// OneRowPerPatient: patient frames and patient series.
	OneRowPerPatient Dim = iota + 1
	// ManyRowsPerPatient: event frames and event series.
	ManyRowsPerPatient
)

func (d Dim) String() string {
	switch d {
	case OneRowPerPatient:
		return "one row per patient"
	case ManyRowsPerPatient:
		return "many rows per patient"
	}
	return "invalid dimension"
}
