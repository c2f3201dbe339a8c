package stdlib

import (
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

var itemGetterClass, attrGetterClass, methodCallerClass *python.Class

func init() {
	itemGetterClass = newClass("itemgetter", "operator", nil, nil)
	attrGetterClass = newClass("attrgetter", "operator", nil, nil)
	methodCallerClass = newClass("methodcaller", "operator", nil, nil)
	itemGetterClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, errorf(python.TypeError, "itemgetter expected 1 argument, got 0")
		}
		return &getter{cls: itemGetterClass, keys: append(python.Tuple(nil), args...)}, nil
	})
	attrGetterClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, errorf(python.TypeError, "attrgetter expected 1 argument, got 0")
		}
		for _, a := range args {
			if _, ok := a.(python.Str); !ok {
				return nil, errorf(python.TypeError, "attribute name must be a string")
			}
		}
		return &getter{cls: attrGetterClass, keys: append(python.Tuple(nil), args...)}, nil
	})
	methodCallerClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, errorf(python.TypeError, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[0].(python.Str)
		if !ok {
			return nil, errorf(python.TypeError, "method name must be a string")
		}
		return &getter{cls: methodCallerClass, keys: python.Tuple{name}, args: append(python.Tuple(nil), args[1:]...), kwargs: kwargs}, nil
	})
}

// getter implements itemgetter, attrgetter and methodcaller.
type getter struct {
	cls    *python.Class
	keys   python.Tuple
	args   python.Tuple
	kwargs []python.Kwarg
}

func (g *getter) Type() *python.Class { return g.cls }

func (g *getter) Call(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, errorf(python.TypeError, "%s expected 1 argument, got %d", g.cls.Name, len(args))
	}
	obj := args[0]
	one := func(k python.Value) (python.Value, error) {
		switch g.cls {
		case itemGetterClass:
			return python.GetItem(t, obj, k)
		case attrGetterClass:
			v := obj
			for _, part := range strings.Split(string(k.(python.Str)), ".") {
				var err error
				if v, err = python.GetAttr(t, v, part); err != nil {
					return nil, err
				}
			}
			return v, nil
		}
		m, err := python.GetAttr(t, obj, string(k.(python.Str)))
		if err != nil {
			return nil, err
		}
		return t.Call(m, g.args, g.kwargs)
	}
	if len(g.keys) == 1 {
		return one(g.keys[0])
	}
	out := make(python.Tuple, len(g.keys))
	for i, k := range g.keys {
		v, err := one(k)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (g *getter) Repr(t *python.Thread) (string, error) {
	var parts []string
	for _, k := range g.keys {
		parts = append(parts, reprOr(t, k))
	}
	for _, a := range g.args {
		parts = append(parts, reprOr(t, a))
	}
	for _, kw := range g.kwargs {
		parts = append(parts, kw.Name+"="+reprOr(t, kw.Value))
	}
	return "operator." + g.cls.Name + "(" + strings.Join(parts, ", ") + ")", nil
}

func binaryOp(name string, op syntax.Token) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noKwargs(name, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, errorf(python.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		return python.Binary(t, op, args[0], args[1])
	})
}

func compareOp(name string, op syntax.Token) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noKwargs(name, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, errorf(python.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		return python.Compare(t, op, args[0], args[1])
	})
}

func unaryOp(name string, op syntax.Token) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, errorf(python.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return python.Unary(t, op, args[0])
	})
}

func loadOperator(t *python.Thread) (*python.Module, error) {
	ms := members{
		binaryOp("add", syntax.PLUS), binaryOp("sub", syntax.MINUS), binaryOp("mul", syntax.STAR),
		binaryOp("truediv", syntax.SLASH), binaryOp("floordiv", syntax.SLASHSLASH),
		binaryOp("mod", syntax.PERCENT), binaryOp("pow", syntax.STARSTAR), binaryOp("matmul", syntax.AT),
		binaryOp("and_", syntax.AMP), binaryOp("or_", syntax.PIPE), binaryOp("xor", syntax.CIRCUMFLEX),
		binaryOp("lshift", syntax.LTLT), binaryOp("rshift", syntax.GTGT), binaryOp("concat", syntax.PLUS),
		compareOp("eq", syntax.EQEQ), compareOp("ne", syntax.NEQ), compareOp("lt", syntax.LT),
		compareOp("le", syntax.LE), compareOp("gt", syntax.GT), compareOp("ge", syntax.GE),
		compareOp("is_", syntax.IS), compareOp("is_not", syntax.ISNOT),
		unaryOp("neg", syntax.MINUS), unaryOp("pos", syntax.PLUS), unaryOp("invert", syntax.TILDE),
		unaryOp("inv", syntax.TILDE),
		method("not_", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "not_() takes exactly one argument (%d given)", len(args))
			}
			b, err := python.Truth(t, args[0])
			return python.Bool(!b), err
		}),
		method("truth", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "truth() takes exactly one argument (%d given)", len(args))
			}
			b, err := python.Truth(t, args[0])
			return python.Bool(b), err
		}),
		method("contains", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "contains expected 2 arguments, got %d", len(args))
			}
			return python.Compare(t, syntax.IN, args[1], args[0])
		}),
		method("getitem", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "getitem expected 2 arguments, got %d", len(args))
			}
			return python.GetItem(t, args[0], args[1])
		}),
		method("index", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "index() takes exactly one argument (%d given)", len(args))
			}
			if n, ok := toInt(args[0]); ok {
				return python.Int(n), nil
			}
			return nil, errorf(python.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}),
		{"itemgetter", itemGetterClass},
		{"attrgetter", attrGetterClass},
		{"methodcaller", methodCallerClass},
	}
	return newModule("operator", ms), nil
}
