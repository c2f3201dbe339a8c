package python

// Declarations owned by the built-in types work (helper T). Each is a stub to
// be replaced by the real implementation in T's own files; T deletes this
// file when done. Signatures here are the agreed API: keep them.

import "github.com/opensafely-go/opensafely/internal/python/syntax"

// Core value types.
type (
	NoneType struct{}
	Bool     bool
	Int      int64
	Float    float64
	Str      string
	Tuple    []Value
	List     struct{ elems []Value }
	Dict     struct{}
	Set      struct{}
	Range    struct{ Start, Stop, Step int64 }
	// SliceValue is the key of x[a:b:c]; absent parts are None.
	SliceValue struct{ Start, Stop, Step Value }
	// Builtin is a function implemented in Go.
	Builtin struct {
		Name string
		Fn   func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)
	}
	// BoundMethod is a function bound to a receiver (obj.method).
	BoundMethod struct {
		Self Value
		Func Value
	}
	// NotImplementedType is the type of NotImplemented.
	NotImplementedType struct{}
)

var (
	None           = NoneType{}
	True           = Bool(true)
	False          = Bool(false)
	NotImplemented = NotImplementedType{}
)

// Built-in type classes, with their methods in Dict.
var (
	NoneTypeClass, BoolClass, IntClass, FloatClass, StrClass, TupleClass *Class
	ListClass, DictClass, SetClass, FrozenSetClass, RangeClass           *Class
	BuiltinFunctionClass, MethodClass                                    *Class
)

// NewBuiltin returns a Go function as a Python callable.
func NewBuiltin(name string, fn func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: fn}
}

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{elems: elems} }

// NewDict returns an empty insertion-ordered dict.
func NewDict() *Dict { panic("unimplemented") }

// NewSet returns an empty set (frozen: frozenset).
func NewSet(frozen bool) *Set { panic("unimplemented") }

// UnpackArgs binds a call's arguments to Go variables, raising Python's
// TypeError messages for missing, surplus, duplicate or mistyped arguments.
// pairs alternate a parameter name and a pointer: "x", &x, "y?", &y. A "?"
// suffix marks optional parameters; a "*" prefix marks keyword-only ones.
// Pointers may be to Value, to a concrete core type (Int, Str, *List, ...),
// or to Go int, int64, float64, string or bool (converted with Python's
// rules).
func UnpackArgs(fnname string, args Tuple, kwargs []Kwarg, pairs ...any) error {
	panic("unimplemented")
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) { panic("unimplemented") }

// ToStr returns str(v).
func ToStr(t *Thread, v Value) (string, error) { panic("unimplemented") }

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) { panic("unimplemented") }

// Equal reports x == y (as a Python bool).
func Equal(t *Thread, x, y Value) (bool, error) { panic("unimplemented") }

// Less reports x < y, for sorting.
func Less(t *Thread, x, y Value) (bool, error) { panic("unimplemented") }

// Hash returns hash(v), raising TypeError for unhashable values.
func Hash(t *Thread, v Value) (uint64, error) { panic("unimplemented") }

// Binary evaluates x op y, trying reflected forms as Python does.
func Binary(t *Thread, op syntax.Token, x, y Value) (Value, error) { panic("unimplemented") }

// Unary evaluates -x, +x, ~x (not x is Truth).
func Unary(t *Thread, op syntax.Token, x Value) (Value, error) { panic("unimplemented") }

// Compare evaluates x op y for LT, LE, GT, GE, EQEQ, NEQ, IN, NOTIN, IS, ISNOT.
func Compare(t *Thread, op syntax.Token, x, y Value) (Value, error) { panic("unimplemented") }

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) { panic("unimplemented") }

// Iterate returns an iterator over v.
func Iterate(t *Thread, v Value) (Iterator, error) { panic("unimplemented") }

// GetItem evaluates x[key].
func GetItem(t *Thread, x, key Value) (Value, error) { panic("unimplemented") }

// SetItem evaluates x[key] = v.
func SetItem(t *Thread, x, key, v Value) error { panic("unimplemented") }

// DelItem evaluates del x[key].
func DelItem(t *Thread, x, key Value) error { panic("unimplemented") }

// Format returns format(v, spec), as used by f-strings and str.format.
func Format(t *Thread, v Value, spec string) (string, error) { panic("unimplemented") }

// Universe is the builtins namespace: built-in functions (len, print, ...)
// and type classes (int, str, ...), filled by T's init functions. E's init
// adds object, type and the exception classes.
var Universe = NewNamespace()
