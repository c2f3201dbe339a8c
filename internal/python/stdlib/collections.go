package stdlib

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// collections: defaultdict, OrderedDict and Counter are dicts (their class
// inherits from dict, and dict's methods are forwarded to the underlying
// *python.Dict); namedtuple creates tuple subclasses.

var defaultDictClass, orderedDictClass, counterClass *python.Class

type dictKind int

const (
	kindDefault dictKind = iota
	kindOrdered
	kindCounter
)

// dictWrapper is a dict subclass instance.
type dictWrapper struct {
	cls     *python.Class
	kind    dictKind
	d       *python.Dict
	factory python.Value
}

func (w *dictWrapper) underlyingDict() *python.Dict { return w.d }

func (w *dictWrapper) Type() *python.Class { return w.cls }

func (w *dictWrapper) GetItem(t *python.Thread, key python.Value) (python.Value, error) {
	v, ok, err := dictGet(t, w.d, key)
	if err != nil || ok {
		return v, err
	}
	switch w.kind {
	case kindCounter:
		return python.Int(0), nil
	case kindDefault:
		if w.factory != nil && w.factory != python.None {
			v, err := t.Call(w.factory, nil, nil)
			if err != nil {
				return nil, err
			}
			if err := python.SetItem(t, w.d, key, v); err != nil {
				return nil, err
			}
			return v, nil
		}
	}
	return python.GetItem(t, w.d, key)
}

func (w *dictWrapper) SetItem(t *python.Thread, key, v python.Value) error {
	return python.SetItem(t, w.d, key, v)
}

func (w *dictWrapper) DelItem(t *python.Thread, key python.Value) error {
	if w.kind == kindCounter {
		if _, ok, err := dictGet(t, w.d, key); err != nil || !ok {
			return err
		}
	}
	return python.DelItem(t, w.d, key)
}

func (w *dictWrapper) Len(t *python.Thread) (int, error) { return python.Len(t, w.d) }

func (w *dictWrapper) Iterate(t *python.Thread) (python.Iterator, error) {
	return python.Iterate(t, w.d)
}

func (w *dictWrapper) Contains(t *python.Thread, x python.Value) (bool, error) {
	r, err := python.Compare(t, syntax.IN, x, w.d)
	if err != nil {
		return false, err
	}
	return python.Truth(t, r)
}

func (w *dictWrapper) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	if o, ok := other.(*dictWrapper); ok {
		other = o.d
	}
	if _, ok := other.(*python.Dict); !ok || (op != syntax.EQEQ && op != syntax.NEQ) {
		return python.NotImplemented, nil
	}
	return python.Compare(t, op, w.d, other)
}

func (w *dictWrapper) Repr(t *python.Thread) (string, error) {
	switch w.kind {
	case kindDefault:
		f := "None"
		if w.factory != nil && w.factory != python.None {
			var err error
			if f, err = python.Repr(t, w.factory); err != nil {
				return "", err
			}
		}
		d, err := python.Repr(t, w.d)
		return "defaultdict(" + f + ", " + d + ")", err
	case kindOrdered:
		keys, values, err := dictItems(t, w.d)
		if err != nil {
			return "", err
		}
		if len(keys) == 0 {
			return "OrderedDict()", nil
		}
		pairs := make([]python.Value, len(keys))
		for i := range keys {
			pairs[i] = python.Tuple{keys[i], values[i]}
		}
		s, err := python.Repr(t, python.NewList(pairs))
		return "OrderedDict(" + s + ")", err
	}
	items, err := w.mostCommon(t)
	if err != nil {
		return "", err
	}
	if len(items) == 0 {
		return "Counter()", nil
	}
	parts := make([]string, len(items))
	for i, it := range items {
		k, err := python.Repr(t, it[0])
		if err != nil {
			return "", err
		}
		v, err := python.Repr(t, it[1])
		if err != nil {
			return "", err
		}
		parts[i] = k + ": " + v
	}
	return "Counter({" + strings.Join(parts, ", ") + "})", nil
}

// mostCommon returns the counter's items by decreasing count, ties in
// insertion order.
func (w *dictWrapper) mostCommon(t *python.Thread) ([]python.Tuple, error) {
	keys, values, err := dictItems(t, w.d)
	if err != nil {
		return nil, err
	}
	items := make([]python.Tuple, len(keys))
	for i := range keys {
		items[i] = python.Tuple{keys[i], values[i]}
	}
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		less, err := python.Less(t, items[j][1], items[i][1])
		if err != nil && sortErr == nil {
			sortErr = err
		}
		return less
	})
	return items, sortErr
}

func (w *dictWrapper) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	o, ok := other.(*dictWrapper)
	if w.kind != kindCounter || !ok || o.kind != kindCounter || reflected {
		return python.NotImplemented, nil
	}
	if op != syntax.PLUS && op != syntax.MINUS {
		return python.NotImplemented, nil
	}
	result := &dictWrapper{cls: counterClass, kind: kindCounter, d: python.NewDict()}
	add := func(src *dictWrapper, sign python.Value) error {
		keys, values, err := dictItems(t, src.d)
		if err != nil {
			return err
		}
		for i, k := range keys {
			cur, err := result.GetItem(t, k)
			if err != nil {
				return err
			}
			v, err := python.Binary(t, syntax.STAR, values[i], sign)
			if err != nil {
				return err
			}
			if v, err = python.Binary(t, syntax.PLUS, cur, v); err != nil {
				return err
			}
			if err := result.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	if err := add(w, python.Int(1)); err != nil {
		return nil, err
	}
	sign := python.Int(1)
	if op == syntax.MINUS {
		sign = -1
	}
	if err := add(o, sign); err != nil {
		return nil, err
	}
	// Only positive counts survive + and -.
	final := &dictWrapper{cls: counterClass, kind: kindCounter, d: python.NewDict()}
	keys, values, err := dictItems(t, result.d)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		pos, err := python.Compare(t, syntax.GT, values[i], python.Int(0))
		if err != nil {
			return nil, err
		}
		if b, _ := pos.(python.Bool); b {
			if err := final.SetItem(t, k, values[i]); err != nil {
				return nil, err
			}
		}
	}
	return final, nil
}

// counterUpdate adds counts from an iterable or mapping.
func (w *dictWrapper) counterUpdate(t *python.Thread, src python.Value, sign int64) error {
	if src == nil || src == python.None {
		return nil
	}
	var mapping *python.Dict
	switch m := src.(type) {
	case *python.Dict:
		mapping = m
	case *dictWrapper:
		mapping = m.d
	}
	if mapping != nil {
		keys, values, err := dictItems(t, mapping)
		if err != nil {
			return err
		}
		for i, k := range keys {
			cur, err := w.GetItem(t, k)
			if err != nil {
				return err
			}
			v := values[i]
			if sign < 0 {
				if v, err = python.Unary(t, syntax.MINUS, v); err != nil {
					return err
				}
			}
			if v, err = python.Binary(t, syntax.PLUS, cur, v); err != nil {
				return err
			}
			if err := w.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := toSlice(t, src)
	if err != nil {
		return err
	}
	for _, k := range items {
		cur, err := w.GetItem(t, k)
		if err != nil {
			return err
		}
		v, err := python.Binary(t, syntax.PLUS, cur, python.Int(sign))
		if err != nil {
			return err
		}
		if err := w.SetItem(t, k, v); err != nil {
			return err
		}
	}
	return nil
}

func wrapperRecv(args python.Tuple) (*dictWrapper, python.Tuple, error) {
	if len(args) > 0 {
		if w, ok := args[0].(*dictWrapper); ok {
			return w, args[1:], nil
		}
	}
	return nil, nil, errorf(python.TypeError, "descriptor requires a dict subclass object")
}

// forwardMethods copies the methods of base into ms, each calling base's
// method on the wrapped value's underlying Go value.
func forwardMethods(base *python.Class, unwrap func(python.Value) (python.Value, bool)) members {
	var ms members
	if base == nil || base.Dict == nil {
		return ms
	}
	base.Dict.Each(func(name string, v python.Value) bool {
		b, ok := v.(*python.Builtin)
		if !ok || name == "__new__" || name == "__init__" || name == "fromkeys" {
			return true
		}
		ms = append(ms, method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) > 0 {
				if inner, ok := unwrap(args[0]); ok {
					args = append(python.Tuple{inner}, args[1:]...)
				}
			}
			return b.Fn(t, args, kwargs)
		}))
		return true
	})
	return ms
}

func override(ms members, extra ...member) members {
	out := append(members(nil), ms...)
	for _, e := range extra {
		replaced := false
		for i := range out {
			if out[i].name == e.name {
				out[i] = e
				replaced = true
			}
		}
		if !replaced {
			out = append(out, e)
		}
	}
	return out
}

func unwrapDict(v python.Value) (python.Value, bool) {
	if w, ok := v.(*dictWrapper); ok {
		return w.d, true
	}
	return nil, false
}

func unwrapTuple(v python.Value) (python.Value, bool) {
	if n, ok := v.(*namedTuple); ok {
		return n.items, true
	}
	return nil, false
}

// fillDict initialises a wrapper from dict-constructor arguments.
func fillDict(t *python.Thread, w *dictWrapper, args python.Tuple, kwargs []python.Kwarg) error {
	d, err := t.Call(python.DictClass, args, kwargs)
	if err != nil {
		return err
	}
	dd, ok := d.(*python.Dict)
	if !ok {
		return errorf(python.TypeError, "dict() did not return a dict")
	}
	w.d = dd
	return nil
}

func init() {
	dictBase := []*python.Class{python.DictClass}
	if python.DictClass == nil {
		dictBase = nil
	}
	fwd := forwardMethods(python.DictClass, unwrapDict)

	defaultDictClass = newClass("defaultdict", "collections", dictBase, override(fwd,
		method("copy", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, _, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			c := &dictWrapper{cls: w.cls, kind: w.kind, factory: w.factory}
			return c, fillDict(t, c, python.Tuple{w.d}, nil)
		}),
	))
	defaultDictClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		w := &dictWrapper{cls: cls, kind: kindDefault, factory: python.None}
		if len(args) > 0 {
			f := args[0]
			if f != python.None {
				if _, ok := f.(python.Callable); !ok {
					if _, ok := f.(*python.Class); !ok {
						return nil, errorf(python.TypeError, "first argument must be callable or None")
					}
				}
			}
			w.factory = f
			args = args[1:]
		}
		return w, fillDict(t, w, args, kwargs)
	})

	orderedDictClass = newClass("OrderedDict", "collections", dictBase, override(fwd,
		method("move_to_end", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, rest, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			var key python.Value
			last := true
			if err := python.UnpackArgs("move_to_end", rest, kwargs, "key", &key, "last?", &last); err != nil {
				return nil, err
			}
			v, err := python.GetItem(t, w.d, key)
			if err != nil {
				return nil, err
			}
			if err := python.DelItem(t, w.d, key); err != nil {
				return nil, err
			}
			if last {
				return python.None, python.SetItem(t, w.d, key, v)
			}
			keys, values, err := dictItems(t, w.d)
			if err != nil {
				return nil, err
			}
			nd := python.NewDict()
			if err := python.SetItem(t, nd, key, v); err != nil {
				return nil, err
			}
			for i, k := range keys {
				if err := python.SetItem(t, nd, k, values[i]); err != nil {
					return nil, err
				}
			}
			w.d = nd
			return python.None, nil
		}),
	))
	orderedDictClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		w := &dictWrapper{cls: cls, kind: kindOrdered}
		return w, fillDict(t, w, args, kwargs)
	})

	counterUpdateMethod := func(name string, sign int64) member {
		return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, rest, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			if len(rest) > 1 {
				return nil, errorf(python.TypeError, "expected at most 1 argument, got %d", len(rest))
			}
			if len(rest) == 1 {
				if err := w.counterUpdate(t, rest[0], sign); err != nil {
					return nil, err
				}
			}
			if len(kwargs) > 0 {
				keys := make([]string, len(kwargs))
				vals := make([]python.Value, len(kwargs))
				for i, kw := range kwargs {
					keys[i], vals[i] = kw.Name, kw.Value
				}
				d, err := newStrDict(t, keys, vals)
				if err != nil {
					return nil, err
				}
				if err := w.counterUpdate(t, d, sign); err != nil {
					return nil, err
				}
			}
			return python.None, nil
		})
	}
	counterClass = newClass("Counter", "collections", dictBase, override(fwd,
		counterUpdateMethod("update", 1),
		counterUpdateMethod("subtract", -1),
		method("most_common", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, rest, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			var n python.Value = python.None
			if err := python.UnpackArgs("most_common", rest, kwargs, "n?", &n); err != nil {
				return nil, err
			}
			items, err := w.mostCommon(t)
			if err != nil {
				return nil, err
			}
			if k, ok := toInt(n); ok {
				if k < 0 {
					k = 0
				}
				if int(k) < len(items) {
					items = items[:k]
				}
			}
			out := make([]python.Value, len(items))
			for i, it := range items {
				out[i] = it
			}
			return python.NewList(out), nil
		}),
		method("elements", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, _, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			keys, values, err := dictItems(t, w.d)
			if err != nil {
				return nil, err
			}
			var out []python.Value
			for i, k := range keys {
				n, _ := toInt(values[i])
				for j := int64(0); j < n; j++ {
					out = append(out, k)
				}
			}
			return python.NewList(out), nil
		}),
		method("total", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, _, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			_, values, err := dictItems(t, w.d)
			if err != nil {
				return nil, err
			}
			var sum python.Value = python.Int(0)
			for _, v := range values {
				if sum, err = python.Binary(t, syntax.PLUS, sum, v); err != nil {
					return nil, err
				}
			}
			return sum, nil
		}),
		method("copy", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			w, _, err := wrapperRecv(args)
			if err != nil {
				return nil, err
			}
			c := &dictWrapper{cls: w.cls, kind: kindCounter}
			return c, fillDict(t, c, python.Tuple{w.d}, nil)
		}),
	))
	counterClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		w := &dictWrapper{cls: cls, kind: kindCounter, d: python.NewDict()}
		if len(args) > 1 {
			return nil, errorf(python.TypeError, "expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := w.counterUpdate(t, args[0], 1); err != nil {
				return nil, err
			}
		}
		for _, kw := range kwargs {
			if err := w.SetItem(t, python.Str(kw.Name), kw.Value); err != nil {
				return nil, err
			}
		}
		return w, nil
	})
	tupleMethods = forwardMethods(python.TupleClass, unwrapTuple)
}

var tupleMethods members

// namedTupleLike is implemented by namedtuple instances.
type namedTupleLike interface {
	tupleItems() []python.Value
}

type ntInfo struct {
	prefix   string // written before the class name in repr
	name     string
	fields   []string
	defaults python.Tuple // for the last len(defaults) fields
}

// namedTuple is an instance of a class made by namedtuple().
type namedTuple struct {
	cls   *python.Class
	info  *ntInfo
	items python.Tuple
}

func (n *namedTuple) tupleItems() []python.Value { return n.items }

func (n *namedTuple) Type() *python.Class { return n.cls }

func (n *namedTuple) Attr(t *python.Thread, name string) (python.Value, error) {
	if i := indexOf(n.info.fields, name); i >= 0 {
		return n.items[i], nil
	}
	return nil, nil
}

func (n *namedTuple) AttrNames() []string { return n.info.fields }

func (n *namedTuple) SetAttr(t *python.Thread, name string, v python.Value) error {
	if indexOf(n.info.fields, name) >= 0 {
		return errorf(python.AttributeError, "can't set attribute")
	}
	return errorf(python.AttributeError, "'%s' object has no attribute '%s'", n.cls.Name, name)
}

func (n *namedTuple) GetItem(t *python.Thread, key python.Value) (python.Value, error) {
	return python.GetItem(t, n.items, key)
}

func (n *namedTuple) Len(t *python.Thread) (int, error) { return len(n.items), nil }

func (n *namedTuple) Iterate(t *python.Thread) (python.Iterator, error) {
	return python.Iterate(t, n.items)
}

func (n *namedTuple) Contains(t *python.Thread, x python.Value) (bool, error) {
	for _, it := range n.items {
		eq, err := python.Equal(t, it, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (n *namedTuple) Hash(t *python.Thread) (uint64, error) { return python.Hash(t, n.items) }

func (n *namedTuple) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	switch o := other.(type) {
	case *namedTuple:
		return python.Compare(t, op, n.items, o.items)
	case python.Tuple:
		return python.Compare(t, op, n.items, o)
	}
	return python.NotImplemented, nil
}

func (n *namedTuple) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if o, ok := other.(*namedTuple); ok {
		other = o.items
	}
	if reflected {
		return python.Binary(t, op, other, n.items)
	}
	return python.Binary(t, op, n.items, other)
}

func (n *namedTuple) Repr(t *python.Thread) (string, error) {
	parts := make([]string, len(n.items))
	for i, v := range n.items {
		r, err := python.Repr(t, v)
		if err != nil {
			return "", err
		}
		parts[i] = n.info.fields[i] + "=" + r
	}
	return n.info.prefix + n.cls.Name + "(" + strings.Join(parts, ", ") + ")", nil
}

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

var fieldSplitRE = regexp.MustCompile(`[,\s]+`)

func (info *ntInfo) bind(args python.Tuple, kwargs []python.Kwarg) (python.Tuple, error) {
	nf := len(info.fields)
	if len(args) > nf {
		return nil, errorf(python.TypeError, "%s.__new__() takes %d positional arguments but %d were given", info.name, nf+1, len(args)+1)
	}
	items := make(python.Tuple, nf)
	copy(items, args)
	for _, kw := range kwargs {
		i := indexOf(info.fields, kw.Name)
		if i < 0 {
			return nil, errorf(python.TypeError, "%s.__new__() got an unexpected keyword argument '%s'", info.name, kw.Name)
		}
		if items[i] != nil {
			return nil, errorf(python.TypeError, "%s.__new__() got multiple values for argument '%s'", info.name, kw.Name)
		}
		items[i] = kw.Value
	}
	firstDefault := nf - len(info.defaults)
	var missing []string
	for i := range items {
		if items[i] == nil {
			if i >= firstDefault {
				items[i] = info.defaults[i-firstDefault]
			} else {
				missing = append(missing, "'"+info.fields[i]+"'")
			}
		}
	}
	if len(missing) > 0 {
		plural := ""
		if len(missing) > 1 {
			plural = "s"
		}
		list := missing[0]
		if len(missing) > 1 {
			list = strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
		}
		return nil, errorf(python.TypeError, "%s.__new__() missing %d required positional argument%s: %s", info.name, len(missing), plural, list)
	}
	return items, nil
}

func makeNamedTuple(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var typename string
	var fieldsV, rename, defaults, module python.Value = nil, python.False, python.None, python.None
	if err := python.UnpackArgs("namedtuple", args, kwargs, "typename", &typename, "field_names", &fieldsV,
		"*rename?", &rename, "*defaults?", &defaults, "*module?", &module); err != nil {
		return nil, err
	}
	var fields []string
	if s, ok := fieldsV.(python.Str); ok {
		for _, f := range fieldSplitRE.Split(strings.TrimSpace(string(s)), -1) {
			if f != "" {
				fields = append(fields, f)
			}
		}
	} else {
		var err error
		if fields, err = strList(t, fieldsV); err != nil {
			return nil, err
		}
	}
	seen := map[string]bool{}
	for _, name := range append([]string{typename}, fields...) {
		if !isIdentifier(name) {
			return nil, errorf(python.ValueError, "Type names and field names must be valid identifiers: %s", pyQuote(name))
		}
		if pyKeywords[name] {
			return nil, errorf(python.ValueError, "Type names and field names cannot be a keyword: %s", pyQuote(name))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") {
			return nil, errorf(python.ValueError, "Field names cannot start with an underscore: %s", pyQuote(f))
		}
		if seen[f] {
			return nil, errorf(python.ValueError, "Encountered duplicate field name: %s", pyQuote(f))
		}
		seen[f] = true
	}
	info := &ntInfo{name: typename, fields: fields}
	if defaults != python.None {
		d, err := toSlice(t, defaults)
		if err != nil {
			return nil, err
		}
		if len(d) > len(fields) {
			return nil, errorf(python.TypeError, "Got more default values than field names")
		}
		info.defaults = d
	}
	fieldTuple := make(python.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = python.Str(f)
	}
	defKeys := fields[len(fields)-len(info.defaults):]
	fieldDefaults, err := newStrDict(t, defKeys, info.defaults)
	if err != nil {
		return nil, err
	}
	modName := "__main__"
	if s, ok := module.(python.Str); ok {
		modName = string(s)
	}
	var cls *python.Class
	ms := override(tupleMethods,
		member{"_fields", fieldTuple},
		member{"_field_defaults", fieldDefaults},
		method("_asdict", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			n, ok := recvNamedTuple(args)
			if !ok {
				return nil, errorf(python.TypeError, "_asdict() needs a %s instance", typename)
			}
			return newStrDict(t, n.info.fields, n.items)
		}),
		method("_replace", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			n, ok := recvNamedTuple(args)
			if !ok || len(args) > 1 {
				return nil, errorf(python.TypeError, "_replace() takes 1 positional argument but %d were given", len(args))
			}
			items := append(python.Tuple(nil), n.items...)
			var unknown []string
			for _, kw := range kwargs {
				i := indexOf(n.info.fields, kw.Name)
				if i < 0 {
					unknown = append(unknown, pyQuote(kw.Name))
					continue
				}
				items[i] = kw.Value
			}
			if len(unknown) > 0 {
				return nil, errorf(python.ValueError, "Got unexpected field names: [%s]", strings.Join(unknown, ", "))
			}
			return &namedTuple{cls: n.cls, info: n.info, items: items}, nil
		}),
		method("_make", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "_make() takes 1 positional argument but %d were given", len(args))
			}
			items, err := toSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			if len(items) != len(info.fields) {
				return nil, errorf(python.TypeError, "Expected %d arguments, got %d", len(info.fields), len(items))
			}
			return &namedTuple{cls: cls, info: info, items: items}, nil
		}),
	)
	var bases []*python.Class
	if python.TupleClass != nil {
		bases = []*python.Class{python.TupleClass}
	}
	cls = newClass(typename, modName, bases, ms)
	cls.New = safeNew(func(t *python.Thread, c *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		items, err := info.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		return &namedTuple{cls: c, info: info, items: items}, nil
	})
	return cls, nil
}

// newHostNamedTuple returns a namedtuple class for Go code, whose repr
// is prefixed with module + ".".
func newHostNamedTuple(module, name string, fields ...string) (*python.Class, func(items ...python.Value) python.Value) {
	info := &ntInfo{prefix: module + ".", name: name, fields: fields}
	var bases []*python.Class
	if python.TupleClass != nil {
		bases = []*python.Class{python.TupleClass}
	}
	fieldTuple := make(python.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = python.Str(f)
	}
	cls := newClass(name, module, bases, override(forwardMethods(python.TupleClass, unwrapTuple), member{"_fields", fieldTuple}))
	return cls, func(items ...python.Value) python.Value {
		return &namedTuple{cls: cls, info: info, items: items}
	}
}

func recvNamedTuple(args python.Tuple) (*namedTuple, bool) {
	if len(args) == 0 {
		return nil, false
	}
	n, ok := args[0].(*namedTuple)
	return n, ok
}

func loadCollections(t *python.Thread) (*python.Module, error) {
	return newModule("collections", members{
		{"defaultdict", defaultDictClass},
		{"OrderedDict", orderedDictClass},
		{"Counter", counterClass},
		method("namedtuple", makeNamedTuple),
	}), nil
}

var _ = fmt.Sprint
