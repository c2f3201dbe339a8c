package python

import "slices"

// List is a Python list.
type List struct {
	elems []Value

	// For instances of user subclasses of list: the class and the
	// instance attributes.
	cls   *Class
	attrs *Namespace
}

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List {
	if elems == nil {
		elems = []Value{}
	}
	return &List{elems: elems}
}

func (l *List) Type() *Class {
	if l.cls != nil {
		return l.cls
	}
	return ListClass
}

// Attr returns an instance attribute of a list subclass instance.
func (l *List) Attr(t *Thread, name string) (Value, error) {
	if v, ok := l.attrs.Get(name); ok {
		return v, nil
	}
	return nil, nil
}

// AttrNames lists the instance attributes.
func (l *List) AttrNames() []string { return l.attrs.Names() }

// SetAttr sets an attribute on an instance of a list subclass.
func (l *List) SetAttr(t *Thread, name string, v Value) error {
	if l.cls == nil {
		return Errorf(AttributeError, "'list' object has no attribute '%s'", name)
	}
	namespaceOf(&l.attrs).Set(name, v)
	return nil
}

// Elems returns the list's elements; the caller must not keep the slice
// across mutations of the list.
func (l *List) Elems() []Value { return l.elems }

// Len returns the number of elements.
func (l *List) Len() int { return len(l.elems) }

// Append appends v.
func (l *List) Append(v Value) { l.elems = append(l.elems, v) }

type listIterator struct {
	l *List
	i int
}

func (it *listIterator) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.l.elems) {
		v := it.l.elems[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

func (l *List) setItem(t *Thread, key, v Value) error {
	if sl, ok := key.(*SliceValue); ok {
		items, err := ToSlice(t, v)
		if err != nil {
			return Errorf(TypeError, "can only assign an iterable")
		}
		start, stop, step, err := sl.indices(t, len(l.elems))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			items = slices.Clone(items)
			l.elems = slices.Replace(l.elems, start, stop, items...)
			return nil
		}
		var idx []int
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			idx = append(idx, i)
		}
		if len(idx) != len(items) {
			return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
		}
		for j, i := range idx {
			l.elems[i] = items[j]
		}
		return nil
	}
	i, err := l.assignIndex(t, key)
	if err != nil {
		return err
	}
	l.elems[i] = v
	return nil
}

func (l *List) delItem(t *Thread, key Value) error {
	if sl, ok := key.(*SliceValue); ok {
		start, stop, step, err := sl.indices(t, len(l.elems))
		if err != nil {
			return err
		}
		del := make(map[int]bool)
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			del[i] = true
		}
		out := l.elems[:0:0]
		for i, e := range l.elems {
			if !del[i] {
				out = append(out, e)
			}
		}
		l.elems = out
		return nil
	}
	i, err := l.assignIndex(t, key)
	if err != nil {
		return err
	}
	l.elems = slices.Delete(l.elems, i, i+1)
	return nil
}

// assignIndex converts key, an integer index for item assignment or
// deletion, to a position in l.
func (l *List) assignIndex(t *Thread, key Value) (int, error) {
	i, ok, err := indexValue(t, key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "list indices must be integers or slices, not %s", typeNameOf(key))
	}
	n := int64(len(l.elems))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "list assignment index out of range")
	}
	return int(i), nil
}

// sortValues sorts vals stably by key (if non-nil) using <, optionally
// reversed, as list.sort does.
func sortValues(t *Thread, vals []Value, key Value, reverse bool) error {
	keys := vals
	if key != nil && key != None {
		keys = make([]Value, len(vals))
		for i, v := range vals {
			k, err := t.Call(key, Tuple{v}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(vals))
	for i := range idx {
		idx[i] = i
	}
	if reverse {
		// Reverse first and sort stably, then reverse back: equal
		// elements keep their original order, as in CPython.
		slices.Reverse(idx)
	}
	var firstErr error
	slices.SortStableFunc(idx, func(a, b int) int {
		if firstErr != nil {
			return 0
		}
		lt, err := Less(t, keys[a], keys[b])
		if err != nil {
			firstErr = err
			return 0
		}
		if lt {
			return -1
		}
		return 0
	})
	if firstErr != nil {
		return firstErr
	}
	if reverse {
		slices.Reverse(idx)
	}
	out := make([]Value, len(vals))
	for i, j := range idx {
		out[i] = vals[j]
	}
	copy(vals, out)
	return nil
}

func listNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "list() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	var sub *Class
	if cls != ListClass && cls != nil {
		sub = cls
		if hasUserInit(cls) {
			return &List{elems: []Value{}, cls: sub}, nil
		}
	}
	if len(args) == 0 {
		return &List{elems: []Value{}, cls: sub}, nil
	}
	elems, err := ToSlice(t, args[0])
	if err != nil {
		return nil, err
	}
	if l, ok := args[0].(*List); ok {
		elems = slices.Clone(l.elems)
	}
	if tp, ok := args[0].(Tuple); ok {
		elems = slices.Clone([]Value(tp))
	}
	if elems == nil {
		elems = []Value{}
	}
	return &List{elems: elems, cls: sub}, nil
}

// seqIndex implements list.index / tuple.index.
func seqIndex(t *Thread, name string, elems []Value, args Tuple, kwargs []Kwarg) (Value, error) {
	var v Value
	var start, stop Value = None, None
	if err := UnpackArgs("index", args, kwargs, "value", &v, "start?", &start, "stop?", &stop); err != nil {
		return nil, err
	}
	sl := &SliceValue{Start: start, Stop: stop, Step: None}
	lo, hi, _, err := sl.indices(t, len(elems))
	if err != nil {
		return nil, err
	}
	for i := lo; i < hi && i < len(elems); i++ {
		if identical(elems[i], v) {
			return Int(i), nil
		}
		eq, err := Equal(t, elems[i], v)
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if name == "list" {
		r, err := Repr(t, v)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "%s is not in list", r)
	}
	return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

func seqCount(t *Thread, elems []Value, args Tuple, kwargs []Kwarg) (Value, error) {
	var v Value
	if err := UnpackArgs("count", args, kwargs, "value", &v); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range elems {
		if identical(e, v) {
			n++
			continue
		}
		eq, err := Equal(t, e, v)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func init() {
	ListClass.New = listNew
	addMethod(ListClass, "__init__", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "list() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "list expected at most 1 argument, got %d", len(args))
		}
		var elems []Value
		if len(args) == 1 {
			var err error
			if elems, err = ToSlice(t, args[0]); err != nil {
				return nil, err
			}
		}
		l.elems = append(l.elems[:0:0], elems...)
		return None, nil
	})
	addMethod(ListClass, "append", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("list.append", args, kwargs, "object", &v); err != nil {
			return nil, err
		}
		if len(l.elems) >= maxContainerLen {
			return nil, errMemory("too many elements")
		}
		l.elems = append(l.elems, v)
		return None, nil
	})
	addMethod(ListClass, "extend", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("extend", args, kwargs, "iterable", &v); err != nil {
			return nil, err
		}
		elems, err := ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		if len(l.elems)+len(elems) > maxContainerLen {
			return nil, errMemory("too many elements")
		}
		l.elems = append(l.elems, elems...)
		return None, nil
	})
	addMethod(ListClass, "insert", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		var i int64
		var v Value
		if err := UnpackArgs("insert", args, kwargs, "index", &i, "object", &v); err != nil {
			return nil, err
		}
		n := int64(len(l.elems))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.elems = slices.Insert(l.elems, int(i), v)
		return None, nil
	})
	addMethod(ListClass, "pop", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		i := int64(-1)
		if err := UnpackArgs("pop", args, kwargs, "index?", &i); err != nil {
			return nil, err
		}
		n := int64(len(l.elems))
		if n == 0 {
			return nil, Errorf(IndexError, "pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "pop index out of range")
		}
		v := l.elems[i]
		l.elems = slices.Delete(l.elems, int(i), int(i)+1)
		return v, nil
	})
	addMethod(ListClass, "remove", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("remove", args, kwargs, "value", &v); err != nil {
			return nil, err
		}
		for i, e := range l.elems {
			eq := identical(e, v)
			if !eq {
				var err error
				eq, err = Equal(t, e, v)
				if err != nil {
					return nil, err
				}
			}
			if eq {
				l.elems = slices.Delete(l.elems, i, i+1)
				return None, nil
			}
		}
		return nil, Errorf(ValueError, "list.remove(x): x not in list")
	})
	addMethod(ListClass, "index", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		return seqIndex(t, "list", l.elems, args, kwargs)
	})
	addMethod(ListClass, "count", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		return seqCount(t, l.elems, args, kwargs)
	})
	addMethod(ListClass, "sort", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "sort() takes no positional arguments")
		}
		var key Value = None
		reverse := false
		if err := UnpackArgs("sort", nil, kwargs, "*key?", &key, "*reverse?", &reverse); err != nil {
			return nil, err
		}
		elems := l.elems
		if err := sortValues(t, elems, key, reverse); err != nil {
			return nil, err
		}
		return None, nil
	})
	addMethod(ListClass, "reverse", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("reverse", args, kwargs); err != nil {
			return nil, err
		}
		slices.Reverse(l.elems)
		return None, nil
	})
	addMethod(ListClass, "copy", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("copy", args, kwargs); err != nil {
			return nil, err
		}
		return NewList(slices.Clone(l.elems)), nil
	})
	addMethod(ListClass, "clear", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("clear", args, kwargs); err != nil {
			return nil, err
		}
		l.elems = []Value{}
		return None, nil
	})
	addMethod(ListClass, "__getitem__", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		if err := UnpackArgs("__getitem__", args, kwargs, "index", &k); err != nil {
			return nil, err
		}
		return GetItem(t, l, k)
	})
	addMethod(ListClass, "__len__", func(t *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
		return Int(len(l.elems)), nil
	})

	TupleClass.New = func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "tuple() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "tuple expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if tp, ok := args[0].(Tuple); ok {
			return tp, nil
		}
		elems, err := ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		if l, ok := args[0].(*List); ok {
			elems = slices.Clone(l.elems)
		}
		return Tuple(elems), nil
	}
	addMethod(TupleClass, "index", func(t *Thread, tp Tuple, args Tuple, kwargs []Kwarg) (Value, error) {
		return seqIndex(t, "tuple", tp, args, kwargs)
	})
	addMethod(TupleClass, "count", func(t *Thread, tp Tuple, args Tuple, kwargs []Kwarg) (Value, error) {
		return seqCount(t, tp, args, kwargs)
	})
	addMethod(TupleClass, "__getitem__", func(t *Thread, tp Tuple, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		if err := UnpackArgs("__getitem__", args, kwargs, "index", &k); err != nil {
			return nil, err
		}
		return GetItem(t, tp, k)
	})
	addMethod(TupleClass, "__len__", func(t *Thread, tp Tuple, args Tuple, kwargs []Kwarg) (Value, error) {
		return Int(len(tp)), nil
	})
}
