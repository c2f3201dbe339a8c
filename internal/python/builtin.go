package python

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Core value types owned by the built-in types layer. See value.go for the
// list of every value type.
type (
	// NoneType is the type of None.
	NoneType struct{}
	// Bool is True or False; bool is a subclass of int.
	Bool bool
	// Int is a Python int that fits in 64 bits. Ints are unbounded:
	// larger values are BigInt, and arithmetic promotes on overflow.
	Int int64
	// Float is a Python float.
	Float float64
	// Str is a Python str, held as UTF-8; lengths and indexes count code
	// points.
	Str string
	// Tuple is an immutable sequence.
	Tuple []Value
	// SliceValue is the key of x[a:b:c]; absent parts are None.
	SliceValue struct{ Start, Stop, Step Value }
	// NotImplementedType is the type of NotImplemented.
	NotImplementedType struct{}
	// EllipsisType is the type of Ellipsis (...).
	EllipsisType struct{}
)

// Builtin is a function implemented in Go. Methods of built-in and host
// classes are Builtins receiving the receiver as args[0].
type Builtin struct {
	Name string
	Fn   func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)

	// Owner, when set, is the class whose method this is (for repr and
	// for the receiver check message).
	Owner *Class
}

// BoundMethod is a function bound to a receiver (obj.method).
type BoundMethod struct {
	Self Value
	Func Value
}

var (
	None           = NoneType{}
	True           = Bool(true)
	False          = Bool(false)
	NotImplemented = NotImplementedType{}
	Ellipsis       = EllipsisType{}
)

// builtinClasses lists every class made by builtinClass, so that their MROs
// can be completed with object once it exists.
var builtinClasses []*Class

// builtinClass returns a new class of the builtins module with an empty
// dict. Its MRO is the class itself followed by object (added by
// linkBuiltinClasses when object is created later).
func builtinClass(name string, bases ...*Class) *Class {
	c := &Class{Name: name, Module: "builtins", Dict: NewNamespace(), Bases: bases}
	c.MRO = []*Class{c}
	for _, b := range bases {
		for _, m := range b.MRO {
			if m != ObjectClass || ObjectClass == nil {
				c.MRO = append(c.MRO, m)
			}
		}
	}
	if ObjectClass != nil && c != ObjectClass {
		c.MRO = append(c.MRO, ObjectClass)
	}
	builtinClasses = append(builtinClasses, c)
	return c
}

// LinkBuiltinClasses appends object to the MRO of every built-in class
// created before object existed. It is idempotent; the evaluator may call it
// after creating ObjectClass.
func LinkBuiltinClasses() {
	if ObjectClass == nil {
		return
	}
	for _, c := range builtinClasses {
		if c == ObjectClass {
			continue
		}
		if len(c.Bases) == 0 {
			c.Bases = []*Class{ObjectClass}
		}
		if c.MRO[len(c.MRO)-1] != ObjectClass {
			c.MRO = append(c.MRO, ObjectClass)
		}
	}
}

func init() { LinkBuiltinClasses() }

// Built-in type classes, with their methods in Dict.
var (
	NoneTypeClass        = builtinClass("NoneType")
	IntClass             = builtinClass("int")
	BoolClass            = builtinClass("bool", IntClass)
	FloatClass           = builtinClass("float")
	StrClass             = builtinClass("str")
	TupleClass           = builtinClass("tuple")
	ListClass            = builtinClass("list")
	DictClass            = builtinClass("dict")
	SetClass             = builtinClass("set")
	FrozenSetClass       = builtinClass("frozenset")
	RangeClass           = builtinClass("range")
	SliceClass           = builtinClass("slice")
	BuiltinFunctionClass = builtinClass("builtin_function_or_method")
	MethodClass          = builtinClass("method")
	NotImplementedClass  = builtinClass("NotImplementedType")
	EllipsisClass        = builtinClass("ellipsis")
	DictKeysClass        = builtinClass("dict_keys")
	DictValuesClass      = builtinClass("dict_values")
	DictItemsClass       = builtinClass("dict_items")
)

func (NoneType) Type() *Class           { return NoneTypeClass }
func (Bool) Type() *Class               { return BoolClass }
func (Int) Type() *Class                { return IntClass }
func (Float) Type() *Class              { return FloatClass }
func (Str) Type() *Class                { return StrClass }
func (Tuple) Type() *Class              { return TupleClass }
func (*SliceValue) Type() *Class        { return SliceClass }
func (NotImplementedType) Type() *Class { return NotImplementedClass }
func (EllipsisType) Type() *Class       { return EllipsisClass }
func (*Builtin) Type() *Class           { return BuiltinFunctionClass }
func (*BoundMethod) Type() *Class       { return MethodClass }

// NewBuiltin returns a Go function as a Python callable.
func NewBuiltin(name string, fn func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: fn}
}

// Call calls the Go function.
func (b *Builtin) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return b.Fn(t, args, kwargs)
}

// Repr returns "<built-in function NAME>" or, for a method of a class,
// "<method 'NAME' of 'CLASS' objects>".
func (b *Builtin) Repr(t *Thread) (string, error) {
	if b.Owner != nil {
		return fmt.Sprintf("<method '%s' of '%s' objects>", b.Name, b.Owner.Name), nil
	}
	return fmt.Sprintf("<built-in function %s>", b.Name), nil
}

// Call calls the function with the receiver prepended to args.
func (m *BoundMethod) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	all := make(Tuple, len(args)+1)
	all[0] = m.Self
	copy(all[1:], args)
	if b, ok := m.Func.(*Builtin); ok {
		return b.Fn(t, all, kwargs)
	}
	return t.Call(m.Func, all, kwargs)
}

// Repr returns "<bound method NAME of REPR>" (for built-in methods,
// "<built-in method NAME of TYPE object>").
func (m *BoundMethod) Repr(t *Thread) (string, error) {
	if b, ok := m.Func.(*Builtin); ok {
		return fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, m.Self.Type().Name, fakeAddress(m.Self)), nil
	}
	name := "?"
	if v, err := GetAttr(t, m.Func, "__qualname__"); err == nil {
		if s, ok := v.(Str); ok {
			name = string(s)
		}
	} else if v, err := GetAttr(t, m.Func, "__name__"); err == nil {
		if s, ok := v.(Str); ok {
			name = string(s)
		}
	}
	r, err := Repr(t, m.Self)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<bound method %s of %s>", name, r), nil
}

// addMethod adds a method to a built-in class. fn receives the receiver,
// already checked to be of type R, and the remaining arguments.
func addMethod[R Value](cls *Class, name string, fn func(t *Thread, recv R, args Tuple, kwargs []Kwarg) (Value, error)) {
	b := &Builtin{Name: name, Owner: cls}
	b.Fn = func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", cls.Name, name)
		}
		recv, ok := args[0].(R)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, cls.Name, args[0].Type().Name)
		}
		return fn(t, recv, args[1:], kwargs)
	}
	cls.Dict.Set(name, b)
}

// UnpackArgs binds a call's arguments to Go variables, raising Python's
// TypeError messages for missing, surplus, duplicate or mistyped arguments.
// pairs alternate a parameter name and a pointer: "x", &x, "y?", &y. A "?"
// suffix marks optional parameters; a "*" prefix marks keyword-only ones.
// Pointers may be to Value, to a concrete core type (Int, Str, *List, ...),
// or to Go int, int64, float64, string or bool (converted with Python's
// rules). An optional parameter given as None leaves a Go-typed variable
// unchanged.
func UnpackArgs(fnname string, args Tuple, kwargs []Kwarg, pairs ...any) error {
	if len(pairs)%2 != 0 {
		return fmt.Errorf("UnpackArgs: odd number of pairs")
	}
	n := len(pairs) / 2
	type param struct {
		name     string
		optional bool
		kwonly   bool
		ptr      any
	}
	var buf [8]param
	params := buf[:0]
	if n > len(buf) {
		params = make([]param, 0, n)
	}
	params = params[:n]
	npos, nrequired := 0, 0
	for i := 0; i < n; i++ {
		name, ok := pairs[2*i].(string)
		if !ok {
			return fmt.Errorf("UnpackArgs: parameter %d name is not a string", i)
		}
		p := param{ptr: pairs[2*i+1]}
		if strings.HasPrefix(name, "*") {
			p.kwonly = true
			name = name[1:]
		}
		if strings.HasSuffix(name, "?") {
			p.optional = true
			name = name[:len(name)-1]
		}
		p.name = name
		if !p.kwonly {
			npos++
			if !p.optional {
				nrequired++
			}
		}
		params[i] = p
	}
	if len(args) > npos {
		switch {
		case npos == 0:
			return Errorf(TypeError, "%s() takes no positional arguments", fnname)
		case npos == nrequired && npos == 1:
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fnname, len(args))
		case npos == nrequired:
			return Errorf(TypeError, "%s() takes exactly %d arguments (%d given)", fnname, npos, len(args))
		default:
			return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fnname, npos, argPlural(npos), len(args))
		}
	}
	var setBuf [8]bool
	set := setBuf[:0]
	if n > len(setBuf) {
		set = make([]bool, 0, n)
	}
	set = set[:n]
	for i, a := range args {
		if err := unpackOne(fnname, params[i].name, params[i].optional, a, params[i].ptr); err != nil {
			return err
		}
		set[i] = true
	}
	for _, kw := range kwargs {
		found := false
		for i := range params {
			if params[i].name != kw.Name {
				continue
			}
			if set[i] {
				return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fnname, kw.Name, i+1)
			}
			if err := unpackOne(fnname, kw.Name, params[i].optional, kw.Value, params[i].ptr); err != nil {
				return err
			}
			set[i] = true
			found = true
			break
		}
		if !found {
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fnname, kw.Name)
		}
	}
	for i, p := range params {
		if set[i] || p.optional {
			continue
		}
		if p.kwonly {
			return Errorf(TypeError, "%s() missing required keyword-only argument: '%s'", fnname, p.name)
		}
		if len(kwargs) == 0 && npos == nrequired {
			if npos == 1 {
				return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fnname, len(args))
			}
			return Errorf(TypeError, "%s() takes exactly %d arguments (%d given)", fnname, npos, len(args))
		}
		if len(kwargs) == 0 {
			return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", fnname, nrequired, argPlural(nrequired), len(args))
		}
		return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fnname, p.name, i+1)
	}
	return nil
}

func argPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// unpackOne stores v into ptr, converting as UnpackArgs describes.
func unpackOne(fnname, name string, optional bool, v Value, ptr any) error {
	bad := func(want string) error {
		return Errorf(TypeError, "%s() argument '%s' must be %s, not %s", fnname, name, want, v.Type().Name)
	}
	if optional && v == None {
		switch ptr.(type) {
		case *Value:
		default:
			return nil
		}
	}
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *Int:
		i, ok := v.(Int)
		if !ok {
			if b, isb := v.(Bool); isb {
				*p = boolInt(b)
				return nil
			}
			return bad("int")
		}
		*p = i
	case *Float:
		f, ok := toFloat(v)
		if !ok {
			return bad("float")
		}
		*p = Float(f)
	case *Str:
		return storeAs(p, v, "str", bad)
	case *Bool:
		return storeAs(p, v, "bool", bad)
	case *Tuple:
		return storeAs(p, v, "tuple", bad)
	case **List:
		return storeAs(p, v, "list", bad)
	case **Dict:
		return storeAs(p, v, "dict", bad)
	case **Set:
		return storeAs(p, v, "set", bad)
	case **Class:
		return storeAs(p, v, "a type", bad)
	case *int:
		i, ok := asInt(v)
		if !ok {
			return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = int(i)
	case *int64:
		i, ok := asInt(v)
		if !ok {
			return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = i
	case *float64:
		f, ok := toFloat(v)
		if !ok {
			return Errorf(TypeError, "must be real number, not %s", v.Type().Name)
		}
		*p = f
	case *string:
		s, ok := v.(Str)
		if !ok {
			return bad("str")
		}
		*p = string(s)
	case *bool:
		b, err := Truth(nil, v)
		if err != nil {
			return err
		}
		*p = b
	default:
		return fmt.Errorf("UnpackArgs: unsupported pointer type %T for %s", ptr, name)
	}
	return nil
}

// storeAs stores v in *p if it is a T, and otherwise reports that the
// argument must be want.
func storeAs[T Value](p *T, v Value, want string, bad func(want string) error) error {
	x, ok := v.(T)
	if !ok {
		return bad(want)
	}
	*p = x
	return nil
}

// asInt returns the int64 value of an Int or Bool.
func asInt(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// toFloat converts an Int, Bool or Float to float64.
func toFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case BigInt:
		return bigToFloat(x.v), true
	}
	return 0, false
}

func boolInt(b Bool) Int {
	if b {
		return 1
	}
	return 0
}

// isExcClass reports whether err is a Python exception of class cls or a
// subclass.
func isExcClass(err error, cls *Class) bool {
	var e *Exception
	if errors.As(err, &e) && e.Class != nil {
		return e.Class.IsSubclass(cls)
	}
	return false
}

var _ = math.Inf
