package stdlib

import (
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

var partialClass, cmpKeyClass *python.Class

// partial is functools.partial: a callable with some arguments pre-bound.
type partial struct {
	fn     python.Value
	args   python.Tuple
	kwargs []python.Kwarg
}

func (p *partial) Type() *python.Class { return partialClass }

func (p *partial) Call(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	all := append(append(python.Tuple(nil), p.args...), args...)
	kws := append([]python.Kwarg(nil), p.kwargs...)
	for _, kw := range kwargs {
		replaced := false
		for i := range kws {
			if kws[i].Name == kw.Name {
				kws[i].Value, replaced = kw.Value, true
			}
		}
		if !replaced {
			kws = append(kws, kw)
		}
	}
	return t.Call(p.fn, all, kws)
}

func (p *partial) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return append(python.Tuple(nil), p.args...), nil
	case "keywords":
		keys := make([]string, len(p.kwargs))
		vals := make([]python.Value, len(p.kwargs))
		for i, kw := range p.kwargs {
			keys[i], vals[i] = kw.Name, kw.Value
		}
		return newStrDict(t, keys, vals)
	}
	return nil, nil
}

func (p *partial) AttrNames() []string { return []string{"func", "args", "keywords"} }

func (p *partial) Repr(t *python.Thread) (string, error) {
	parts := []string{reprOr(t, p.fn)}
	for _, a := range p.args {
		parts = append(parts, reprOr(t, a))
	}
	for _, kw := range p.kwargs {
		parts = append(parts, kw.Name+"="+reprOr(t, kw.Value))
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")", nil
}

// cmpKey wraps a value for functools.cmp_to_key.
type cmpKey struct {
	cmp, v python.Value
}

func (k *cmpKey) Type() *python.Class { return cmpKeyClass }

func (k *cmpKey) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	o, ok := other.(*cmpKey)
	if !ok {
		return python.NotImplemented, nil
	}
	r, err := t.Call(k.cmp, python.Tuple{k.v, o.v}, nil)
	if err != nil {
		return nil, err
	}
	return python.Compare(t, op, r, python.Int(0))
}

func init() {
	partialClass = newClass("partial", "functools", nil, nil)
	partialClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, errorf(python.TypeError, "type 'partial' takes at least one argument")
		}
		if _, ok := args[0].(python.Callable); !ok {
			if _, isClass := args[0].(*python.Class); !isClass {
				return nil, errorf(python.TypeError, "the first argument must be callable")
			}
		}
		return &partial{fn: args[0], args: append(python.Tuple(nil), args[1:]...), kwargs: kwargs}, nil
	})
	cmpKeyClass = newClass("functools.KeyWrapper", "functools", nil, nil)
}

func identityDecorator(name string) *python.Builtin {
	return fn(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 1 {
			return nil, errorf(python.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return args[0], nil
	})
}

func loadFunctools(t *python.Thread) (*python.Module, error) {
	return newModule("functools", members{
		method("reduce", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noKwargs("reduce", kwargs); err != nil {
				return nil, err
			}
			if len(args) < 2 || len(args) > 3 {
				return nil, errorf(python.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
			}
			it, err := python.Iterate(t, args[1])
			if err != nil {
				if len(args) == 2 {
					return nil, errorf(python.TypeError, "reduce() arg 2 must support iteration")
				}
				return nil, err
			}
			var acc python.Value
			if len(args) == 3 {
				acc = args[2]
			}
			for {
				if err := t.Step(); err != nil {
					return nil, err
				}
				x, ok, err := it.Next(t)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				if acc == nil {
					acc = x
					continue
				}
				if acc, err = t.Call(args[0], python.Tuple{acc, x}, nil); err != nil {
					return nil, err
				}
			}
			if acc == nil {
				return nil, errorf(python.TypeError, "reduce() of empty iterable with no initial value")
			}
			return acc, nil
		}),
		{"partial", partialClass},
		method("lru_cache", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 1 {
				switch args[0].(type) {
				case python.Int, python.NoneType:
				default:
					return args[0], nil
				}
			}
			return identityDecorator("lru_cache"), nil
		}),
		{"cache", identityDecorator("cache")},
		{"total_ordering", identityDecorator("total_ordering")},
		method("wraps", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return identityDecorator("wraps"), nil
		}),
		method("cmp_to_key", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var cmp python.Value
			if err := python.UnpackArgs("cmp_to_key", args, kwargs, "mycmp", &cmp); err != nil {
				return nil, err
			}
			return fn("K", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
				var v python.Value
				if err := python.UnpackArgs("K", args, kwargs, "obj", &v); err != nil {
					return nil, err
				}
				return &cmpKey{cmp, v}, nil
			}), nil
		}),
	}), nil
}
