package stdlib

import (
	"fmt"
	"slices"
	"sort"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Modules returns a loader for every standard-library module this package
// provides, keyed by import name. Hosts pass it in python.Options.Modules.
func Modules() map[string]python.ModuleLoader {
	return map[string]python.ModuleLoader{
		"argparse":    guard(loadArgparse),
		"collections": guard(loadCollections),
		"csv":         guard(loadCSV),
		"datetime":    guard(loadDatetime),
		"enum":        guard(loadEnum),
		"functools":   guard(loadFunctools),
		"itertools":   guard(loadItertools),
		"json":        guard(loadJSON),
		"logging":     guard(loadLogging),
		"math":        guard(loadMath),
		"operator":    guard(loadOperator),
		"os":          guard(loadOS),
		"os.path":     guard(loadOSPath),
		"pathlib":     guard(loadPathlib),
		"random":      guard(loadRandom),
		"re":          guard(loadRe),
		"sys":         guard(loadSys),
		"typing":      guard(loadTyping),
	}
}

// guard turns a panic in a module loader into an error.
func guard(load func(t *python.Thread) (*python.Module, error)) python.ModuleLoader {
	return func(t *python.Thread) (m *python.Module, err error) {
		defer func() {
			if r := recover(); r != nil {
				m, err = nil, fmt.Errorf("stdlib: internal error loading module: %v", r)
			}
		}()
		return load(t)
	}
}

// builtinFn is the Go signature of a built-in function.
type builtinFn = func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)

// fn wraps a Go function as a Python built-in, recovering panics so that
// a bug surfaces as an internal error rather than crashing the host.
func fn(name string, f builtinFn) *python.Builtin {
	return python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (v python.Value, err error) {
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, fmt.Errorf("stdlib: internal error in %s: %v", name, r)
			}
			if v == nil && err == nil {
				v = python.None
			}
		}()
		return f(t, args, kwargs)
	})
}

// members is an ordered list of name/value pairs used to build classes
// and modules.
type members []member

type member struct {
	name string
	v    python.Value
}

func (ms members) namespace() *python.Namespace {
	ns := python.NewNamespace()
	for _, m := range ms {
		ns.Set(m.name, m.v)
	}
	return ns
}

func (ms members) toMap() map[string]python.Value {
	m := make(map[string]python.Value, len(ms))
	for _, x := range ms {
		m[x.name] = x.v
	}
	return m
}

// newClass creates a host class whose methods are the given built-ins.
func newClass(name, module string, bases []*python.Class, ms members) *python.Class {
	return python.NewClass(name, module, bases, ms.namespace())
}

// method returns a member holding a method built-in of the given name.
func method(name string, f builtinFn) member { return member{name, fn(name, f)} }

// newModule builds a module from members.
func newModule(name string, ms members) *python.Module {
	return python.NewModule(name, ms.toMap())
}

func errorf(cls *python.Class, format string, args ...any) error {
	return python.Errorf(cls, format, args...)
}

// typeName returns the Python type name of v, as used in error messages.
func typeName(v python.Value) string {
	if v == nil {
		return "NoneType"
	}
	c := v.Type()
	if c == nil {
		return "object"
	}
	return c.Name
}

// noKwargs reports a TypeError if kwargs is not empty.
func noKwargs(name string, kwargs []python.Kwarg) error {
	if len(kwargs) > 0 {
		return errorf(python.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// kwarg finds a keyword argument by name.
func kwarg(kwargs []python.Kwarg, name string) (python.Value, bool) {
	for _, kw := range kwargs {
		if kw.Name == name {
			return kw.Value, true
		}
	}
	return nil, false
}

// strList returns str() of each element of iterable v.
func strList(t *python.Thread, v python.Value) ([]string, error) {
	items, err := toSlice(t, v)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		s, err := python.ToStr(t, it)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// toSlice collects the elements of an iterable into a slice the caller may
// modify (python.ToSlice, which charges the step budget and bounds the
// length, but without sharing a list's or tuple's storage).
func toSlice(t *python.Thread, v python.Value) ([]python.Value, error) {
	out, err := python.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	switch v.(type) {
	case *python.List, python.Tuple:
		out = slices.Clone(out)
	}
	return out, nil
}

// dictItems returns the keys and values of a mapping in iteration order.
func dictItems(t *python.Thread, d python.Value) (keys, values []python.Value, err error) {
	keys, err = toSlice(t, d)
	if err != nil {
		return nil, nil, err
	}
	values = make([]python.Value, len(keys))
	for i, k := range keys {
		if values[i], err = python.GetItem(t, d, k); err != nil {
			return nil, nil, err
		}
	}
	return keys, values, nil
}

// dictGet looks key up in a dict without raising KeyError.
func dictGet(t *python.Thread, d python.Value, key python.Value) (python.Value, bool, error) {
	in, err := python.Compare(t, syntax.IN, key, d)
	if err != nil {
		return nil, false, err
	}
	if b, ok := in.(python.Bool); !ok || !bool(b) {
		return nil, false, nil
	}
	v, err := python.GetItem(t, d, key)
	return v, err == nil, err
}

// newStrDict builds a dict from string keys.
func newStrDict(t *python.Thread, keys []string, values []python.Value) (*python.Dict, error) {
	d := python.NewDict()
	for i, k := range keys {
		if err := python.SetItem(t, d, python.Str(k), values[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// sortedNames returns the keys of m in order.
func sortedNames(m map[string]python.Value) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// toInt converts an int or bool value to a Go int.
func toInt(v python.Value) (int64, bool) {
	switch x := v.(type) {
	case python.Int:
		return int64(x), true
	case python.Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// toFloat converts an int, bool or float value to a Go float64.
func toFloat(v python.Value) (float64, bool) {
	switch x := v.(type) {
	case python.Float:
		return float64(x), true
	case python.Int:
		return float64(x), true
	case python.Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func boolValue(b bool) python.Value { return python.Bool(b) }

// write sends text to the interpreter's stdout writer, if any.
func write(t *python.Thread, s string) {
	if w := t.Interpreter().Options().Stdout; w != nil {
		fmt.Fprint(w, s)
	}
}

// strArg returns v as a Go string or raises TypeError.
func strArg(fname string, v python.Value) (string, error) {
	s, ok := v.(python.Str)
	if !ok {
		return "", errorf(python.TypeError, "%s() argument must be str, not %s", fname, typeName(v))
	}
	return string(s), nil
}

// systemExit returns SystemExit(code), or SystemExit() if code is nil (as
// sys.exit() and sys.exit(None) raise). Its code attribute follows.
func systemExit(code python.Value) error {
	if code == nil {
		return python.NewException(python.SystemExit)
	}
	return python.NewException(python.SystemExit, code)
}

// newFn is the signature of python.Class.New.
type newFn = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)

// safeNew wraps a constructor so that a panic becomes an internal error.
func safeNew(f newFn) newFn {
	return func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (v python.Value, err error) {
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, fmt.Errorf("stdlib: internal error constructing %s: %v", cls.Name, r)
			}
		}()
		return f(t, cls, args, kwargs)
	}
}
