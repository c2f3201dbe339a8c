package python

import (
	"strings"
)

// ObjectClass and TypeClass are initialized before any other package-level
// variable that creates classes (through NewClass's dependency on them).
var (
	ObjectClass = newRootClass()
	TypeClass   = newTypeClass()
)

func newRootClass() *Class {
	c := &Class{Name: "object", Module: "builtins", Dict: NewNamespace()}
	c.MRO = []*Class{c}
	return c
}

func newTypeClass() *Class {
	c := &Class{Name: "type", Module: "builtins", Dict: NewNamespace(), Bases: []*Class{ObjectClass}}
	c.MRO = []*Class{c, ObjectClass}
	return c
}

var evalClassesReady = initEvalClasses()

func initEvalClasses() bool {
	TypeClass.New = newType
	ObjectClass.Dict.Set("__init__", NewBuiltin("__init__", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 1 || len(kwargs) > 0 {
			return nil, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		return None, nil
	}))
	initExceptions()
	FunctionClass = NewClass("function", "builtins", nil, nil)
	ModuleClass = NewClass("module", "builtins", nil, nil)
	PropertyClass = NewClass("property", "builtins", nil, nil)
	PropertyClass.New = func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var fget, fset, fdel, doc Value = None, None, None, None
		if err := UnpackArgs("property", args, kwargs, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p := &property{}
		if fget != None {
			p.fget = fget
		}
		if fset != None {
			p.fset = fset
		}
		if fdel != None {
			p.fdel = fdel
		}
		if doc != None {
			p.doc = doc
		}
		return p, nil
	}
	StaticMethodClass = NewClass("staticmethod", "builtins", nil, nil)
	StaticMethodClass.New = func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, Errorf(TypeError, "staticmethod expected 1 argument, got %d", len(args))
		}
		return &staticMethod{fn: args[0]}, nil
	}
	ClassMethodClass = NewClass("classmethod", "builtins", nil, nil)
	ClassMethodClass.New = func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, Errorf(TypeError, "classmethod expected 1 argument, got %d", len(args))
		}
		return &classMethod{fn: args[0]}, nil
	}
	SuperClass = NewClass("super", "builtins", nil, nil)
	SuperClass.New = newSuper
	GeneratorClass = NewClass("generator", "builtins", nil, nil)
	namespaceDictClass = NewClass("dict", "builtins", nil, nil)
	initFileClass()
	return true
}

func init() {
	_ = evalClassesReady
	Universe.Set("object", ObjectClass)
	Universe.Set("type", TypeClass)
	Universe.Set("super", SuperClass)
	Universe.Set("property", PropertyClass)
	Universe.Set("staticmethod", StaticMethodClass)
	Universe.Set("classmethod", ClassMethodClass)
	for _, c := range exceptionClasses {
		Universe.Set(c.Name, c)
	}
	Universe.Set("EnvironmentError", OSError)
	Universe.Set("IOError", OSError)
	Universe.Set("globals", NewBuiltin("globals", builtinGlobals))
	Universe.Set("locals", NewBuiltin("locals", builtinLocals))
	Universe.Set("vars", NewBuiltin("vars", builtinVars))
	Universe.Set("open", NewBuiltin("open", openFile))
	Universe.Set("__import__", NewBuiltin("__import__", builtinImport))
	Universe.Set("dir", NewBuiltin("dir", builtinDir))
}

// newType implements type(x) (and type(name, bases, dict)).
func newType(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0].Type(), nil
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	bt, ok := args[1].(Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", typeName(args[1]))
	}
	var bases []*Class
	for _, b := range bt {
		c, ok := b.(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		bases = append(bases, c)
	}
	ns := NewNamespace()
	items, err := t.iterate(args[2], nil)
	if err != nil {
		return nil, err
	}
	for _, k := range items {
		v, err := GetItem(t, args[2], k)
		if err != nil {
			return nil, err
		}
		ks, ok := k.(Str)
		if !ok {
			return nil, Errorf(TypeError, "type() argument 3 keys must be str")
		}
		ns.Set(string(ks), v)
	}
	mod := "__main__"
	if t.top != nil && t.top.module != nil {
		mod = t.top.module.Name
	}
	c, err := newClass(string(name), mod, bases, ns)
	if err != nil {
		return nil, err
	}
	c.Mutable = true
	return c, nil
}

// newSuper implements super() and super(cls, obj).
func newSuper(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	switch len(args) {
	case 2:
		c, ok := args[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		return &superObject{cls: c, self: args[1]}, nil
	case 0:
		fr := t.top
		if fr == nil || fr.fn == nil {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		if fr.fn.class == nil || fr.fn.class.cls == nil {
			return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
		}
		if len(fr.fn.code.params) == 0 || len(fr.locals) == 0 || fr.locals[0] == nil {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		return &superObject{cls: fr.fn.class.cls, self: fr.locals[0]}, nil
	}
	return nil, Errorf(TypeError, "super() takes 0 or 2 arguments")
}

func builtinGlobals(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if err := UnpackArgs("globals", args, kwargs); err != nil {
		return nil, err
	}
	if t.top == nil {
		return NewDict(), nil
	}
	return &namespaceDict{ns: t.top.globals}, nil
}

func builtinLocals(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if err := UnpackArgs("locals", args, kwargs); err != nil {
		return nil, err
	}
	return frameLocals(t, t.top)
}

// frameLocals returns locals() of fr.
func frameLocals(t *Thread, fr *frame) (Value, error) {
	if fr == nil {
		return NewDict(), nil
	}
	switch fr.code.kind {
	case scopeModule:
		return &namespaceDict{ns: fr.globals}, nil
	case scopeClass:
		return &namespaceDict{ns: fr.classNS}, nil
	}
	d := NewDict()
	for i, name := range fr.code.names {
		if v := fr.locals[i]; v != nil {
			if err := d.SetItem(t, Str(name), v); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func builtinVars(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "vars() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return frameLocals(t, t.top)
	case 1:
	default:
		return nil, Errorf(TypeError, "vars expected at most 1 argument, got %d", len(args))
	}
	switch x := args[0].(type) {
	case *Instance:
		return &namespaceDict{ns: x.Dict()}, nil
	case *Module:
		return &namespaceDict{ns: x.Globals}, nil
	case *Class:
		return namespaceToDict(t, x.Dict)
	case *Function:
		return &namespaceDict{ns: namespaceOf(&x.attrs)}, nil
	case HasAttrs:
		d := NewDict()
		for _, name := range x.AttrNames() {
			v, err := x.Attr(t, name)
			if err != nil {
				return nil, err
			}
			if v == nil {
				continue
			}
			if err := d.SetItem(t, Str(name), v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
}

func builtinImport(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "__import__() missing required argument 'name' (pos 1)")
	}
	name, ok := args[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "__import__() argument 1 must be str, not %s", typeName(args[0]))
	}
	m, err := t.importModule(string(name))
	if err != nil {
		return nil, err
	}
	fromlist := false
	if len(args) >= 4 {
		fromlist, _ = Truth(t, args[3])
	}
	for _, kw := range kwargs {
		if kw.Name == "fromlist" {
			fromlist, _ = Truth(t, kw.Value)
		}
	}
	if fromlist || !strings.Contains(string(name), ".") {
		return m, nil
	}
	top := string(name)[:strings.IndexByte(string(name), '.')]
	return t.importModule(top)
}

func builtinDir(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var names []string
	if len(args) == 0 {
		if t.top != nil {
			l, err := frameLocals(t, t.top)
			if err != nil {
				return nil, err
			}
			ks, err := t.iterate(l, nil)
			if err != nil {
				return nil, err
			}
			for _, k := range ks {
				if s, ok := k.(Str); ok {
					names = append(names, string(s))
				}
			}
		}
	} else {
		seen := map[string]bool{}
		add := func(n string) {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		v := args[0]
		if ha, ok := v.(HasAttrs); ok {
			for _, n := range ha.AttrNames() {
				add(n)
			}
		}
		if c, ok := v.(*Class); ok {
			for _, m := range classMRO(c) {
				for _, n := range m.Dict.Names() {
					add(n)
				}
			}
		} else if c := v.Type(); c != nil {
			for _, m := range classMRO(c) {
				for _, n := range m.Dict.Names() {
					add(n)
				}
			}
		}
	}
	sortStrings(names)
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return NewList(out), nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// ---- helpers shared by the evaluator ----

// detachedThread returns a new thread for formatting values outside a
// run (Exception.Message).
func detachedThread() *Thread {
	in := &Interpreter{modules: make(map[string]*Module), root: "/nonexistent-root"}
	in.thread = in.NewThread()
	return in.thread
}

func toTuple(t *Thread, v Value) (Tuple, error) {
	if tup, ok := v.(Tuple); ok {
		return tup, nil
	}
	items, err := t.iterate(v, nil)
	if err != nil {
		return nil, err
	}
	return Tuple(items), nil
}

// ---- namespaceDict: a dict view of a namespace (globals(), __dict__) ----

var namespaceDictClass *Class

// namespaceDict presents a Namespace as a live dict with string keys.
type namespaceDict struct{ ns *Namespace }

func (d *namespaceDict) Type() *Class { return namespaceDictClass }

func (d *namespaceDict) key(k Value) (string, error) {
	s, ok := k.(Str)
	if !ok {
		return "", Errorf(TypeError, "namespace keys must be str, not %s", typeName(k))
	}
	return string(s), nil
}

func (d *namespaceDict) Len(t *Thread) (int, error) { return d.ns.Len(), nil }

func (d *namespaceDict) keysList() []Value {
	names := d.ns.Names()
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return out
}

func (d *namespaceDict) Iterate(t *Thread) (Iterator, error) {
	return &generator{items: d.keysList()}, nil
}

func (d *namespaceDict) GetItem(t *Thread, k Value) (Value, error) {
	s, ok := k.(Str)
	if ok {
		if v, ok := d.ns.Get(string(s)); ok {
			return v, nil
		}
	}
	return nil, &Exception{Class: KeyError, Args: Tuple{k}}
}

func (d *namespaceDict) SetItem(t *Thread, k, v Value) error {
	s, err := d.key(k)
	if err != nil {
		return err
	}
	d.ns.Set(s, v)
	return nil
}

func (d *namespaceDict) DelItem(t *Thread, k Value) error {
	s, ok := k.(Str)
	if !ok || !d.ns.Delete(string(s)) {
		return &Exception{Class: KeyError, Args: Tuple{k}}
	}
	return nil
}

func (d *namespaceDict) Contains(t *Thread, k Value) (bool, error) {
	s, ok := k.(Str)
	if !ok {
		return false, nil
	}
	_, found := d.ns.Get(string(s))
	return found, nil
}

func (d *namespaceDict) Repr(t *Thread) (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	var err error
	i := 0
	d.ns.Each(func(name string, v Value) bool {
		if i > 0 {
			b.WriteString(", ")
		}
		i++
		ks, _ := Repr(t, Str(name))
		b.WriteString(ks)
		b.WriteString(": ")
		if v == Value(d) {
			b.WriteString("{...}")
			return true
		}
		var vs string
		vs, err = Repr(t, v)
		if err != nil {
			return false
		}
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}

func (d *namespaceDict) AttrNames() []string { return nil }

func (d *namespaceDict) toDict(t *Thread) (*Dict, error) { return namespaceToDict(t, d.ns) }

func (d *namespaceDict) Attr(t *Thread, name string) (Value, error) {
	m := func(fn func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)) (Value, error) {
		return NewBuiltin(name, fn), nil
	}
	switch name {
	case "keys":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return NewList(d.keysList()), nil
		})
	case "values":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var out []Value
			d.ns.Each(func(_ string, v Value) bool { out = append(out, v); return true })
			return NewList(out), nil
		})
	case "items":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var out []Value
			d.ns.Each(func(n string, v Value) bool { out = append(out, Tuple{Str(n), v}); return true })
			return NewList(out), nil
		})
	case "get":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var k, def Value = nil, None
			if err := UnpackArgs("get", args, kwargs, "key", &k, "default?", &def); err != nil {
				return nil, err
			}
			if s, ok := k.(Str); ok {
				if v, ok := d.ns.Get(string(s)); ok {
					return v, nil
				}
			}
			return def, nil
		})
	case "setdefault":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var k, def Value = nil, None
			if err := UnpackArgs("setdefault", args, kwargs, "key", &k, "default?", &def); err != nil {
				return nil, err
			}
			s, err := d.key(k)
			if err != nil {
				return nil, err
			}
			if v, ok := d.ns.Get(s); ok {
				return v, nil
			}
			d.ns.Set(s, def)
			return def, nil
		})
	case "pop":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeError, "pop expected at least 1 argument, got %d", len(args))
			}
			if s, ok := args[0].(Str); ok {
				if v, ok := d.ns.Get(string(s)); ok {
					d.ns.Delete(string(s))
					return v, nil
				}
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, &Exception{Class: KeyError, Args: Tuple{args[0]}}
		})
	case "update":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) > 1 {
				return nil, Errorf(TypeError, "update expected at most 1 argument, got %d", len(args))
			}
			if len(args) == 1 {
				src := args[0]
				if _, err := GetAttr(t, src, "keys"); err == nil {
					tmp := NewDict()
					if err := t.mergeMapping(tmp, src, ""); err != nil {
						return nil, err
					}
					ks, err := t.iterate(tmp, nil)
					if err != nil {
						return nil, err
					}
					for _, k := range ks {
						v, err := GetItem(t, tmp, k)
						if err != nil {
							return nil, err
						}
						if err := d.SetItem(t, k, v); err != nil {
							return nil, err
						}
					}
				} else {
					pairs, err := t.iterate(src, nil)
					if err != nil {
						return nil, err
					}
					for _, p := range pairs {
						kv, err := t.iterate(p, nil)
						if err != nil {
							return nil, err
						}
						if len(kv) != 2 {
							return nil, Errorf(ValueError, "dictionary update sequence element has length %d; 2 is required", len(kv))
						}
						if err := d.SetItem(t, kv[0], kv[1]); err != nil {
							return nil, err
						}
					}
				}
			}
			for _, kw := range kwargs {
				d.ns.Set(kw.Name, kw.Value)
			}
			return None, nil
		})
	case "copy":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return d.toDict(t)
		})
	case "clear":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			for _, n := range append([]string(nil), d.ns.Names()...) {
				d.ns.Delete(n)
			}
			return None, nil
		})
	case "__contains__":
		return m(func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "__contains__ expected 1 argument")
			}
			ok, err := d.Contains(t, args[0])
			return Bool(ok), err
		})
	}
	return nil, nil
}
