package python

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Universe is the builtins namespace: built-in functions (len, print, ...)
// and type classes (int, str, ...), filled by init functions. The
// evaluator's init adds object, type and the exception classes.
var Universe = NewNamespace()

func init() {
	for _, c := range []*Class{BoolClass, IntClass, FloatClass, StrClass, ListClass, TupleClass,
		DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass} {
		Universe.Set(c.Name, c)
	}
	Universe.Set("NotImplemented", NotImplemented)
	Universe.Set("Ellipsis", Ellipsis)
	BoolClass.New = boolNew
	IntClass.New = intNew
	FloatClass.New = floatNew
	fns := []*Builtin{
		NewBuiltin("abs", builtinAbs),
		NewBuiltin("all", builtinAll),
		NewBuiltin("any", builtinAny),
		NewBuiltin("callable", builtinCallable),
		NewBuiltin("chr", builtinChr),
		NewBuiltin("ord", builtinOrd),
		NewBuiltin("divmod", builtinDivmod),
		NewBuiltin("enumerate", builtinEnumerate),
		NewBuiltin("filter", builtinFilter),
		NewBuiltin("format", builtinFormat),
		NewBuiltin("getattr", builtinGetattr),
		NewBuiltin("setattr", builtinSetattr),
		NewBuiltin("hasattr", builtinHasattr),
		NewBuiltin("delattr", builtinDelattr),
		NewBuiltin("hash", builtinHash),
		NewBuiltin("id", builtinID),
		NewBuiltin("isinstance", builtinIsinstance),
		NewBuiltin("issubclass", builtinIssubclass),
		NewBuiltin("iter", builtinIter),
		NewBuiltin("len", builtinLen),
		NewBuiltin("map", builtinMap),
		NewBuiltin("max", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return minMax(t, "max", syntax.GT, args, kwargs)
		}),
		NewBuiltin("min", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return minMax(t, "min", syntax.LT, args, kwargs)
		}),
		NewBuiltin("next", builtinNext),
		NewBuiltin("print", builtinPrint),
		NewBuiltin("repr", builtinRepr),
		NewBuiltin("reversed", builtinReversed),
		NewBuiltin("round", builtinRound),
		NewBuiltin("sorted", builtinSorted),
		NewBuiltin("sum", builtinSum),
		NewBuiltin("zip", builtinZip),
		NewBuiltin("pow", builtinPow),
		NewBuiltin("bin", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return intPrefixed(t, "bin", 'b', args, kwargs)
		}),
		NewBuiltin("oct", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return intPrefixed(t, "oct", 'o', args, kwargs)
		}),
		NewBuiltin("hex", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return intPrefixed(t, "hex", 'x', args, kwargs)
		}),
		NewBuiltin("exit", builtinExit),
		NewBuiltin("quit", builtinExit),
		NewBuiltin("ascii", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			x, err := oneArg("ascii", args, kwargs)
			if err != nil {
				return nil, err
			}
			s, err := Repr(t, x)
			return Str(typesASCIIEscape(s)), err
		}),
	}
	for _, f := range fns {
		Universe.Set(f.Name, f)
	}
}

func oneArg(name string, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func boolNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	return Bool(b), err
}

func intNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	var x Value = Int(0)
	var base Value
	for _, kw := range kwargs {
		if kw.Name != "base" {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for int()", kw.Name)
		}
	}
	if err := UnpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if base != nil {
		b, ok := asInt(base)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeNameOf(base))
		}
		s, ok := x.(Str)
		if !ok {
			return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		v, ok, err := parseIntLiteral(string(s), int(b))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", b, strRepr(string(s)))
		}
		return v, nil
	}
	switch v := x.(type) {
	case Int, BigInt:
		return v, nil
	case Bool:
		return boolInt(v), nil
	case Float:
		return floatToInt(float64(v))
	case Str:
		r, ok, err := parseIntLiteral(string(v), 10)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueError, "invalid literal for int() with base 10: %s", strRepr(string(v)))
		}
		return r, nil
	}
	if !isCore(x) {
		for _, m := range []string{"__int__", "__index__", "__trunc__"} {
			if f, err := GetAttr(t, x, m); err == nil {
				r, err := t.Call(f, nil, nil)
				if err != nil {
					return nil, err
				}
				return r, nil
			}
		}
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeNameOf(x))
}

func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 {
		return floatToBigValue(f), nil
	}
	return Int(int64(f)), nil
}

func floatNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case Int, Bool, BigInt:
		f, _ := toFloat(v)
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowError, "int too large to convert to float")
		}
		return Float(f), nil
	case Str:
		f, ok := parseFloatLiteral(string(v))
		if !ok {
			return nil, Errorf(ValueError, "could not convert string to float: %s", strRepr(string(v)))
		}
		return Float(f), nil
	}
	if !isCore(args[0]) {
		for _, m := range []string{"__float__", "__index__"} {
			if f, err := GetAttr(t, args[0], m); err == nil {
				r, err := t.Call(f, nil, nil)
				if err != nil {
					return nil, err
				}
				if x, ok := toFloat(r); ok {
					return Float(x), nil
				}
				return r, nil
			}
		}
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", typeNameOf(args[0]))
}

func builtinAbs(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("abs", args, kwargs)
	if err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case Int:
		if v < 0 {
			return Unary(t, syntax.MINUS, v)
		}
		return v, nil
	case Bool:
		return boolInt(v), nil
	case Float:
		return Float(math.Abs(float64(v))), nil
	case BigInt:
		return bigToValue(new(big.Int).Abs(v.v)), nil
	}
	if !isCore(x) {
		if f, err := GetAttr(t, x, "__abs__"); err == nil {
			return t.Call(f, nil, nil)
		}
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", typeNameOf(x))
}

func builtinAll(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("all", args, kwargs)
	if err != nil {
		return nil, err
	}
	found, err := anyTruth(t, x, false)
	if err != nil {
		return nil, err
	}
	return Bool(!found), nil
}

func builtinAny(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("any", args, kwargs)
	if err != nil {
		return nil, err
	}
	found, err := anyTruth(t, x, true)
	if err != nil {
		return nil, err
	}
	return Bool(found), nil
}

// anyTruth reports whether some element of iterable x has truth value
// want, stopping at the first that does (all() and any()).
func anyTruth(t *Thread, x Value, want bool) (bool, error) {
	found := false
	err := forEach(t, x, func(v Value) (bool, error) {
		b, err := Truth(t, v)
		if err != nil {
			return false, err
		}
		found = b == want
		return !found, nil
	})
	return found, err
}

func builtinCallable(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("callable", args, kwargs)
	if err != nil {
		return nil, err
	}
	return Bool(IsCallable(x)), nil
}

// builtinExit implements exit() and quit(): raise SystemExit.
func builtinExit(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var code Value = None
	if err := UnpackArgs("exit", args, kwargs, "code?", &code); err != nil {
		return nil, err
	}
	// Like CPython's site.Quitter: SystemExit(None) when called bare.
	return nil, NewException(SystemExit, code)
}

func builtinChr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("chr", args, kwargs)
	if err != nil {
		return nil, err
	}
	i, ok := asInt(x)
	if !ok {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeNameOf(x))
	}
	if i < 0 || i > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return Str(string(rune(i))), nil
}

func builtinOrd(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("ord", args, kwargs)
	if err != nil {
		return nil, err
	}
	s, ok := x.(Str)
	if !ok {
		return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", typeNameOf(x))
	}
	r := []rune(string(s))
	if len(r) != 1 {
		return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(r))
	}
	return Int(r[0]), nil
}

func builtinDivmod(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "divmod() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	_, af := a.(Float)
	_, bf := b.(Float)
	if x, ok := asInt(a); ok && !af && !bf {
		if y, ok := asInt(b); ok {
			if y == 0 {
				return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
			}
			if y == -1 && x == math.MinInt64 {
				q, _ := bigBinary(opFloorDiv, big.NewInt(x), big.NewInt(y))
				return Tuple{q, Int(0)}, nil
			}
			q, r := floorDivMod(x, y)
			return Tuple{Int(q), Int(r)}, nil
		}
	}
	if ba, ok := toBig(a); ok {
		if bb, ok := toBig(b); ok {
			q, err := bigBinary(opFloorDiv, ba, bb)
			if err != nil {
				return nil, err
			}
			r, err := bigBinary(opMod, ba, bb)
			if err != nil {
				return nil, err
			}
			return Tuple{q, r}, nil
		}
	}
	x, ok1 := toFloat(a)
	y, ok2 := toFloat(b)
	if ok1 && ok2 {
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float divmod()")
		}
		return Tuple{Float(floatFloorDiv(x, y)), Float(floatMod(x, y))}, nil
	}
	q, err := Binary(t, syntax.SLASHSLASH, a, b)
	if err != nil {
		return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeNameOf(a), typeNameOf(b))
	}
	r, err := Binary(t, syntax.PERCENT, a, b)
	if err != nil {
		return nil, err
	}
	return Tuple{q, r}, nil
}

func builtinEnumerate(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var iterable Value
	start := int64(0)
	if err := UnpackArgs("enumerate", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	it, err := Iterate(t, iterable)
	if err != nil {
		return nil, err
	}
	i := start
	return NewIteratorValue("enumerate", funcIterator(func(t *Thread) (Value, bool, error) {
		v, ok, err := it.Next(t)
		if !ok || err != nil {
			return nil, false, err
		}
		r := Tuple{Int(i), v}
		i++
		return r, true, nil
	})), nil
}

func builtinFilter(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := Iterate(t, args[1])
	if err != nil {
		return nil, err
	}
	return NewIteratorValue("filter", funcIterator(func(t *Thread) (Value, bool, error) {
		for {
			v, ok, err := nextStep(t, it)
			if !ok || err != nil {
				return nil, false, err
			}
			test := v
			if fn != None {
				test, err = t.Call(fn, Tuple{v}, nil)
				if err != nil {
					return nil, false, err
				}
			}
			b, err := Truth(t, test)
			if err != nil {
				return nil, false, err
			}
			if b {
				return v, true, nil
			}
		}
	})), nil
}

func builtinFormat(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var v Value
	spec := ""
	if err := UnpackArgs("format", args, kwargs, "value", &v, "format_spec?", &spec); err != nil {
		return nil, err
	}
	s, err := Format(t, v, spec)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func builtinGetattr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "getattr expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return nil, Errorf(TypeError, "getattr expected at most 3 arguments, got %d", len(args))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeNameOf(args[1]))
	}
	v, err := GetAttr(t, args[0], string(name))
	if err != nil && len(args) == 3 && isExcClass(err, AttributeError) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) != 3 {
		return nil, Errorf(TypeError, "setattr expected 3 arguments, got %d", len(args))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeNameOf(args[1]))
	}
	return None, SetAttr(t, args[0], string(name), args[2])
}

func builtinHasattr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeNameOf(args[1]))
	}
	_, err := GetAttr(t, args[0], string(name))
	if err != nil {
		if isExcClass(err, AttributeError) {
			return False, nil
		}
		return nil, err
	}
	return True, nil
}

func builtinDelattr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "delattr expected 2 arguments, got %d", len(args))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeNameOf(args[1]))
	}
	if d, ok := args[0].(HasDelAttr); ok {
		return None, d.DelAttr(t, string(name))
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", typeNameOf(args[0]), name)
}

func builtinHash(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("hash", args, kwargs)
	if err != nil {
		return nil, err
	}
	h, err := Hash(t, x)
	if err != nil {
		return nil, err
	}
	return Int(int64(h)), nil
}

func builtinID(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("id", args, kwargs)
	if err != nil {
		return nil, err
	}
	return Int(int64(fakeAddress(x) & math.MaxInt64)), nil
}

// classInfo checks isinstance/issubclass's second argument, calling fn for
// each class it names.
func classInfo(fname string, info Value, fn func(c *Class) bool) (bool, error) {
	switch c := info.(type) {
	case *Class:
		return fn(c), nil
	case Tuple:
		for _, e := range c {
			ok, err := classInfo(fname, e, fn)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

func builtinIsinstance(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var x, info Value
	if err := UnpackArgs("isinstance", args, kwargs, "obj", &x, "class_or_tuple", &info); err != nil {
		return nil, err
	}
	ok, err := classInfo("isinstance", info, func(c *Class) bool { return IsInstance(x, c) })
	return Bool(ok), err
}

func builtinIssubclass(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var x, info Value
	if err := UnpackArgs("issubclass", args, kwargs, "cls", &x, "class_or_tuple", &info); err != nil {
		return nil, err
	}
	c, ok := x.(*Class)
	if !ok {
		return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
	}
	r, err := classInfo("issubclass", info, func(k *Class) bool { return c.IsSubclass(k) })
	return Bool(r), err
}

func builtinIter(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "iter expected at least 1 argument, got 0")
	}
	if len(args) == 2 && len(kwargs) == 0 {
		fn, sentinel := args[0], args[1]
		if !IsCallable(fn) {
			return nil, Errorf(TypeError, "iter(v, w): v must be callable")
		}
		done := false
		return NewIteratorValue("callable_iterator", funcIterator(func(t *Thread) (Value, bool, error) {
			if done {
				return nil, false, nil
			}
			if err := t.Step(); err != nil {
				return nil, false, err
			}
			v, err := t.Call(fn, nil, nil)
			if err != nil {
				return nil, false, err
			}
			eq, err := Equal(t, v, sentinel)
			if err != nil {
				return nil, false, err
			}
			if eq {
				done = true
				return nil, false, nil
			}
			return v, true, nil
		})), nil
	}
	if len(args) > 2 {
		return nil, Errorf(TypeError, "iter expected at most 2 arguments, got %d", len(args))
	}
	x, err := oneArg("iter", args, kwargs)
	if err != nil {
		return nil, err
	}
	if iv, ok := x.(*IteratorValue); ok {
		return iv, nil
	}
	if !isCore(x) {
		if _, ok := x.(Iterable); ok {
			if _, err := GetAttr(t, x, "__next__"); err == nil {
				if f, err := GetAttr(t, x, "__iter__"); err == nil {
					return t.Call(f, nil, nil)
				}
			}
		}
	}
	it, err := Iterate(t, x)
	if err != nil {
		return nil, err
	}
	return NewIteratorValue(iterName(x), it), nil
}

func builtinLen(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("len", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := Len(t, x)
	return Int(n), err
}

func builtinMap(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iterate(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return NewIteratorValue("map", funcIterator(func(t *Thread) (Value, bool, error) {
		vals := make(Tuple, len(its))
		for i, it := range its {
			v, ok, err := it.Next(t)
			if !ok || err != nil {
				return nil, false, err
			}
			vals[i] = v
		}
		r, err := t.Call(fn, vals, nil)
		if err != nil {
			return nil, false, err
		}
		return r, true, nil
	})), nil
}

func minMax(t *Thread, name string, op syntax.Token, args Tuple, kwargs []Kwarg) (Value, error) {
	var key, def Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
	}
	if key == None {
		key = nil
	}
	var it Iterator
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		var err error
		it, err = Iterate(t, args[0])
		if err != nil {
			return nil, err
		}
	default:
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		it = &sliceIterator{elems: args}
	}
	var best, bestKey Value
	for {
		v, ok, err := nextStep(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		k := v
		if key != nil {
			k, err = t.Call(key, Tuple{v}, nil)
			if err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestKey = v, k
			continue
		}
		r, err := Compare(t, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		better, err := Truth(t, r)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = v, k
		}
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

func builtinNext(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "next() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeError, "next expected at least 1 argument, got %d", len(args))
	}
	var def Value
	if len(args) == 2 {
		def = args[1]
	}
	return nextValue(t, args[0], def)
}

func builtinPrint(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	for _, kw := range kwargs {
		switch kw.Name {
		case "sep", "end":
			var s string
			switch v := kw.Value.(type) {
			case NoneType:
				if kw.Name == "sep" {
					s = " "
				} else {
					s = "\n"
				}
			case Str:
				s = string(v)
			default:
				return nil, Errorf(TypeError, "%s must be None or a string, not %s", kw.Name, typeNameOf(v))
			}
			if kw.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file", "flush":
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", kw.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(t, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if t != nil && t.Interpreter() != nil {
		if w := t.Interpreter().Options().Stdout; w != nil {
			if _, err := io.WriteString(w, b.String()); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

func builtinRepr(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("repr", args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := Repr(t, x)
	return Str(s), err
}

func builtinReversed(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg("reversed", args, kwargs)
	if err != nil {
		return nil, err
	}
	var elems []Value
	name := "reversed"
	switch v := x.(type) {
	case *List:
		l := v
		i := len(l.elems) - 1
		return NewIteratorValue("list_reverseiterator", funcIterator(func(t *Thread) (Value, bool, error) {
			if i >= 0 && i < len(l.elems) {
				e := l.elems[i]
				i--
				return e, true, nil
			}
			return nil, false, nil
		})), nil
	case Tuple:
		elems = v
	case Str:
		for _, r := range string(v) {
			elems = append(elems, Str(string(r)))
		}
	case *Range:
		elems = rangeSlice(v)
		name = "range_iterator"
	case *Dict:
		elems = v.Keys()
		name = "dict_reversekeyiterator"
	case *DictView:
		elems, _ = ToSlice(t, v)
	default:
		if !isCore(x) {
			if f, err := GetAttr(t, x, "__reversed__"); err == nil {
				return t.Call(f, nil, nil)
			}
			if _, ok := x.(HasGetItem); ok {
				n, err := Len(t, x)
				if err == nil {
					elems = make([]Value, n)
					for i := 0; i < n; i++ {
						elems[i], err = GetItem(t, x, Int(i))
						if err != nil {
							return nil, err
						}
					}
					break
				}
			}
		}
		return nil, Errorf(TypeError, "'%s' object is not reversible", typeNameOf(x))
	}
	rev := make([]Value, len(elems))
	for i, e := range elems {
		rev[len(elems)-1-i] = e
	}
	return NewIteratorValue(name, &sliceIterator{elems: rev}), nil
}

func builtinRound(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var x Value
	var nd Value = None
	if err := UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var n int64
	if nd != None {
		i, ok := asInt(nd)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeNameOf(nd))
		}
		n = i
	}
	switch v := x.(type) {
	case BigInt:
		return v, nil
	case Int, Bool:
		i, _ := asInt(v)
		if nd == None {
			return Int(i), nil
		}
		return roundInt(i, n)
	case Float:
		if nd == None {
			return floatToInt(roundHalfEven(float64(v)))
		}
		return Float(roundFloat(float64(v), n)), nil
	}
	if f, err := GetAttr(t, x, "__round__"); err == nil {
		if nd == None {
			return t.Call(f, nil, nil)
		}
		return t.Call(f, Tuple{nd}, nil)
	}
	return nil, Errorf(TypeError, "type %s doesn't define __round__ method", typeNameOf(x))
}

func builtinSorted(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	var key Value = None
	reverse := false
	if err := UnpackArgs("sorted", nil, kwargs, "*key?", &key, "*reverse?", &reverse); err != nil {
		return nil, err
	}
	elems, err := ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(elems))
	copy(out, elems)
	if err := sortValues(t, out, key, reverse); err != nil {
		return nil, err
	}
	return NewList(out), nil
}

func builtinSum(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var iterable Value
	var start Value = Int(0)
	if len(args) == 0 {
		return nil, Errorf(TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if err := UnpackArgs("sum", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case Str:
		return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	acc := start
	err := forEach(t, iterable, func(v Value) (bool, error) {
		var err error
		acc, err = Binary(t, syntax.PLUS, acc, v)
		return true, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

func builtinZip(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	strict := false
	if err := UnpackArgs("zip", nil, kwargs, "*strict?", &strict); err != nil {
		return nil, err
	}
	its := make([]Iterator, len(args))
	for i, a := range args {
		it, err := Iterate(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	done := false
	return NewIteratorValue("zip", funcIterator(func(t *Thread) (Value, bool, error) {
		if done || len(its) == 0 {
			return nil, false, nil
		}
		vals := make(Tuple, len(its))
		for i, it := range its {
			v, ok, err := it.Next(t)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				done = true
				if strict {
					if i > 0 {
						return nil, false, Errorf(ValueError, "zip() argument %d is shorter than argument%s", i+1, zipPlural(i))
					}
					for j := 1; j < len(its); j++ {
						_, ok, err := its[j].Next(t)
						if err != nil {
							return nil, false, err
						}
						if ok {
							return nil, false, Errorf(ValueError, "zip() argument %d is longer than argument%s", j+1, zipPlural(j))
						}
					}
				}
				return nil, false, nil
			}
			vals[i] = v
		}
		return vals, true, nil
	})), nil
}

func zipPlural(i int) string {
	if i == 1 {
		return " 1"
	}
	return "s 1-" + strconv.Itoa(i)
}

func builtinPow(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var base, exp Value
	var mod Value = None
	if err := UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == None {
		return Binary(t, syntax.STARSTAR, base, exp)
	}
	b, ok1 := asInt(base)
	e, ok2 := asInt(exp)
	m, ok3 := asInt(mod)
	if !ok1 || !ok2 || !ok3 {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if m == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	if e < 0 {
		return nil, Errorf(ValueError, "base is not invertible for the given modulus")
	}
	result := int64(1)
	_, b = floorDivMod(b, m)
	for e > 0 {
		if e&1 == 1 {
			r, ok := intMulRaw(result, b)
			if !ok {
				return nil, errOverflow()
			}
			_, result = floorDivMod(r, m)
		}
		sq, ok := intMulRaw(b, b)
		if !ok {
			return nil, errOverflow()
		}
		_, b = floorDivMod(sq, m)
		e >>= 1
	}
	_, result = floorDivMod(result, m)
	return Int(result), nil
}

func intPrefixed(t *Thread, name string, typ byte, args Tuple, kwargs []Kwarg) (Value, error) {
	x, err := oneArg(name, args, kwargs)
	if err != nil {
		return nil, err
	}
	i, ok := asInt(x)
	if !ok {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeNameOf(x))
	}
	s, err := formatInt(i, &formatSpec{fill: " ", precision: -1, alt: true, typ: typ}, x)
	return Str(s), err
}

var _ = fmt.Sprint

// init gives the container classes their protocol methods (__iter__,
// __len__, __contains__, __getitem__, and for mutable ones __setitem__ and
// __delitem__), for explicit calls such as super().__setitem__(k, v).
func init() {
	method := func(c *Class, name string, nargs int, fn func(t *Thread, args Tuple) (Value, error)) {
		if _, ok := c.Dict.Get(name); ok {
			return
		}
		c.Dict.Set(name, &Builtin{Name: name, Owner: c, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, Errorf(TypeError, "%s.%s() takes no keyword arguments", c.Name, name)
			}
			if len(args) != nargs+1 {
				return nil, Errorf(TypeError, "expected %d argument%s, got %d", nargs, argPlural(nargs), len(args)-1)
			}
			if len(args) == 0 || !IsInstance(args[0], c) {
				return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.Name, typeNameOf(args[0]))
			}
			return fn(t, args)
		}})
	}
	for _, c := range []*Class{ListClass, TupleClass, DictClass, SetClass, FrozenSetClass, StrClass, RangeClass} {
		method(c, "__iter__", 0, func(t *Thread, args Tuple) (Value, error) {
			it, err := Iterate(t, args[0])
			if err != nil {
				return nil, err
			}
			return NewIteratorValue(iterName(args[0]), it), nil
		})
		method(c, "__len__", 0, func(t *Thread, args Tuple) (Value, error) {
			n, err := Len(t, args[0])
			return Int(n), err
		})
		method(c, "__contains__", 1, func(t *Thread, args Tuple) (Value, error) {
			ok, err := Contains(t, args[0], args[1])
			return Bool(ok), err
		})
		if c != SetClass && c != FrozenSetClass {
			method(c, "__getitem__", 1, func(t *Thread, args Tuple) (Value, error) {
				return GetItem(t, args[0], args[1])
			})
		}
	}
	for _, c := range []*Class{ListClass, DictClass} {
		method(c, "__setitem__", 2, func(t *Thread, args Tuple) (Value, error) {
			return None, SetItem(t, args[0], args[1], args[2])
		})
		method(c, "__delitem__", 1, func(t *Thread, args Tuple) (Value, error) {
			return None, DelItem(t, args[0], args[1])
		})
	}
}
