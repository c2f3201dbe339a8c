package python

import (
	"fmt"
	"reflect"
	"sync/atomic"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Classes of the evaluator's own values.
var (
	FunctionClass, ModuleClass, PropertyClass, StaticMethodClass *Class
	ClassMethodClass, SuperClass, FileClass                      *Class
)

// NewClass returns a class with the given name, module, bases (object if
// none) and attributes, computing its MRO (C3). Host packages use it for
// their own classes. If no consistent MRO exists, bases are linearized
// depth-first (the class statement reports the error instead).
func NewClass(name, module string, bases []*Class, dict *Namespace) *Class {
	c, err := newClass(name, module, bases, dict)
	if err != nil {
		c.MRO = append([]*Class{c}, naiveMRO(c.Bases)...)
	}
	return c
}

func newClass(name, module string, bases []*Class, dict *Namespace) (*Class, error) {
	if dict == nil {
		dict = NewNamespace()
	}
	if len(bases) == 0 && ObjectClass != nil && name != "object" {
		bases = []*Class{ObjectClass}
	}
	c := &Class{Name: name, Module: module, Bases: bases, Dict: dict}
	for _, b := range bases {
		if b.Meta != nil {
			c.Meta = b.Meta
			break
		}
	}
	mro, ok := c3(c)
	if !ok {
		return c, Errorf(TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s", baseNames(bases))
	}
	c.MRO = mro
	return c, nil
}

func baseNames(bases []*Class) string {
	s := ""
	for i, b := range bases {
		if i > 0 {
			s += ", "
		}
		s += b.Name
	}
	return s
}

func classMRO(c *Class) []*Class {
	if len(c.MRO) > 0 {
		return c.MRO
	}
	return append([]*Class{c}, naiveMRO(c.Bases)...)
}

func naiveMRO(bases []*Class) []*Class {
	var out []*Class
	seen := map[*Class]bool{}
	var walk func(c *Class)
	walk = func(c *Class) {
		if seen[c] {
			return
		}
		seen[c] = true
		out = append(out, c)
		for _, b := range c.Bases {
			walk(b)
		}
	}
	for _, b := range bases {
		walk(b)
	}
	if ObjectClass != nil && !seen[ObjectClass] && len(out) > 0 {
		out = append(out, ObjectClass)
	}
	return out
}

// c3 computes the C3 linearization of c.
func c3(c *Class) ([]*Class, bool) {
	var seqs [][]*Class
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), classMRO(b)...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out := []*Class{c}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, true
		}
		var cand *Class
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			h := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == h {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = h
				break
			}
		}
		if cand == nil {
			return nil, false
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// IsSubclass reports whether c is cls or inherits from it.
func (c *Class) IsSubclass(cls *Class) bool {
	if c == cls || cls == ObjectClass {
		return true
	}
	if c == nil {
		return false
	}
	if len(c.MRO) > 0 {
		for _, m := range c.MRO {
			if m == cls {
				return true
			}
		}
		return false
	}
	for _, b := range c.Bases {
		if b.IsSubclass(cls) {
			return true
		}
	}
	return false
}

// Lookup finds name in the class's MRO.
func (c *Class) Lookup(name string) (Value, bool) {
	if len(c.MRO) == 0 {
		if v, ok := c.Dict.Get(name); ok {
			return v, true
		}
		for _, b := range c.Bases {
			if v, ok := b.Lookup(name); ok {
				return v, true
			}
		}
		if c != ObjectClass && ObjectClass != nil {
			return ObjectClass.Dict.Get(name)
		}
		return nil, false
	}
	for _, m := range c.MRO {
		if v, ok := m.Dict.Get(name); ok {
			return v, true
		}
	}
	return nil, false
}

// lookupUser finds name in the MRO, ignoring object's defaults.
func (c *Class) lookupUser(name string) (Value, bool) {
	for _, m := range classMRO(c) {
		if m == ObjectClass {
			break
		}
		if v, ok := m.Dict.Get(name); ok {
			if v == None && name == "__hash__" {
				return v, true
			}
			return v, true
		}
	}
	return nil, false
}

// Type returns the class of a class: its Meta, or type.
func (c *Class) Type() *Class {
	if c.Meta != nil {
		return c.Meta
	}
	return TypeClass
}

func (c *Class) qualName() string {
	if c.Module == "" || c.Module == "builtins" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// Repr implements HasRepr: <class 'mod.Name'>.
func (c *Class) Repr(t *Thread) (string, error) {
	if c.Meta != nil {
		if fn, ok := c.Meta.Lookup("__repr__"); ok {
			if r, err := t.Call(fn, Tuple{c}, nil); err != nil {
				return "", err
			} else if s, ok := r.(Str); ok {
				return string(s), nil
			}
		}
	}
	return "<class '" + c.qualName() + "'>", nil
}

// Hash implements HasHash (identity).
func (c *Class) Hash(t *Thread) (uint64, error) { return ptrHash(c), nil }

// Attr implements HasAttrs for class objects.
func (c *Class) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return Str(c.Name), nil
	case "__module__":
		return Str(c.Module), nil
	case "__mro__":
		mro := classMRO(c)
		tup := make(Tuple, len(mro))
		for i, m := range mro {
			tup[i] = m
		}
		return tup, nil
	case "__bases__":
		tup := make(Tuple, len(c.Bases))
		for i, m := range c.Bases {
			tup[i] = m
		}
		return tup, nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__dict__":
		return namespaceToDict(t, c.Dict)
	case "__class__":
		return c.Type(), nil
	}
	if v, ok := c.Lookup(name); ok {
		switch v := v.(type) {
		case *staticMethod:
			return v.fn, nil
		case *classMethod:
			return &BoundMethod{Self: c, Func: v.fn}, nil
		}
		return v, nil
	}
	if name == "__doc__" {
		return None, nil
	}
	if c.Meta != nil {
		if v, ok := c.Meta.Lookup(name); ok {
			switch v.(type) {
			case *Function, *Builtin:
				return &BoundMethod{Self: c, Func: v}, nil
			}
			return v, nil
		}
	}
	return nil, nil
}

// AttrNames implements HasAttrs.
func (c *Class) AttrNames() []string { return c.Dict.Names() }

// SetAttr implements HasSetAttr; only Mutable classes accept it.
func (c *Class) SetAttr(t *Thread, name string, v Value) error {
	if !c.Mutable {
		return c.immutableError(name)
	}
	c.Dict.Set(name, v)
	return nil
}

// DelAttr implements HasDelAttr; only Mutable classes accept it.
func (c *Class) DelAttr(t *Thread, name string) error {
	if !c.Mutable {
		return c.immutableError(name)
	}
	if !c.Dict.Delete(name) {
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.Name, name)
	}
	return nil
}

// immutableError is CPython's error for setting or deleting an attribute
// of a built-in type (which is also what del reports).
func (c *Class) immutableError(name string) *Exception {
	return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, c.qualName())
}

// Call implements Callable: constructing an instance.
func (c *Class) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return t.callClass(c, args, kwargs)
}

func (c *Class) metaMethod(name string) (Value, bool) {
	if c.Meta == nil {
		return nil, false
	}
	return c.Meta.Lookup(name)
}

// Iterate implements Iterable through the metaclass (Enum).
func (c *Class) Iterate(t *Thread) (Iterator, error) {
	if fn, ok := c.metaMethod("__iter__"); ok {
		r, err := t.Call(fn, Tuple{c}, nil)
		if err != nil {
			return nil, err
		}
		return Iterate(t, r)
	}
	return nil, Errorf(TypeError, "'type' object is not iterable")
}

// Len implements HasLen through the metaclass.
func (c *Class) Len(t *Thread) (int, error) {
	if fn, ok := c.metaMethod("__len__"); ok {
		r, err := t.Call(fn, Tuple{c}, nil)
		if err != nil {
			return 0, err
		}
		if n, ok := r.(Int); ok {
			return int(n), nil
		}
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	return 0, Errorf(TypeError, "object of type 'type' has no len()")
}

// GetItem implements HasGetItem through the metaclass (Color['RED']).
func (c *Class) GetItem(t *Thread, key Value) (Value, error) {
	if fn, ok := c.metaMethod("__getitem__"); ok {
		return t.Call(fn, Tuple{c, key}, nil)
	}
	if fn, ok := c.Lookup("__class_getitem__"); ok {
		return t.Call(fn, Tuple{c, key}, nil)
	}
	// Generic aliases such as list[int] in annotations.
	return c, nil
}

// Contains implements HasContains through the metaclass.
func (c *Class) Contains(t *Thread, x Value) (bool, error) {
	if fn, ok := c.metaMethod("__contains__"); ok {
		r, err := t.Call(fn, Tuple{c, x}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	it, err := c.Iterate(t)
	if err != nil {
		return false, Errorf(TypeError, "argument of type 'type' is not iterable")
	}
	for {
		v, ok, err := nextStep(t, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(t, v, x); err != nil || eq {
			return eq, err
		}
	}
}

// Binary implements HasBinary: X | Y on classes in annotations.
func (c *Class) Binary(t *Thread, op syntax.Token, other Value, reflected bool) (Value, error) {
	if op == syntax.PIPE {
		switch other.(type) {
		case *Class, NoneType:
			return c, nil
		}
	}
	return NotImplemented, nil
}

var idCounter atomic.Uint64

func nextID() uint64 { return idCounter.Add(1) }

// ptrHash hashes a pointer value by identity.
func ptrHash(v any) uint64 {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer {
		return 0
	}
	return uint64(rv.Pointer()) * 0x9E3779B97F4A7C15
}

// ---- property, staticmethod, classmethod, super ----

type property struct {
	fget, fset, fdel Value
	doc              Value
}

func (p *property) Type() *Class { return PropertyClass }

func (p *property) Attr(t *Thread, name string) (Value, error) {
	mk := func(which string) Value {
		return NewBuiltin(which, func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", which, len(args))
			}
			q := *p
			switch which {
			case "getter":
				q.fget = args[0]
			case "setter":
				q.fset = args[0]
			case "deleter":
				q.fdel = args[0]
			}
			return &q, nil
		})
	}
	switch name {
	case "getter", "setter", "deleter":
		return mk(name), nil
	case "fget":
		return orNone(p.fget), nil
	case "fset":
		return orNone(p.fset), nil
	case "fdel":
		return orNone(p.fdel), nil
	case "__doc__":
		return orNone(p.doc), nil
	}
	return nil, nil
}

func (p *property) AttrNames() []string { return nil }

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

type staticMethod struct{ fn Value }

func (s *staticMethod) Type() *Class { return StaticMethodClass }
func (s *staticMethod) Attr(t *Thread, name string) (Value, error) {
	if name == "__func__" {
		return s.fn, nil
	}
	return nil, nil
}
func (s *staticMethod) AttrNames() []string { return nil }
func (s *staticMethod) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return t.Call(s.fn, args, kwargs)
}

type classMethod struct{ fn Value }

func (c *classMethod) Type() *Class { return ClassMethodClass }
func (c *classMethod) Attr(t *Thread, name string) (Value, error) {
	if name == "__func__" {
		return c.fn, nil
	}
	return nil, nil
}
func (c *classMethod) AttrNames() []string { return nil }

// superObject is the result of super(): attribute lookups start after
// class cls in the MRO of self's class.
type superObject struct {
	cls  *Class
	self Value
}

func (s *superObject) Type() *Class { return SuperClass }

func (s *superObject) Repr(t *Thread) (string, error) {
	return fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.cls.Name, s.self.Type().Name), nil
}

func (s *superObject) Attr(t *Thread, name string) (Value, error) {
	start := s.self.Type()
	selfIsClass := false
	if c, ok := s.self.(*Class); ok && c.IsSubclass(s.cls) {
		start = c
		selfIsClass = true
	}
	mro := classMRO(start)
	i := 0
	for i < len(mro) && mro[i] != s.cls {
		i++
	}
	for _, m := range mro[min(i+1, len(mro)):] {
		v, ok := m.Dict.Get(name)
		if !ok {
			continue
		}
		switch v := v.(type) {
		case *Function, *Builtin:
			if selfIsClass {
				return v, nil
			}
			return &BoundMethod{Self: s.self, Func: v}, nil
		case *classMethod:
			cls := start
			return &BoundMethod{Self: cls, Func: v.fn}, nil
		case *staticMethod:
			return v.fn, nil
		case *property:
			if selfIsClass {
				return v, nil
			}
			if v.fget == nil {
				return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", name, start.Name)
			}
			return t.Call(v.fget, Tuple{s.self}, nil)
		}
		return v, nil
	}
	return nil, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
}

func (s *superObject) AttrNames() []string { return nil }

// ---- attribute access ----

// GetAttr returns v.name, raising AttributeError if absent.
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Instance:
		return x.getAttr(t, name)
	case *Module:
		if r, ok := x.Globals.Get(name); ok {
			return r, nil
		}
		switch name {
		case "__name__":
			return Str(x.Name), nil
		case "__dict__":
			return &namespaceDict{ns: x.Globals}, nil
		case "__class__":
			return ModuleClass, nil
		}
		if fn, ok := x.Globals.Get("__getattr__"); ok {
			return t.Call(fn, Tuple{Str(name)}, nil)
		}
		return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", x.Name, name)
	case *Class:
		r, err := x.Attr(t, name)
		if err != nil {
			return nil, err
		}
		if r != nil {
			return r, nil
		}
		return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Func, nil
		case "__name__", "__qualname__", "__doc__", "__module__":
			return GetAttr(t, x.Func, name)
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			return Str(x.Name), nil
		case "__doc__":
			return None, nil
		case "__module__":
			return Str("builtins"), nil
		}
	}
	if name == "__class__" {
		return v.Type(), nil
	}
	if ha, ok := v.(HasAttrs); ok {
		r, err := ha.Attr(t, name)
		if err != nil {
			return nil, err
		}
		if r != nil {
			return r, nil
		}
	}
	cls := v.Type()
	if cls != nil {
		if r, ok := cls.Lookup(name); ok {
			return bindAttr(t, v, cls, r, name)
		}
		if fn, ok := cls.Lookup("__getattr__"); ok {
			return t.Call(fn, Tuple{v, Str(name)}, nil)
		}
	}
	if name == "__dict__" {
		if _, ok := v.(HasAttrs); ok {
			return builtinVars(t, Tuple{v}, nil)
		}
	}
	return nil, noAttr(v, name)
}

func noAttr(v Value, name string) *Exception {
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
}

func typeName(v Value) string {
	if v == nil {
		return "NoneType"
	}
	c := v.Type()
	if c == nil {
		return "object"
	}
	return c.Name
}

// bindAttr turns a class attribute r found for receiver v into the value
// of v.name: functions become bound methods, properties call their getter.
func bindAttr(t *Thread, v Value, cls *Class, r Value, name string) (Value, error) {
	switch f := r.(type) {
	case *Function, *Builtin:
		return &BoundMethod{Self: v, Func: f}, nil
	case *property:
		if f.fget == nil {
			return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", name, cls.Name)
		}
		return t.Call(f.fget, Tuple{v}, nil)
	case *staticMethod:
		return f.fn, nil
	case *classMethod:
		return &BoundMethod{Self: cls, Func: f.fn}, nil
	}
	return r, nil
}

// SetAttr does v.name = x.
func SetAttr(t *Thread, v Value, name string, x Value) error {
	switch o := v.(type) {
	case *Instance:
		return o.setAttr(t, name, x)
	case *Module:
		o.Globals.Set(name, x)
		return nil
	case *Function:
		namespaceOf(&o.attrs).Set(name, x)
		return nil
	}
	if cls := v.Type(); cls != nil {
		if p, ok := cls.Lookup(name); ok {
			if p, ok := p.(*property); ok {
				if p.fset == nil {
					return Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, cls.Name)
				}
				_, err := t.Call(p.fset, Tuple{v, x}, nil)
				return err
			}
		}
	}
	if hs, ok := v.(HasSetAttr); ok {
		return hs.SetAttr(t, name, x)
	}
	if _, ok := v.(HasAttrs); ok {
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", typeName(v), name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
}

// DelAttr does del v.name.
func DelAttr(t *Thread, v Value, name string) error {
	switch o := v.(type) {
	case *Module:
		if !o.Globals.Delete(name) {
			return Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
		}
		return nil
	}
	if hd, ok := v.(HasDelAttr); ok {
		return hd.DelAttr(t, name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(v), name)
}

// IsInstance reports whether v is an instance of cls or a subclass.
func IsInstance(v Value, cls *Class) bool {
	if v == nil || cls == nil {
		return false
	}
	c := v.Type()
	if c == nil {
		return cls == ObjectClass
	}
	return c.IsSubclass(cls)
}

// ---- class statement support and calls ----

// callClass constructs an instance of c.
func (t *Thread) callClass(c *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if c.Meta != nil {
		if fn, ok := c.Meta.Lookup("__call__"); ok {
			return t.Call(fn, append(Tuple{c}, args...), kwargs)
		}
	}
	var newFn func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error)
	for _, m := range classMRO(c) {
		if m.New != nil {
			newFn = m.New
			break
		}
	}
	init, hasInit := c.lookupUser("__init__")
	if newFn != nil {
		obj, err := newFn(t, c, args, kwargs)
		if err != nil {
			return nil, err
		}
		if obj == nil {
			return None, nil
		}
		if fn, ok := init.(*Function); ok && hasInit && IsInstance(obj, c) {
			if err := t.runInit(fn, obj, args, kwargs); err != nil {
				return nil, err
			}
		}
		return obj, nil
	}
	inst := &Instance{class: c}
	if hasInit {
		if err := t.runInit(init, inst, args, kwargs); err != nil {
			return nil, err
		}
	} else if len(args) > 0 || len(kwargs) > 0 {
		return nil, Errorf(TypeError, "%s() takes no arguments", c.Name)
	}
	return inst, nil
}

func (t *Thread) runInit(init Value, obj Value, args Tuple, kwargs []Kwarg) error {
	all := make(Tuple, 0, len(args)+1)
	all = append(all, obj)
	all = append(all, args...)
	r, err := t.Call(init, all, kwargs)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(TypeError, "__init__() should return None, not '%s'", typeName(r))
	}
	return nil
}

// namespaceToDict copies a namespace into a new dict.
func namespaceToDict(t *Thread, ns *Namespace) (*Dict, error) {
	d := NewDict()
	var err error
	ns.Each(func(name string, v Value) bool {
		err = d.SetItem(t, Str(name), v)
		return err == nil
	})
	return d, err
}

func isBuiltinMethod(v Value) bool {
	_, ok := v.(*Builtin)
	return ok
}

// ---- instances ----

// Instance is an instance of a class defined by a class statement. Its
// behaviour in Python syntax comes from the dunder methods of its class.
type Instance struct {
	class *Class
	dict  *Namespace
	id    uint64
}

// NewInstance returns a new instance of cls without running __init__.
func NewInstance(cls *Class) *Instance { return &Instance{class: cls} }

// Class returns the instance's class.
func (x *Instance) Class() *Class { return x.class }

// Dict returns the instance's attribute namespace.
func (x *Instance) Dict() *Namespace {
	if x.dict == nil {
		x.dict = NewNamespace()
	}
	return x.dict
}

func (x *Instance) Type() *Class { return x.class }

func (x *Instance) getAttr(t *Thread, name string) (Value, error) {
	r, found := x.class.Lookup(name)
	if found {
		if p, ok := r.(*property); ok {
			return bindAttr(t, x, x.class, p, name)
		}
	}
	if v, ok := x.dict.Get(name); ok {
		return v, nil
	}
	if found {
		if _, ok := r.(*Builtin); ok && definedInUserClass(x.class, name) {
			// Built-in functions stored as attributes of a class
			// statement's namespace are not descriptors.
			return r, nil
		}
		return bindAttr(t, x, x.class, r, name)
	}
	switch name {
	case "__class__":
		return x.class, nil
	case "__dict__":
		return &namespaceDict{ns: x.Dict()}, nil
	}
	if fn, ok := x.class.lookupUser("__getattr__"); ok {
		return t.Call(fn, Tuple{x, Str(name)}, nil)
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", x.class.Name, name)
}

// Attr implements HasAttrs.
func (x *Instance) Attr(t *Thread, name string) (Value, error) {
	v, err := x.getAttr(t, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == AttributeError {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// AttrNames implements HasAttrs.
func (x *Instance) AttrNames() []string { return x.dict.Names() }

func (x *Instance) setAttr(t *Thread, name string, v Value) error {
	if r, ok := x.class.Lookup(name); ok {
		if p, ok := r.(*property); ok {
			if p.fset == nil {
				return Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, x.class.Name)
			}
			_, err := t.Call(p.fset, Tuple{x, v}, nil)
			return err
		}
	}
	if x.class == ObjectClass {
		return Errorf(AttributeError, "'object' object has no attribute '%s'", name)
	}
	if fn, ok := x.class.lookupUser("__setattr__"); ok {
		_, err := t.Call(fn, Tuple{x, Str(name), v}, nil)
		return err
	}
	if x.dict == nil {
		x.dict = NewNamespace()
	}
	x.dict.Set(name, v)
	return nil
}

// SetAttr implements HasSetAttr.
func (x *Instance) SetAttr(t *Thread, name string, v Value) error { return x.setAttr(t, name, v) }

// DelAttr implements HasDelAttr.
func (x *Instance) DelAttr(t *Thread, name string) error {
	if r, ok := x.class.Lookup(name); ok {
		if p, ok := r.(*property); ok {
			if p.fdel == nil {
				return Errorf(AttributeError, "property '%s' of '%s' object has no deleter", name, x.class.Name)
			}
			_, err := t.Call(p.fdel, Tuple{x}, nil)
			return err
		}
	}
	if x.dict == nil || !x.dict.Delete(name) {
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", x.class.Name, name)
	}
	return nil
}

// method finds a user-defined dunder.
func (x *Instance) method(name string) (Value, bool) {
	v, ok := x.class.lookupUser(name)
	if ok && v == None {
		return nil, false
	}
	return v, ok
}

func (x *Instance) callMethod(t *Thread, fn Value, args ...Value) (Value, error) {
	all := make(Tuple, 0, len(args)+1)
	all = append(all, x)
	all = append(all, args...)
	return t.Call(fn, all, nil)
}

var binaryDunders = map[syntax.Token]string{
	syntax.PLUS: "add", syntax.MINUS: "sub", syntax.STAR: "mul", syntax.SLASH: "truediv",
	syntax.SLASHSLASH: "floordiv", syntax.PERCENT: "mod", syntax.STARSTAR: "pow",
	syntax.AT: "matmul", syntax.AMP: "and", syntax.PIPE: "or", syntax.CIRCUMFLEX: "xor",
	syntax.LTLT: "lshift", syntax.GTGT: "rshift",
}

// Binary implements HasBinary.
func (x *Instance) Binary(t *Thread, op syntax.Token, other Value, reflected bool) (Value, error) {
	base, ok := binaryDunders[op]
	if !ok {
		return NotImplemented, nil
	}
	name := "__" + base + "__"
	if reflected {
		name = "__r" + base + "__"
	}
	fn, ok := x.method(name)
	if !ok {
		return NotImplemented, nil
	}
	return x.callMethod(t, fn, other)
}

// inplace tries __iop__ for augmented assignment.
func (x *Instance) inplace(t *Thread, op syntax.Token, other Value) (Value, bool, error) {
	base, ok := binaryDunders[op]
	if !ok {
		return nil, false, nil
	}
	fn, ok := x.method("__i" + base + "__")
	if !ok {
		return nil, false, nil
	}
	r, err := x.callMethod(t, fn, other)
	if err != nil {
		return nil, true, err
	}
	if r == NotImplemented {
		return nil, false, nil
	}
	return r, true, nil
}

// Unary implements HasUnary.
func (x *Instance) Unary(t *Thread, op syntax.Token) (Value, error) {
	var name string
	switch op {
	case syntax.MINUS:
		name = "__neg__"
	case syntax.PLUS:
		name = "__pos__"
	case syntax.TILDE:
		name = "__invert__"
	}
	if fn, ok := x.method(name); ok {
		return x.callMethod(t, fn)
	}
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", op, x.class.Name)
}

var compareDunders = map[syntax.Token]string{
	syntax.LT: "__lt__", syntax.LE: "__le__", syntax.GT: "__gt__", syntax.GE: "__ge__",
	syntax.EQEQ: "__eq__", syntax.NEQ: "__ne__",
}

// Compare implements HasCompare.
func (x *Instance) Compare(t *Thread, op syntax.Token, other Value) (Value, error) {
	name := compareDunders[op]
	if fn, ok := x.method(name); ok {
		return x.callMethod(t, fn, other)
	}
	if op == syntax.NEQ {
		if fn, ok := x.method("__eq__"); ok {
			r, err := x.callMethod(t, fn, other)
			if err != nil || r == NotImplemented {
				return r, err
			}
			b, err := Truth(t, r)
			if err != nil {
				return nil, err
			}
			return Bool(!b), nil
		}
	}
	if op == syntax.EQEQ || op == syntax.NEQ {
		if o, ok := other.(*Instance); ok && o == x {
			return Bool(op == syntax.EQEQ), nil
		}
	}
	return NotImplemented, nil
}

// Truth implements HasTruth.
func (x *Instance) Truth(t *Thread) (bool, error) {
	if fn, ok := x.method("__bool__"); ok {
		r, err := x.callMethod(t, fn)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", typeName(r))
		}
		return bool(b), nil
	}
	if _, ok := x.method("__len__"); ok {
		n, err := x.Len(t)
		return n != 0, err
	}
	return true, nil
}

// Hash implements HasHash.
func (x *Instance) Hash(t *Thread) (uint64, error) {
	v, ok := x.class.lookupUser("__hash__")
	if ok {
		if v == None {
			return 0, Errorf(TypeError, "unhashable type: '%s'", x.class.Name)
		}
		r, err := x.callMethod(t, v)
		if err != nil {
			return 0, err
		}
		n, ok := r.(Int)
		if !ok {
			return 0, Errorf(TypeError, "__hash__ method should return an integer")
		}
		return uint64(n), nil
	}
	return x.identity() * 0x9E3779B97F4A7C15, nil
}

func (x *Instance) identity() uint64 {
	if x.id == 0 {
		x.id = nextID()
	}
	return x.id
}

// Len implements HasLen.
func (x *Instance) Len(t *Thread) (int, error) {
	fn, ok := x.method("__len__")
	if !ok {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", x.class.Name)
	}
	r, err := x.callMethod(t, fn)
	if err != nil {
		return 0, err
	}
	n, ok := r.(Int)
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

type instanceIterator struct {
	it   *Instance
	next Value
}

func (ii *instanceIterator) Next(t *Thread) (Value, bool, error) {
	v, err := ii.it.callMethod(t, ii.next)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIteration) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

type getitemIterator struct {
	x *Instance
	i int
}

func (gi *getitemIterator) Next(t *Thread) (Value, bool, error) {
	fn, _ := gi.x.method("__getitem__")
	v, err := gi.x.callMethod(t, fn, Int(gi.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(IndexError) || e.Class.IsSubclass(StopIteration)) {
			return nil, false, nil
		}
		return nil, false, err
	}
	gi.i++
	return v, true, nil
}

// Iterate implements Iterable.
func (x *Instance) Iterate(t *Thread) (Iterator, error) {
	fn, ok := x.method("__iter__")
	if !ok {
		if next, ok := x.method("__next__"); ok {
			return &instanceIterator{it: x, next: next}, nil
		}
		if _, ok := x.method("__getitem__"); ok {
			return &getitemIterator{x: x}, nil
		}
		return nil, Errorf(TypeError, "'%s' object is not iterable", x.class.Name)
	}
	r, err := x.callMethod(t, fn)
	if err != nil {
		return nil, err
	}
	if ri, ok := r.(*Instance); ok {
		next, ok := ri.method("__next__")
		if !ok {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", ri.class.Name)
		}
		return &instanceIterator{it: ri, next: next}, nil
	}
	return Iterate(t, r)
}

// GetItem implements HasGetItem.
func (x *Instance) GetItem(t *Thread, key Value) (Value, error) {
	fn, ok := x.method("__getitem__")
	if !ok {
		return nil, Errorf(TypeError, "'%s' object is not subscriptable", x.class.Name)
	}
	return x.callMethod(t, fn, key)
}

// SetItem implements HasSetItem.
func (x *Instance) SetItem(t *Thread, key, v Value) error {
	fn, ok := x.method("__setitem__")
	if !ok {
		return Errorf(TypeError, "'%s' object does not support item assignment", x.class.Name)
	}
	_, err := x.callMethod(t, fn, key, v)
	return err
}

// DelItem implements HasDelItem.
func (x *Instance) DelItem(t *Thread, key Value) error {
	fn, ok := x.method("__delitem__")
	if !ok {
		return Errorf(TypeError, "'%s' object does not support item deletion", x.class.Name)
	}
	_, err := x.callMethod(t, fn, key)
	return err
}

// Contains implements HasContains.
func (x *Instance) Contains(t *Thread, v Value) (bool, error) {
	if fn, ok := x.method("__contains__"); ok {
		r, err := x.callMethod(t, fn, v)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	_, hasIter := x.method("__iter__")
	_, hasGet := x.method("__getitem__")
	if !hasIter && !hasGet {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", x.class.Name)
	}
	it, err := x.Iterate(t)
	if err != nil {
		return false, err
	}
	for {
		e, ok, err := nextStep(t, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(t, e, v); err != nil || eq {
			return eq, err
		}
	}
}

// callForStr calls the special method fn of x, which must return a str;
// badType formats the TypeError for another result, given its type name.
func (x *Instance) callForStr(t *Thread, fn Value, badType string, args ...Value) (string, error) {
	r, err := x.callMethod(t, fn, args...)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", Errorf(TypeError, badType, typeName(r))
	}
	return string(s), nil
}

// Repr implements HasRepr.
func (x *Instance) Repr(t *Thread) (string, error) {
	if fn, ok := x.method("__repr__"); ok {
		return x.callForStr(t, fn, "__repr__ returned non-string (type %s)")
	}
	return fmt.Sprintf("<%s object at 0x%012x>", x.class.qualName(), 0x7f0000000000+x.identity()*48), nil
}

// Str implements HasStr.
func (x *Instance) Str(t *Thread) (string, error) {
	if fn, ok := x.method("__str__"); ok {
		return x.callForStr(t, fn, "__str__ returned non-string (type %s)")
	}
	return x.Repr(t)
}

// Format implements HasFormat.
func (x *Instance) Format(t *Thread, spec string) (string, error) {
	if fn, ok := x.method("__format__"); ok {
		return x.callForStr(t, fn, "__format__ must return a str, not %s", Str(spec))
	}
	if spec != "" {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", x.class.Name)
	}
	return x.Str(t)
}

// Call implements Callable.
func (x *Instance) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	fn, ok := x.method("__call__")
	if !ok {
		return nil, Errorf(TypeError, "'%s' object is not callable", x.class.Name)
	}
	all := make(Tuple, 0, len(args)+1)
	all = append(all, x)
	all = append(all, args...)
	return t.Call(fn, all, kwargs)
}

// Truth implements HasTruth: classes are always true.
func (c *Class) Truth(t *Thread) (bool, error) { return true, nil }

// IsCallable reports whether v can be called (callable(v)): instances
// only when their class defines __call__, built-ins only when they have a
// Go function, bound methods when their function is callable; classes,
// functions and other host values implementing Callable always.
func IsCallable(v Value) bool {
	switch x := v.(type) {
	case *Instance:
		_, ok := x.method("__call__")
		return ok
	case *Builtin:
		return x != nil && x.Fn != nil
	case *BoundMethod:
		return x != nil && IsCallable(x.Func)
	case *Class, *Function:
		return true
	}
	_, ok := v.(Callable)
	return ok
}

// definedInUserClass reports whether the first class in cls's MRO that
// defines name was created by a class statement (whose namespace always
// holds __qualname__).
func definedInUserClass(cls *Class, name string) bool {
	for _, m := range classMRO(cls) {
		if _, ok := m.Dict.Get(name); ok {
			_, user := m.Dict.Get("__qualname__")
			return user
		}
	}
	return false
}
