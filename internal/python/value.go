package python

import "github.com/opensafely-go/opensafely/internal/python/syntax"

// Value is any Python value. Its Type is the value's class, used for
// isinstance, type(x), attribute lookup of methods, and error messages
// ("'int' object is not callable").
//
// The core value types are:
//
//	NoneType (None), Bool, Int (int64) and BigInt (ints outside the 64-bit
//	range: arithmetic promotes on overflow), Float (float64), Str,
//	*List, Tuple, *Dict, *Set (set and frozenset), *Range,
//	*Function (def and lambda), *Builtin (a Go function), *BoundMethod,
//	*Class (every type, built-in, host-defined or user-defined),
//	*Instance (an instance of a user-defined class),
//	*Module, *Exception, *File (a read-only text file from open()).
//
// Host packages (the ehrQL API, the standard-library modules) add their own
// types by implementing Value plus whichever optional interfaces below they
// need. A host type returns a host-defined *Class from Type(); its methods
// are *Builtin values in that class's Dict, taking the receiver as args[0],
// exactly as Python's unbound methods do.
type Value interface {
	Type() *Class
}

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// The optional interfaces below are how a value takes part in Python syntax.
// The evaluator checks for them; a value lacking one gets Python's usual
// TypeError ("'X' object is not subscriptable", ...). Methods that return a
// Value may return NotImplemented to let the other operand try, exactly like
// Python's dunder protocol. Every method receives the running *Thread, so it
// can call back into Python (t.Call) and report errors with Python types
// (Errorf). Errors returned should be *Exception values (Errorf); any other
// error is shown to the user as a RuntimeError whose message is err.Error(),
// and stays reachable through errors.As/Is. Long-running host loops charge
// the step budget with t.Step() (see Iterator).

// HasAttrs is a value with attributes: x.name. Attr returns (nil, nil) when
// there is no such attribute; the evaluator then looks the name up in the
// value's class (methods) and finally raises AttributeError. AttrNames lists
// the attribute names (for dir-like uses; may be nil).
type HasAttrs interface {
	Value
	Attr(t *Thread, name string) (Value, error)
	AttrNames() []string
}

// HasSetAttr is a value whose attributes can be assigned: x.name = v.
type HasSetAttr interface {
	HasAttrs
	SetAttr(t *Thread, name string, v Value) error
}

// HasDelAttr is a value whose attributes can be deleted: del x.name.
type HasDelAttr interface {
	DelAttr(t *Thread, name string) error
}

// Callable is a value that can be called: f(args..., name=value...).
type Callable interface {
	Value
	Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error)
}

// HasBinary is a value supporting binary operators (+ - * / // % ** @ & | ^
// << >>). For x OP y the evaluator calls x.Binary(t, OP, y, false); if that
// returns NotImplemented (or x lacks the interface) it calls
// y.Binary(t, OP, x, true), where reflected=true means the receiver is the
// right operand. Augmented assignment (x += y) uses the same method.
type HasBinary interface {
	Value
	Binary(t *Thread, op syntax.Token, other Value, reflected bool) (Value, error)
}

// HasUnary is a value supporting unary -x, +x and ~x (op MINUS, PLUS or
// TILDE). `not x` always uses truthiness instead.
type HasUnary interface {
	Value
	Unary(t *Thread, op syntax.Token) (Value, error)
}

// HasCompare is a value supporting rich comparison (op is LT, LE, GT, GE,
// EQEQ or NEQ); the result may be any value, not just a Bool. For x < y
// the evaluator calls x.Compare(t, LT, y); on NotImplemented it calls
// y.Compare(t, GT, x) (the swapped operator); for == and != it finally
// falls back to identity.
type HasCompare interface {
	Value
	Compare(t *Thread, op syntax.Token, other Value) (Value, error)
}

// HasTruth is a value with its own truthiness; Truth may raise (ehrQL series
// do, to stop `if series:` and `a and b`). Values without it are true unless
// they have a zero length (HasLen).
type HasTruth interface {
	Value
	Truth(t *Thread) (bool, error)
}

// HasHash is a hashable value usable as a dict key or set member. Values
// without it hash by identity if they are pointers; Hash may raise
// TypeError("unhashable type: 'X'") to forbid hashing.
type HasHash interface {
	Value
	Hash(t *Thread) (uint64, error)
}

// HasLen is a value with a length: len(x).
type HasLen interface {
	Value
	Len(t *Thread) (int, error)
}

// Iterable is a value that can be iterated: for x in v.
type Iterable interface {
	Value
	Iterate(t *Thread) (Iterator, error)
}

// Iterator yields values one at a time. Next returns ok=false when done.
//
// The step budget only sees Python code, so Go loops need help: the Next
// of an iterator over an unbounded or user-sized sequence (a counter, a
// repetition, a generated range) must call t.Step() once per item and
// return its error, as range and itertools.count do; likewise any host Go
// loop whose number of rounds the user controls. Go code consuming an
// arbitrary iterator should use ToSlice, or call t.Step() per item itself.
type Iterator interface {
	Next(t *Thread) (v Value, ok bool, err error)
}

// HasGetItem is a value supporting x[key]. A slice x[a:b:c] passes a
// *SliceValue as the key.
type HasGetItem interface {
	Value
	GetItem(t *Thread, key Value) (Value, error)
}

// HasSetItem is a value supporting x[key] = v.
type HasSetItem interface {
	Value
	SetItem(t *Thread, key, v Value) error
}

// HasDelItem is a value supporting del x[key].
type HasDelItem interface {
	Value
	DelItem(t *Thread, key Value) error
}

// HasContains is a value supporting `x in v` (and `not in`). Without it,
// `in` iterates the value comparing with ==.
type HasContains interface {
	Value
	Contains(t *Thread, x Value) (bool, error)
}

// HasRepr is a value with its own repr(). Values without it show as
// <typename object>.
type HasRepr interface {
	Value
	Repr(t *Thread) (string, error)
}

// HasStr is a value whose str() differs from its repr().
type HasStr interface {
	Value
	Str(t *Thread) (string, error)
}

// HasFormat is a value with its own format(x, spec), used by f-strings and
// str.format ("{d:%Y-%m}" on dates).
type HasFormat interface {
	Value
	Format(t *Thread, spec string) (string, error)
}

// Class is a Python class: a built-in type (int, str, list, ...), an
// exception class, a class defined by a host package (an ehrQL frame), or a
// class created by a class statement. Classes are values (their Type is the
// Meta class, or `type`).
type Class struct {
	Name   string
	Module string // "builtins" for built-in classes
	Bases  []*Class
	MRO    []*Class // the class itself first, then its ancestors; set by NewClass
	Dict   *Namespace

	// New, when set, constructs instances for calls of this class and of
	// subclasses that do not set their own. It receives the class actually
	// called. Built-in types (int, str, ...) use it; when it is nil the
	// evaluator allocates an *Instance and runs __init__.
	New func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error)

	// Meta, when set, gives the class object itself behaviour, as a Python
	// metaclass does: its Dict may hold __call__, __iter__, __len__,
	// __getitem__, __contains__ (Builtins receiving the class as args[0])
	// and __init__, which runs with the new class as args[0] after a class
	// statement creates a subclass. Subclasses inherit their base's Meta.
	// The standard library's Enum uses this.
	Meta *Class

	// Mutable allows Python code to set and delete the class's attributes
	// (C.x = 1, del C.x). Only classes created by Python code (a class
	// statement, or type(name, bases, dict)) set it. Every other class,
	// built-in or created from Go, is a package-level value shared by all
	// interpreters, so it stays immutable as CPython's built-in types are:
	// assignments raise TypeError ("cannot set 'x' attribute of immutable
	// type 'datetime.date'"). Host code may still fill Dict from Go while
	// building a class.
	Mutable bool
}

// Namespace is an insertion-ordered map from names to values: module
// globals and the attributes of classes and instances. The zero value is
// ready to use.
type Namespace struct {
	index  map[string]int
	names  []string
	values []Value
}

// NewNamespace returns an empty namespace.
func NewNamespace() *Namespace { return &Namespace{} }

// namespaceOf returns *ns, creating it on first use (the attributes of
// functions, exceptions and instances of list and dict subclasses).
func namespaceOf(ns **Namespace) *Namespace {
	if *ns == nil {
		*ns = NewNamespace()
	}
	return *ns
}

// Get returns the value bound to name, if any.
func (ns *Namespace) Get(name string) (Value, bool) {
	if ns == nil {
		return nil, false
	}
	i, ok := ns.index[name]
	if !ok {
		return nil, false
	}
	return ns.values[i], true
}

// Set binds name to v, keeping the name's original position if it was
// already bound.
func (ns *Namespace) Set(name string, v Value) {
	if i, ok := ns.index[name]; ok {
		ns.values[i] = v
		return
	}
	if ns.index == nil {
		ns.index = make(map[string]int)
	}
	ns.index[name] = len(ns.names)
	ns.names = append(ns.names, name)
	ns.values = append(ns.values, v)
}

// Delete removes name, reporting whether it was bound.
func (ns *Namespace) Delete(name string) bool {
	i, ok := ns.index[name]
	if !ok {
		return false
	}
	copy(ns.names[i:], ns.names[i+1:])
	copy(ns.values[i:], ns.values[i+1:])
	ns.names = ns.names[:len(ns.names)-1]
	ns.values = ns.values[:len(ns.values)-1]
	delete(ns.index, name)
	for j := i; j < len(ns.names); j++ {
		ns.index[ns.names[j]] = j
	}
	return true
}

// Len returns the number of bound names.
func (ns *Namespace) Len() int {
	if ns == nil {
		return 0
	}
	return len(ns.names)
}

// Names returns the bound names in insertion order. The caller must not
// modify the slice.
func (ns *Namespace) Names() []string {
	if ns == nil {
		return nil
	}
	return ns.names
}

// Each calls fn for every binding in insertion order, stopping early if fn
// returns false. fn must not modify the namespace.
func (ns *Namespace) Each(fn func(name string, v Value) bool) {
	if ns == nil {
		return
	}
	for i, name := range ns.names {
		if !fn(name, ns.values[i]) {
			return
		}
	}
}
