package python

import (
	"sync"
	"unicode/utf8"
)

// iteratorClasses holds the classes of iterator values made by
// NewIteratorValue (iter(), map(), zip(), ...), one per type name. Host
// packages may create new names at run time, from several interpreters at
// once, hence the lock.
var (
	iteratorClassesMu sync.Mutex
	iteratorClasses   = map[string]*Class{}
)

func iteratorClass(name string) *Class {
	iteratorClassesMu.Lock()
	defer iteratorClassesMu.Unlock()
	if c, ok := iteratorClasses[name]; ok {
		return c
	}
	var c *Class
	if ObjectClass != nil {
		c = &Class{Name: name, Module: "builtins", Dict: NewNamespace(), Bases: []*Class{ObjectClass}}
		c.MRO = []*Class{c, ObjectClass}
	} else {
		c = builtinClass(name)
	}
	c.Dict.Set("__next__", &Builtin{Name: "__next__", Owner: c, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		return nextValue(t, args[0], nil)
	}})
	c.Dict.Set("__iter__", &Builtin{Name: "__iter__", Owner: c, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		return args[0], nil
	}})
	iteratorClasses[name] = c
	return c
}

// IteratorValue is a Python iterator object wrapping a Go Iterator: the
// result of iter(), map(), zip(), enumerate(), and the like. Iterating it
// consumes it.
type IteratorValue struct {
	it  Iterator
	cls *Class
}

// NewIteratorValue returns an iterator object over it, whose type name is
// name ("list_iterator", "map", ...).
func NewIteratorValue(name string, it Iterator) *IteratorValue {
	return &IteratorValue{it: it, cls: iteratorClass(name)}
}

func (v *IteratorValue) Type() *Class { return v.cls }

// Iterate returns the iterator itself.
func (v *IteratorValue) Iterate(t *Thread) (Iterator, error) { return v.it, nil }

// Next advances the iterator.
func (v *IteratorValue) Next(t *Thread) (Value, bool, error) { return v.it.Next(t) }

// Register the common iterator class names once, so that they exist
// before any iteration happens (the evaluator may be concurrent with
// nothing at init time).
func init() {
	for _, n := range []string{"list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator",
		"range_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator",
		"map", "filter", "zip", "enumerate", "reversed", "list_reverseiterator", "iterator", "generator"} {
		iteratorClass(n)
	}
}

// sliceIterator iterates a fixed slice.
type sliceIterator struct {
	elems []Value
	i     int
}

func (it *sliceIterator) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.elems) {
		v := it.elems[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

// NewSliceIterator returns an Iterator over elems.
func NewSliceIterator(elems []Value) Iterator { return &sliceIterator{elems: elems} }

type strIterator struct {
	s string
	i int
}

func (it *strIterator) Next(t *Thread) (Value, bool, error) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	c := it.s[it.i]
	if c < utf8.RuneSelf {
		it.i++
		return asciiStr(c), true, nil
	}
	_, size := utf8.DecodeRuneInString(it.s[it.i:])
	v := Str(it.s[it.i : it.i+size])
	it.i += size
	return v, true, nil
}

// Iterate returns an iterator over v.
func Iterate(t *Thread, v Value) (Iterator, error) {
	switch x := v.(type) {
	case *List:
		return &listIterator{l: x}, nil
	case Tuple:
		return &sliceIterator{elems: x}, nil
	case Str:
		return &strIterator{s: string(x)}, nil
	case *Dict:
		return x.iterate(viewKeys), nil
	case *Set:
		return newSetIterator(x), nil
	case *Range:
		return &rangeIterator{r: x, n: x.length()}, nil
	case *DictView:
		return x.d.iterate(x.kind), nil
	case *IteratorValue:
		return x.it, nil
	case Iterable:
		return x.Iterate(t)
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", typeNameOf(v))
}

// ToSlice returns the elements of an iterable (for lists and tuples, the
// underlying slice itself: do not modify it). Elements pulled from an
// iterator are charged to the step budget (Thread.Step), and more than
// about four million raise MemoryError.
func ToSlice(t *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return x.elems, nil
	case Tuple:
		return x, nil
	case *Dict:
		return x.Keys(), nil
	case *Set:
		return x.Elems(), nil
	}
	it, err := Iterate(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	if n, err := Len(t, v); err == nil && n > 0 {
		if n > maxContainerLen {
			return nil, errMemory("too many elements")
		}
		out = make([]Value, 0, n)
	}
	for {
		e, ok, err := nextStep(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if len(out) >= maxContainerLen {
			return nil, errMemory("too many elements")
		}
		out = append(out, e)
	}
}

// nextValue implements next(it[, default]).
func nextValue(t *Thread, v Value, def Value) (Value, error) {
	var it Iterator
	switch x := v.(type) {
	case *IteratorValue:
		it = x.it
	case Iterator:
		it = x
	default:
		m, err := GetAttr(t, v, "__next__")
		if err != nil {
			return nil, Errorf(TypeError, "'%s' object is not an iterator", typeNameOf(v))
		}
		r, err := t.Call(m, nil, nil)
		if err != nil && def != nil && isExcClass(err, StopIteration) {
			return def, nil
		}
		return r, err
	}
	r, ok, err := it.Next(t)
	if err != nil {
		return nil, err
	}
	if !ok {
		if def != nil {
			return def, nil
		}
		return nil, NewException(StopIteration)
	}
	return r, nil
}

// iterName returns the iterator type name CPython shows for iter(v).
func iterName(v Value) string {
	switch x := v.(type) {
	case *List:
		return "list_iterator"
	case Tuple:
		return "tuple_iterator"
	case Str:
		for i := 0; i < len(x); i++ {
			if x[i] >= utf8.RuneSelf {
				return "str_iterator"
			}
		}
		return "str_ascii_iterator"
	case *Range:
		return "range_iterator"
	case *Dict:
		return "dict_keyiterator"
	case *DictView:
		switch x.kind {
		case viewKeys:
			return "dict_keyiterator"
		case viewValues:
			return "dict_valueiterator"
		}
		return "dict_itemiterator"
	case *Set:
		return "set_iterator"
	}
	return "iterator"
}

// funcIterator adapts a Go function to Iterator.
type funcIterator func(t *Thread) (Value, bool, error)

func (f funcIterator) Next(t *Thread) (Value, bool, error) { return f(t) }

// Resource limits for values built in Go loops, which the evaluator's step
// budget does not see: a definition asking for more gets a MemoryError
// instead of exhausting the host.
const (
	maxContainerLen = 1 << 22 // elements of one list, tuple, set or dict (4.2 million)
	maxStrLen       = 1 << 28 // bytes of a string built at once
)

// errMemory returns MemoryError(msg), or OverflowError if MemoryError is
// not defined.
func errMemory(msg string) error {
	if c, ok := Universe.Get("MemoryError"); ok {
		if cls, ok := c.(*Class); ok {
			return Errorf(cls, "%s", msg)
		}
	}
	return Errorf(OverflowError, "%s", msg)
}

// nextStep charges one step (Thread.Step) and advances it. Go loops that
// pull from an arbitrary iterator use it, so that an unbounded iterator
// (iter(int, 1), itertools.repeat(0), a host iterator) cannot keep them
// running past the step budget or a cancellation.
func nextStep(t *Thread, it Iterator) (Value, bool, error) {
	if err := t.Step(); err != nil {
		return nil, false, err
	}
	return it.Next(t)
}

// forEach calls f with each element of iterable x, charging one step per
// element (see nextStep). It stops early when f returns false or an
// error, and returns the first error from Iterate, the iterator or f.
func forEach(t *Thread, x Value, f func(Value) (bool, error)) error {
	it, err := Iterate(t, x)
	if err != nil {
		return err
	}
	for {
		v, ok, err := nextStep(t, it)
		if err != nil || !ok {
			return err
		}
		if more, err := f(v); err != nil || !more {
			return err
		}
	}
}
