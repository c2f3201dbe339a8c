package python

import "github.com/opensafely-go/opensafely/internal/python/syntax"

// Set is a Python set or frozenset. Iteration follows insertion order.
type Set struct {
	ht     hashtable
	frozen bool

	// Cached iteration order (see iterOrder), valid while the table's
	// entry count and live count are unchanged.
	order        []int
	orderVersion uint64
}

// NewSet returns an empty set (frozen: frozenset).
func NewSet(frozen bool) *Set { return &Set{frozen: frozen} }

// NewSetFrom returns a set holding the elements of iterable.
func NewSetFrom(t *Thread, iterable Value, frozen bool) (*Set, error) {
	s := NewSet(frozen)
	if o, ok := iterable.(*Set); ok {
		s.ht = o.ht.clone()
		return s, nil
	}
	err := forEach(t, iterable, func(v Value) (bool, error) {
		if err := s.Add(t, v); err != nil {
			return false, err
		}
		if s.ht.live > maxContainerLen {
			return false, errMemory("too many elements")
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetClass
	}
	return SetClass
}

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

// Len returns the number of elements.
func (s *Set) Len() int { return s.ht.live }

// Add adds v.
func (s *Set) Add(t *Thread, v Value) error {
	i, h, err := s.ht.lookup(t, v)
	if err != nil {
		return err
	}
	if i < 0 {
		if s.ht.live >= maxContainerLen {
			return errMemory("too many elements")
		}
		s.ht.insertNew(v, nil, h)
	}
	return nil
}

// Has reports whether v is an element.
func (s *Set) Has(t *Thread, v Value) (bool, error) {
	i, _, err := s.ht.lookup(t, v)
	return i >= 0, err
}

// Discard removes v if present, reporting whether it was.
func (s *Set) Discard(t *Thread, v Value) (bool, error) {
	i, _, err := s.ht.lookup(t, v)
	if err != nil || i < 0 {
		return false, err
	}
	s.ht.remove(i)
	return true, nil
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.ht.live)
	if order := s.iterOrder(); order != nil {
		for _, i := range order {
			out = append(out, s.ht.entries[i].key)
		}
		return out
	}
	for _, e := range s.ht.entries {
		if !e.deleted {
			out = append(out, e.key)
		}
	}
	return out
}

type setIterator struct {
	s     *Set
	i     int
	size  int
	order []int
}

func newSetIterator(s *Set) *setIterator {
	return &setIterator{s: s, size: s.ht.live, order: s.iterOrder()}
}

func (it *setIterator) Next(t *Thread) (Value, bool, error) {
	if it.s.ht.live != it.size {
		return nil, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	if it.order != nil {
		if it.i < len(it.order) {
			v := it.s.ht.entries[it.order[it.i]].key
			it.i++
			return v, true, nil
		}
		return nil, false, nil
	}
	for it.i < len(it.s.ht.entries) {
		e := &it.s.ht.entries[it.i]
		it.i++
		if !e.deleted {
			return e.key, true, nil
		}
	}
	return nil, false, nil
}

func setBinary(t *Thread, op syntax.Token, a, b *Set) (Value, error) {
	// Elements are added in the order CPython's algorithms add them, so
	// that int sets iterate as they do there (see iterOrder).
	out := NewSet(a.frozen)
	add := func(elems []Value, keep func(v Value) (bool, error)) error {
		for _, v := range elems {
			ok, err := keep(v)
			if err != nil {
				return err
			}
			if ok {
				if err := out.Add(t, v); err != nil {
					return err
				}
			}
		}
		return nil
	}
	all := func(Value) (bool, error) { return true, nil }
	var err error
	switch op {
	case opOr:
		if err = add(a.Elems(), all); err == nil {
			err = add(b.Elems(), all)
		}
	case opAnd:
		small, large := b, a
		if b.Len() > a.Len() {
			small, large = a, b
		}
		err = add(small.Elems(), func(v Value) (bool, error) { return large.Has(t, v) })
	case opSub:
		err = add(a.Elems(), func(v Value) (bool, error) {
			in, err := b.Has(t, v)
			return !in, err
		})
	case opXor:
		if err = add(b.Elems(), func(v Value) (bool, error) {
			in, err := a.Has(t, v)
			return !in, err
		}); err == nil {
			err = add(a.Elems(), func(v Value) (bool, error) {
				in, err := b.Has(t, v)
				return !in, err
			})
		}
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// subsetOf reports whether every element of a is in b.
func subsetOf(t *Thread, a, b *Set) (bool, error) {
	if a.Len() > b.Len() {
		return false, nil
	}
	for _, e := range a.ht.entries {
		if e.deleted {
			continue
		}
		ok, err := b.Has(t, e.key)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// setCompare implements == != < <= > >= on sets (subset relations).
func setCompare(t *Thread, a, b *Set, op syntax.Token) (int, bool, error) {
	var res bool
	var err error
	switch op {
	case syntax.EQEQ, syntax.NEQ:
		res = a.Len() == b.Len()
		if res {
			res, err = subsetOf(t, a, b)
		}
		if op == syntax.NEQ {
			res = !res
		}
	case syntax.LE:
		res, err = subsetOf(t, a, b)
	case syntax.LT:
		res = a.Len() < b.Len()
		if res {
			res, err = subsetOf(t, a, b)
		}
	case syntax.GE:
		res, err = subsetOf(t, b, a)
	case syntax.GT:
		res = a.Len() > b.Len()
		if res {
			res, err = subsetOf(t, b, a)
		}
	}
	// Encode the boolean as a comparison result that cmpResult maps back.
	if err != nil {
		return 0, true, err
	}
	return boolAsCmp(op, res), true, nil
}

// boolAsCmp returns a comparison result c with cmpResult(op, c) == res.
func boolAsCmp(op syntax.Token, res bool) int {
	switch op {
	case syntax.EQEQ, syntax.LE, syntax.GE:
		if res {
			return 0
		}
		return cmpNotEqual
	case syntax.NEQ:
		if res {
			return cmpNotEqual
		}
		return 0
	case syntax.LT:
		if res {
			return -1
		}
		return cmpNotEqual
	case syntax.GT:
		if res {
			return 1
		}
		return cmpNotEqual
	}
	return cmpNotEqual
}

func setNew(frozen bool) func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	name := "set"
	if frozen {
		name = "frozenset"
	}
	return func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "%s expected at most 1 argument, got %d", name, len(args))
		}
		if len(args) == 0 {
			return NewSet(frozen), nil
		}
		if s, ok := args[0].(*Set); ok && frozen && s.frozen {
			return s, nil
		}
		return NewSetFrom(t, args[0], frozen)
	}
}

// setArgs converts each argument of a set method to a *Set.
func setArgs(t *Thread, args Tuple) ([]*Set, error) {
	out := make([]*Set, len(args))
	for i, a := range args {
		if s, ok := a.(*Set); ok {
			out[i] = s
			continue
		}
		s, err := NewSetFrom(t, a, false)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func init() {
	SetClass.New = setNew(false)
	FrozenSetClass.New = setNew(true)
	for _, cls := range []*Class{SetClass, FrozenSetClass} {
		cls := cls
		multi := func(name string, op syntax.Token) {
			addMethod(cls, name, func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
				if len(kwargs) > 0 {
					return nil, Errorf(TypeError, "%s.%s() takes no keyword arguments", cls.Name, name)
				}
				others, err := setArgs(t, args)
				if err != nil {
					return nil, err
				}
				var r Value = &Set{ht: s.ht.clone(), frozen: s.frozen}
				for _, o := range others {
					r, err = setBinary(t, op, r.(*Set), o)
					if err != nil {
						return nil, err
					}
				}
				return r, nil
			})
		}
		multi("union", opOr)
		multi("intersection", opAnd)
		multi("difference", opSub)
		addMethod(cls, "symmetric_difference", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
			var o Value
			if err := UnpackArgs("symmetric_difference", args, kwargs, "other", &o); err != nil {
				return nil, err
			}
			others, err := setArgs(t, Tuple{o})
			if err != nil {
				return nil, err
			}
			return setBinary(t, opXor, s, others[0])
		})
		rel := func(name string, fn func(t *Thread, a, b *Set) (bool, error)) {
			addMethod(cls, name, func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
				var o Value
				if err := UnpackArgs(name, args, kwargs, "other", &o); err != nil {
					return nil, err
				}
				others, err := setArgs(t, Tuple{o})
				if err != nil {
					return nil, err
				}
				r, err := fn(t, s, others[0])
				return Bool(r), err
			})
		}
		rel("issubset", subsetOf)
		rel("issuperset", func(t *Thread, a, b *Set) (bool, error) { return subsetOf(t, b, a) })
		rel("isdisjoint", func(t *Thread, a, b *Set) (bool, error) {
			r, err := setBinary(t, opAnd, a, b)
			if err != nil {
				return false, err
			}
			return r.(*Set).Len() == 0, nil
		})
		addMethod(cls, "copy", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := UnpackArgs("copy", args, kwargs); err != nil {
				return nil, err
			}
			if s.frozen {
				return s, nil
			}
			return &Set{ht: s.ht.clone()}, nil
		})
		addMethod(cls, "__contains__", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
			var v Value
			if err := UnpackArgs("__contains__", args, kwargs, "value", &v); err != nil {
				return nil, err
			}
			ok, err := s.Has(t, v)
			return Bool(ok), err
		})
	}
	mut := func(name string, fn func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error)) {
		addMethod(SetClass, name, func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
			if s.frozen {
				return nil, Errorf(AttributeError, "'frozenset' object has no attribute '%s'", name)
			}
			return fn(t, s, args, kwargs)
		})
	}
	mut("add", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("add", args, kwargs, "elem", &v); err != nil {
			return nil, err
		}
		return None, s.Add(t, v)
	})
	mut("discard", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("discard", args, kwargs, "elem", &v); err != nil {
			return nil, err
		}
		_, err := s.Discard(t, v)
		return None, err
	})
	mut("remove", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("remove", args, kwargs, "elem", &v); err != nil {
			return nil, err
		}
		ok, err := s.Discard(t, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewKeyError(v)
		}
		return None, nil
	})
	mut("pop", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("pop", args, kwargs); err != nil {
			return nil, err
		}
		if order := s.iterOrder(); order != nil {
			i := order[0]
			v := s.ht.entries[i].key
			s.ht.remove(i)
			return v, nil
		}
		for i, e := range s.ht.entries {
			if !e.deleted {
				s.ht.remove(i)
				return e.key, nil
			}
		}
		return nil, NewKeyError(Str("pop from an empty set"))
	})
	mut("clear", func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("clear", args, kwargs); err != nil {
			return nil, err
		}
		s.ht.clear()
		return None, nil
	})
	inplace := func(name string, op syntax.Token) {
		mut(name, func(t *Thread, s *Set, args Tuple, kwargs []Kwarg) (Value, error) {
			others, err := setArgs(t, args)
			if err != nil {
				return nil, err
			}
			for _, o := range others {
				r, err := setBinary(t, op, s, o)
				if err != nil {
					return nil, err
				}
				s.ht = r.(*Set).ht
			}
			return None, nil
		})
	}
	inplace("update", opOr)
	inplace("intersection_update", opAnd)
	inplace("difference_update", opSub)
	inplace("symmetric_difference_update", opXor)
}

// CPython iterates a set in the order of its hash table slots. For sets of
// ints that order is deterministic (an int hashes to itself), and programs
// print such sets, so we reproduce it: when every element is an int, the
// iteration order is that of a CPython set built by adding the elements in
// our insertion order. Sets holding other values (whose CPython order
// depends on per-process string hashing) iterate in insertion order.

// iterOrder returns the entries positions in iteration order, or nil for
// plain insertion order.
func (s *Set) iterOrder() []int {
	if s.ht.live < 2 {
		return nil
	}
	if s.orderVersion == s.ht.version && s.orderVersion != 0 {
		return s.order
	}
	s.orderVersion = s.ht.version
	s.order = nil
	hashes := make([]uint64, 0, s.ht.live)
	pos := make([]int, 0, s.ht.live)
	for i, e := range s.ht.entries {
		if e.deleted {
			continue
		}
		switch e.key.(type) {
		case Int, Bool, BigInt:
		default:
			return nil
		}
		hashes = append(hashes, e.hash)
		pos = append(pos, i)
	}
	order := cpythonSetOrder(hashes)
	for i, j := range order {
		order[i] = pos[j]
	}
	s.order = order
	return order
}

// cpythonSetOrder simulates adding elements with the given hashes to an
// empty CPython set and returns their indexes in table order.
func cpythonSetOrder(hashes []uint64) []int {
	const linearProbes = 9
	insert := func(table []int, mask uint64, h uint64, idx int) {
		i := h & mask
		perturb := h
		for {
			if table[i] < 0 {
				table[i] = idx
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if table[i+j] < 0 {
						table[i+j] = idx
						return
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	}
	newTable := func(n int) []int {
		t := make([]int, n)
		for i := range t {
			t[i] = -1
		}
		return t
	}
	table := newTable(8)
	mask := uint64(7)
	fill := 0
	for idx, h := range hashes {
		insert(table, mask, h, idx)
		fill++
		if uint64(fill)*5 >= mask*3 {
			minused := fill * 4
			if fill > 50000 {
				minused = fill * 2
			}
			size := 8
			for size <= minused {
				size <<= 1
			}
			nt := newTable(size)
			nmask := uint64(size - 1)
			for _, e := range table {
				if e >= 0 {
					insert(nt, nmask, hashes[e], e)
				}
			}
			table, mask = nt, nmask
		}
	}
	out := make([]int, 0, len(hashes))
	for _, e := range table {
		if e >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// NewSetDisplay builds the set of a set display {a, b, c}. CPython folds a
// display of three or more constants into a frozenset constant that it
// builds twice (the second time in the first one's iteration order), which
// shows in the iteration order of int sets; allConst reports that every
// element expression was a literal constant.
func NewSetDisplay(t *Thread, elems []Value, allConst bool) (*Set, error) {
	s := NewSet(false)
	for _, e := range elems {
		if err := s.Add(t, e); err != nil {
			return nil, err
		}
	}
	if allConst && len(elems) > 2 {
		if order := s.iterOrder(); order != nil {
			// Re-insert in CPython's order, as its second build does.
			keys := make([]Value, len(order))
			for i, j := range order {
				keys[i] = s.ht.entries[j].key
			}
			s.ht.clear()
			for _, k := range keys {
				if err := s.Add(t, k); err != nil {
					return nil, err
				}
			}
		}
	}
	return s, nil
}
