package python

import "sync/atomic"

// hashtable is an insertion-ordered hash table keyed by Python hash and
// equality, shared by Dict and Set. Deleted entries leave tombstones that
// are compacted when they outnumber live entries.
type hashtable struct {
	entries []htEntry
	index   map[uint64][]int32
	live    int
	version uint64 // changes on every insertion or removal
}

// htVersions makes hashtable versions unique across tables, so a cached
// view of one table never matches another.
var htVersions atomic.Uint64

type htEntry struct {
	key, value Value
	hash       uint64
	deleted    bool
}

// find returns the position of key, or -1.
func (h *hashtable) find(t *Thread, key Value, hash uint64) (int, error) {
	for _, i := range h.index[hash] {
		e := &h.entries[i]
		if identical(e.key, key) {
			return int(i), nil
		}
	}
	for _, i := range h.index[hash] {
		e := &h.entries[i]
		eq, err := Equal(t, e.key, key)
		if err != nil {
			return -1, err
		}
		if eq {
			return int(i), nil
		}
	}
	return -1, nil
}

func (h *hashtable) lookup(t *Thread, key Value) (int, uint64, error) {
	hash, err := Hash(t, key)
	if err != nil {
		return -1, 0, err
	}
	if h.live == 0 {
		return -1, hash, nil
	}
	i, err := h.find(t, key, hash)
	return i, hash, err
}

// set inserts or replaces key.
func (h *hashtable) set(t *Thread, key, value Value) error {
	i, hash, err := h.lookup(t, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		h.entries[i].value = value
		return nil
	}
	if h.live >= maxContainerLen {
		return errMemory("too many elements")
	}
	h.insertNew(key, value, hash)
	return nil
}

func (h *hashtable) insertNew(key, value Value, hash uint64) {
	if h.index == nil {
		h.index = make(map[uint64][]int32)
	}
	h.index[hash] = append(h.index[hash], int32(len(h.entries)))
	h.entries = append(h.entries, htEntry{key: key, value: value, hash: hash})
	h.live++
	h.version = htVersions.Add(1)
}

// remove deletes the entry at position i.
func (h *hashtable) remove(i int) {
	e := &h.entries[i]
	bucket := h.index[e.hash]
	for j, k := range bucket {
		if int(k) == i {
			bucket = append(bucket[:j], bucket[j+1:]...)
			break
		}
	}
	if len(bucket) == 0 {
		delete(h.index, e.hash)
	} else {
		h.index[e.hash] = bucket
	}
	e.deleted = true
	e.key, e.value = nil, nil
	h.live--
	h.version = htVersions.Add(1)
	if h.live == 0 {
		h.entries = h.entries[:0]
		return
	}
	if len(h.entries) > 16 && len(h.entries)-h.live > h.live {
		h.compact()
	}
}

func (h *hashtable) compact() {
	out := make([]htEntry, 0, h.live)
	h.index = make(map[uint64][]int32, h.live)
	for _, e := range h.entries {
		if !e.deleted {
			h.index[e.hash] = append(h.index[e.hash], int32(len(out)))
			out = append(out, e)
		}
	}
	h.entries = out
}

func (h *hashtable) clear() {
	h.entries = nil
	h.index = nil
	h.live = 0
	h.version = htVersions.Add(1)
}

func (h *hashtable) clone() hashtable {
	c := hashtable{live: h.live, version: htVersions.Add(1)}
	c.entries = make([]htEntry, 0, h.live)
	c.index = make(map[uint64][]int32, h.live)
	for _, e := range h.entries {
		if !e.deleted {
			c.index[e.hash] = append(c.index[e.hash], int32(len(c.entries)))
			c.entries = append(c.entries, e)
		}
	}
	return c
}

// Dict is a Python dict: an insertion-ordered hash map.
type Dict struct {
	ht hashtable

	// For instances of user subclasses of dict: the class and the
	// instance attributes.
	cls   *Class
	attrs *Namespace
}

// NewDict returns an empty insertion-ordered dict.
func NewDict() *Dict { return &Dict{} }

func (d *Dict) Type() *Class {
	if d.cls != nil {
		return d.cls
	}
	return DictClass
}

// Attr returns an instance attribute of a dict subclass instance.
func (d *Dict) Attr(t *Thread, name string) (Value, error) {
	if v, ok := d.attrs.Get(name); ok {
		return v, nil
	}
	return nil, nil
}

// AttrNames lists the instance attributes.
func (d *Dict) AttrNames() []string { return d.attrs.Names() }

// SetAttr sets an attribute on an instance of a dict subclass.
func (d *Dict) SetAttr(t *Thread, name string, v Value) error {
	if d.cls == nil {
		return Errorf(AttributeError, "'dict' object has no attribute '%s'", name)
	}
	namespaceOf(&d.attrs).Set(name, v)
	return nil
}

// Len returns the number of entries.
func (d *Dict) Len() int { return d.ht.live }

// Get returns d[k] and whether k is present.
func (d *Dict) Get(t *Thread, k Value) (Value, bool, error) {
	if d.ht.live == 0 {
		if _, err := Hash(t, k); err != nil {
			return nil, false, err
		}
		return nil, false, nil
	}
	i, _, err := d.ht.lookup(t, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.ht.entries[i].value, true, nil
}

// GetStr returns d[name] for a string key.
func (d *Dict) GetStr(name string) (Value, bool) {
	v, ok, _ := d.Get(nil, Str(name))
	return v, ok
}

// SetItem sets d[k] = v.
func (d *Dict) SetItem(t *Thread, k, v Value) error { return d.ht.set(t, k, v) }

// SetStr sets d[name] = v for a string key.
func (d *Dict) SetStr(name string, v Value) {
	s := Str(name)
	h := strHash(name)
	for _, i := range d.ht.index[h] {
		if e := &d.ht.entries[i]; e.key == Value(s) {
			e.value = v
			return
		}
	}
	d.ht.insertNew(s, v, h)
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(t *Thread, k Value) (bool, error) {
	i, _, err := d.ht.lookup(t, k)
	if err != nil || i < 0 {
		return false, err
	}
	d.ht.remove(i)
	return true, nil
}

// Clear removes every entry.
func (d *Dict) Clear() { d.ht.clear() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict { return &Dict{ht: d.ht.clone()} }

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value { return liveEntries(&d.ht, func(e *htEntry) Value { return e.key }) }

// Values returns the values in insertion order.
func (d *Dict) Values() []Value { return liveEntries(&d.ht, func(e *htEntry) Value { return e.value }) }

// Items returns the (key, value) pairs in insertion order.
func (d *Dict) Items() []Tuple {
	return liveEntries(&d.ht, func(e *htEntry) Tuple { return Tuple{e.key, e.value} })
}

// liveEntries returns f of each entry of h that is not deleted, in
// insertion order.
func liveEntries[T any](h *hashtable, f func(e *htEntry) T) []T {
	out := make([]T, 0, h.live)
	for i := range h.entries {
		if e := &h.entries[i]; !e.deleted {
			out = append(out, f(e))
		}
	}
	return out
}

// Each calls fn for each entry in order, stopping if fn returns false.
func (d *Dict) Each(fn func(k, v Value) bool) {
	for i := 0; i < len(d.ht.entries); i++ {
		e := d.ht.entries[i]
		if !e.deleted && !fn(e.key, e.value) {
			return
		}
	}
}

// dictIterator iterates keys, values or items of a dict, detecting size
// changes.
type dictIterator struct {
	d    *Dict
	i    int
	kind int
	size int
}

const (
	viewKeys = iota
	viewValues
	viewItems
)

func (it *dictIterator) Next(t *Thread) (Value, bool, error) {
	if it.d.ht.live != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.ht.entries) {
		e := &it.d.ht.entries[it.i]
		it.i++
		if e.deleted {
			continue
		}
		switch it.kind {
		case viewKeys:
			return e.key, true, nil
		case viewValues:
			return e.value, true, nil
		default:
			return Tuple{e.key, e.value}, true, nil
		}
	}
	return nil, false, nil
}

func (d *Dict) iterate(kind int) Iterator {
	return &dictIterator{d: d, kind: kind, size: d.ht.live}
}

// dictEqual compares two dicts.
func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	for _, e := range a.ht.entries {
		if e.deleted {
			continue
		}
		v, ok, err := b.Get(t, e.key)
		if err != nil || !ok {
			return false, err
		}
		if identical(v, e.value) {
			continue
		}
		eq, err := Equal(t, e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// update implements dict.update(other): a mapping (dict, or anything with
// keys()) or an iterable of pairs.
func (d *Dict) update(t *Thread, other Value) error {
	switch o := other.(type) {
	case *Dict:
		for _, e := range o.ht.entries {
			if !e.deleted {
				if err := d.ht.set(t, e.key, e.value); err != nil {
					return err
				}
			}
		}
		return nil
	case Tuple, *List, Str, *Set, *Range:
	default:
		if keys, err := GetAttr(t, other, "keys"); err == nil {
			kv, err := t.Call(keys, nil, nil)
			if err != nil {
				return err
			}
			ks, err := ToSlice(t, kv)
			if err != nil {
				return err
			}
			for _, k := range ks {
				v, err := GetItem(t, other, k)
				if err != nil {
					return err
				}
				if err := d.ht.set(t, k, v); err != nil {
					return err
				}
			}
			return nil
		}
	}
	n := 0
	return forEach(t, other, func(item Value) (bool, error) {
		pair, err := ToSlice(t, item)
		if err != nil {
			return false, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		if len(pair) != 2 {
			return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		if err := d.ht.set(t, pair[0], pair[1]); err != nil {
			return false, err
		}
		if d.ht.live > maxContainerLen {
			return false, errMemory("too many elements")
		}
		n++
		return true, nil
	})
}

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	d    *Dict
	kind int
}

func (v *DictView) Type() *Class {
	switch v.kind {
	case viewKeys:
		return DictKeysClass
	case viewValues:
		return DictValuesClass
	}
	return DictItemsClass
}

// Iterate iterates the view in insertion order.
func (v *DictView) Iterate(t *Thread) (Iterator, error) { return v.d.iterate(v.kind), nil }

func (v *DictView) contains(t *Thread, x Value) (bool, error) {
	switch v.kind {
	case viewKeys:
		_, ok, err := v.d.Get(t, x)
		return ok, err
	case viewItems:
		pair, ok := x.(Tuple)
		if !ok || len(pair) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(t, pair[0])
		if err != nil || !found {
			return false, err
		}
		return Equal(t, val, pair[1])
	}
	return seqContains(t, v.d.Values(), x)
}

// viewAsSet converts a keys/items view and another operand into sets for
// set operators; nil if y is not set-like.
func viewAsSet(t *Thread, v *DictView, y Value) (*Set, *Set, error) {
	switch y.(type) {
	case *Set, *DictView:
	default:
		return nil, nil, nil
	}
	a, err := NewSetFrom(t, v, false)
	if err != nil {
		return nil, nil, err
	}
	b, err := NewSetFrom(t, y, false)
	if err != nil {
		return nil, nil, err
	}
	return a, b, nil
}

func dictNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(args) > 1 {
		return nil, Errorf(TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	d := NewDict()
	if cls != DictClass && cls != nil {
		d.cls = cls
		if hasUserInit(cls) {
			// The subclass's __init__ receives the arguments.
			return d, nil
		}
	}
	if len(args) == 1 {
		if err := d.update(t, args[0]); err != nil {
			return nil, err
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return d, nil
}

// hasUserInit reports whether a subclass of a built-in type defines its
// own __init__ (anything but a built-in method).
func hasUserInit(cls *Class) bool {
	init, ok := cls.Lookup("__init__")
	if !ok {
		return false
	}
	_, builtin := init.(*Builtin)
	return !builtin
}

func init() {
	DictClass.New = dictNew
	DictClass.Dict.Set("fromkeys", &Builtin{Name: "fromkeys", Owner: DictClass, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		// Reached both as dict.fromkeys(...) and, bound, as
		// {}.fromkeys(...): drop a leading class or dict receiver.
		if len(args) > 0 {
			switch args[0].(type) {
			case *Class, *Dict:
				args = args[1:]
			}
		}
		var iterable Value
		var value Value = None
		if err := UnpackArgs("fromkeys", args, kwargs, "iterable", &iterable, "value?", &value); err != nil {
			return nil, err
		}
		keys, err := ToSlice(t, iterable)
		if err != nil {
			return nil, err
		}
		d := NewDict()
		for _, k := range keys {
			if err := d.SetItem(t, k, value); err != nil {
				return nil, err
			}
		}
		return d, nil
	}})
	addMethod(DictClass, "__init__", dictUpdate("dict"))
	addMethod(DictClass, "get", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		var def Value = None
		if len(args) == 0 {
			return nil, Errorf(TypeError, "get expected at least 1 argument, got 0")
		}
		if len(args) > 2 {
			return nil, Errorf(TypeError, "get expected at most 2 arguments, got %d", len(args))
		}
		if err := UnpackArgs("get", args, kwargs, "key", &k, "default?", &def); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(t, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return def, nil
		}
		return v, nil
	})
	addMethod(DictClass, "setdefault", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		var def Value = None
		if err := UnpackArgs("setdefault", args, kwargs, "key", &k, "default?", &def); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(t, k)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		return def, d.SetItem(t, k, def)
	})
	addMethod(DictClass, "pop", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		var k, def Value
		if err := UnpackArgs("pop", args, kwargs, "key", &k, "default?", &def); err != nil {
			return nil, err
		}
		i, _, err := d.ht.lookup(t, k)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if def != nil {
				return def, nil
			}
			return nil, NewKeyError(k)
		}
		v := d.ht.entries[i].value
		d.ht.remove(i)
		return v, nil
	})
	addMethod(DictClass, "popitem", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("popitem", args, kwargs); err != nil {
			return nil, err
		}
		for i := len(d.ht.entries) - 1; i >= 0; i-- {
			if e := d.ht.entries[i]; !e.deleted {
				d.ht.remove(i)
				return Tuple{e.key, e.value}, nil
			}
		}
		return nil, NewKeyError(Str("popitem(): dictionary is empty"))
	})
	addMethod(DictClass, "update", dictUpdate("update"))
	addMethod(DictClass, "keys", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("keys", args, kwargs); err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewKeys}, nil
	})
	addMethod(DictClass, "values", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("values", args, kwargs); err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewValues}, nil
	})
	addMethod(DictClass, "items", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("items", args, kwargs); err != nil {
			return nil, err
		}
		return &DictView{d: d, kind: viewItems}, nil
	})
	addMethod(DictClass, "copy", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("copy", args, kwargs); err != nil {
			return nil, err
		}
		return d.Copy(), nil
	})
	addMethod(DictClass, "clear", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("clear", args, kwargs); err != nil {
			return nil, err
		}
		d.Clear()
		return None, nil
	})
	addMethod(DictClass, "__getitem__", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		if err := UnpackArgs("__getitem__", args, kwargs, "key", &k); err != nil {
			return nil, err
		}
		return GetItem(t, d, k)
	})
	addMethod(DictClass, "__contains__", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		var k Value
		if err := UnpackArgs("__contains__", args, kwargs, "key", &k); err != nil {
			return nil, err
		}
		_, ok, err := d.Get(t, k)
		return Bool(ok), err
	})
	addMethod(DictClass, "__len__", func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		return Int(d.Len()), nil
	})
}

// dictUpdate returns dict.__init__ or dict.update (what names it in the
// error for too many arguments): both update d from an optional mapping
// or iterable of pairs, then from the keyword arguments.
func dictUpdate(what string) func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
	return func(t *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "%s expected at most 1 argument, got %d", what, len(args))
		}
		if len(args) == 1 {
			if err := d.update(t, args[0]); err != nil {
				return nil, err
			}
		}
		for _, kw := range kwargs {
			d.SetStr(kw.Name, kw.Value)
		}
		return None, nil
	}
}
