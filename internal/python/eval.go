package python

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// The evaluator walks the syntax tree directly. Each module is first
// analysed by resolveFile (scope.go), which decides where every name lives;
// execution then uses frames holding a slice of local slots, a pointer to
// the enclosing function frame for free variables, and the module globals.
// Errors are *Exception values returned up the Go call stack; each frame
// they pass through is recorded in the exception's traceback.

// eval evaluates an expression in frame fr.
func (t *Thread) eval(fr *frame, e syntax.Expr) (Value, error) {
	switch e := e.(type) {
	case *syntax.Name:
		return t.loadName(fr, e)
	case *syntax.Constant:
		return constValue(e.Value), nil
	case *syntax.Attribute:
		x, err := t.eval(fr, e.Value)
		if err != nil {
			return nil, err
		}
		v, err := GetAttr(t, x, e.Attr)
		if err != nil {
			fr.line = int(e.AttrPos.Line)
		}
		return v, err
	case *syntax.Call:
		return t.evalCall(fr, e)
	case *syntax.BinOp:
		x, err := t.eval(fr, e.Left)
		if err != nil {
			return nil, err
		}
		y, err := t.eval(fr, e.Right)
		if err != nil {
			return nil, err
		}
		if a, ok := x.(Int); ok {
			if b, ok := y.(Int); ok {
				switch e.Op {
				case syntax.PLUS:
					if c := a + b; (c > a) == (b > 0) {
						return c, nil
					}
				case syntax.MINUS:
					if c := a - b; (c < a) == (b > 0) {
						return c, nil
					}
				}
			}
		}
		v, err := Binary(t, e.Op, x, y)
		if err != nil {
			fr.line = int(e.Pos().Line)
		}
		return v, err
	case *syntax.Compare:
		return t.evalCompare(fr, e)
	case *syntax.BoolOp:
		var v Value
		for i, operand := range e.Values {
			var err error
			v, err = t.eval(fr, operand)
			if err != nil {
				return nil, err
			}
			if i == len(e.Values)-1 {
				break
			}
			b, err := Truth(t, v)
			if err != nil {
				fr.line = int(operand.Pos().Line)
				return nil, err
			}
			if b == (e.Op == syntax.OR) {
				return v, nil
			}
		}
		return v, nil
	case *syntax.UnaryOp:
		x, err := t.eval(fr, e.Operand)
		if err != nil {
			return nil, err
		}
		if e.Op == syntax.NOT {
			b, err := Truth(t, x)
			if err != nil {
				fr.line = int(e.OpPos.Line)
				return nil, err
			}
			return Bool(!b), nil
		}
		v, err := Unary(t, e.Op, x)
		if err != nil {
			fr.line = int(e.OpPos.Line)
		}
		return v, err
	case *syntax.Subscript:
		x, k, err := t.evalSubscript(fr, e)
		if err != nil {
			return nil, err
		}
		v, err := GetItem(t, x, k)
		if err != nil {
			fr.line = int(e.Pos().Line)
		}
		return v, err
	case *syntax.JoinedStr:
		return t.evalJoinedStr(fr, e)
	case *syntax.IfExp:
		b, err := t.evalTruth(fr, e.Test)
		if err != nil {
			return nil, err
		}
		if b {
			return t.eval(fr, e.Body)
		}
		return t.eval(fr, e.OrElse)
	case *syntax.List:
		elems, err := t.evalElems(fr, e.Elts)
		if err != nil {
			return nil, err
		}
		return NewList(elems), nil
	case *syntax.Tuple:
		elems, err := t.evalElems(fr, e.Elts)
		if err != nil {
			return nil, err
		}
		return Tuple(elems), nil
	case *syntax.Set:
		elems, err := t.evalElems(fr, e.Elts)
		if err != nil {
			return nil, err
		}
		s, err := NewSetDisplay(t, elems, allConstExprs(e.Elts))
		if err != nil {
			fr.line = int(e.Pos().Line)
			return nil, err
		}
		return s, nil
	case *syntax.Dict:
		d := NewDict()
		for i, ke := range e.Keys {
			if ke == nil {
				m, err := t.eval(fr, e.Values[i])
				if err != nil {
					return nil, err
				}
				if err := t.mergeMapping(d, m, ""); err != nil {
					return nil, err
				}
				continue
			}
			k, err := t.eval(fr, ke)
			if err != nil {
				return nil, err
			}
			v, err := t.eval(fr, e.Values[i])
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(t, k, v); err != nil {
				fr.line = int(ke.Pos().Line)
				return nil, err
			}
		}
		return d, nil
	case *syntax.ListComp:
		out, err := t.collect(fr, e, e.Generators, e.Elt)
		if err != nil {
			return nil, err
		}
		return NewList(out), nil
	case *syntax.SetComp:
		out, err := t.collect(fr, e, e.Generators, e.Elt)
		if err != nil {
			return nil, err
		}
		return t.Call(SetClass, Tuple{NewList(out)}, nil)
	case *syntax.DictComp:
		d := NewDict()
		err := t.comprehension(fr, e, e.Generators, func(cf *frame) error {
			k, err := t.eval(cf, e.Key)
			if err != nil {
				return err
			}
			v, err := t.eval(cf, e.Value)
			if err != nil {
				return err
			}
			return d.SetItem(t, k, v)
		})
		if err != nil {
			return nil, err
		}
		return d, nil
	case *syntax.GeneratorExp:
		out, err := t.collect(fr, e, e.Generators, e.Elt)
		if err != nil {
			return nil, err
		}
		return &generator{items: out}, nil
	case *syntax.Lambda:
		fc := fr.res.funcs[e]
		return t.makeFunction(fr, e, fc)
	case *syntax.Starred:
		return nil, Errorf(SyntaxError, "can't use starred expression here")
	case *syntax.Slice:
		return t.evalSlice(fr, e)
	case *syntax.FormattedValue:
		s, err := t.formatValue(fr, e)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
	return nil, Errorf(SystemError, "unknown expression %T", e)
}

// allConstExprs reports whether CPython's AST optimizer folds every one of
// elts into a constant: literals, and unary and binary operators and
// tuples built only from them. (CPython gives up on folding results it
// deems too large, such as ints above 128 bits from **, which this
// ignores.)
func allConstExprs(elts []syntax.Expr) bool {
	for _, e := range elts {
		if !isConstExpr(e) {
			return false
		}
	}
	return true
}

func isConstExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant:
		return true
	case *syntax.UnaryOp:
		return isConstExpr(e.Operand)
	case *syntax.BinOp:
		return isConstExpr(e.Left) && isConstExpr(e.Right)
	case *syntax.Tuple:
		return allConstExprs(e.Elts)
	}
	return false
}

// constValue converts a parser constant to a value.
func constValue(c any) Value {
	switch c := c.(type) {
	case int64:
		return Int(c)
	case *big.Int:
		return MakeInt(c)
	case float64:
		return Float(c)
	case string:
		return Str(c)
	case bool:
		return Bool(c)
	case nil:
		return None
	case syntax.EllipsisType:
		return Ellipsis
	}
	return None
}

func (t *Thread) loadName(fr *frame, e *syntax.Name) (Value, error) {
	r := fr.res.names[e]
	return t.loadRef(fr, &r, e)
}

func (t *Thread) loadRef(fr *frame, r *ref, e *syntax.Name) (Value, error) {
	switch r.kind {
	case refLocal:
		if v := fr.locals[r.index]; v != nil {
			return v, nil
		}
		fr.line = int(e.NamePos.Line)
		return nil, Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", e.Id)
	case refFree:
		f := fr
		for i := 0; i < r.depth && f != nil; i++ {
			f = f.env
		}
		if f != nil && r.index < len(f.locals) {
			if v := f.locals[r.index]; v != nil {
				return v, nil
			}
		}
		fr.line = int(e.NamePos.Line)
		return nil, Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", e.Id)
	case refClass:
		if v, ok := fr.classNS.Get(e.Id); ok {
			return v, nil
		}
		return t.loadRef(fr, r.fallback, e)
	}
	if v, ok := fr.globals.Get(e.Id); ok {
		return v, nil
	}
	if v, ok := t.builtinNames().Get(e.Id); ok {
		return v, nil
	}
	if e.Id == "__builtins__" && t.in != nil {
		return t.builtinsModule(), nil
	}
	fr.line = int(e.NamePos.Line)
	return nil, Errorf(NameError, "name '%s' is not defined", e.Id)
}

// storeRef binds a name.
func (t *Thread) storeRef(fr *frame, r *ref, name string, v Value) {
	switch r.kind {
	case refLocal:
		fr.locals[r.index] = v
	case refFree:
		f := fr
		for i := 0; i < r.depth && f != nil; i++ {
			f = f.env
		}
		if f != nil {
			f.locals[r.index] = v
		}
	case refClass:
		fr.classNS.Set(name, v)
	default:
		fr.globals.Set(name, v)
	}
}

// deleteRef unbinds a name.
func (t *Thread) deleteRef(fr *frame, r *ref, name string) error {
	switch r.kind {
	case refLocal:
		if fr.locals[r.index] == nil {
			return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
		}
		fr.locals[r.index] = nil
		return nil
	case refFree:
		f := fr
		for i := 0; i < r.depth && f != nil; i++ {
			f = f.env
		}
		if f == nil || f.locals[r.index] == nil {
			return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		}
		f.locals[r.index] = nil
		return nil
	case refClass:
		if !fr.classNS.Delete(name) {
			return Errorf(NameError, "name '%s' is not defined", name)
		}
		return nil
	}
	if !fr.globals.Delete(name) {
		return Errorf(NameError, "name '%s' is not defined", name)
	}
	return nil
}

func (t *Thread) evalElems(fr *frame, elts []syntax.Expr) ([]Value, error) {
	out := make([]Value, 0, len(elts))
	for _, el := range elts {
		if st, ok := el.(*syntax.Starred); ok {
			v, err := t.eval(fr, st.Value)
			if err != nil {
				return nil, err
			}
			items, err := t.iterate(v, func() string {
				return "Value after * must be an iterable, not " + typeName(v)
			})
			if err != nil {
				fr.line = int(st.StarPos.Line)
				return nil, err
			}
			out = append(out, items...)
			continue
		}
		v, err := t.eval(fr, el)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// evalTruth evaluates e and returns its truth value.
func (t *Thread) evalTruth(fr *frame, e syntax.Expr) (bool, error) {
	v, err := t.eval(fr, e)
	if err != nil {
		return false, err
	}
	return Truth(t, v)
}

// iterate collects the values of an iterable; notIterable builds the
// TypeError message used when v is not iterable (nil: Iterate's own).
func (t *Thread) iterate(v Value, notIterable func() string) ([]Value, error) {
	switch v := v.(type) {
	case Tuple:
		return append([]Value(nil), v...), nil
	case *generator:
		out := v.items[v.i:]
		v.i = len(v.items)
		return append([]Value(nil), out...), nil
	}
	it, err := Iterate(t, v)
	if err != nil {
		if notIterable != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError && len(e.Args) == 1 && strings.HasSuffix(string(argStr(e.Args[0])), "is not iterable") {
				return nil, Errorf(TypeError, "%s", notIterable())
			}
		}
		return nil, err
	}
	var out []Value
	for {
		x, ok, err := nextStep(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// evalSubscript evaluates the container and the index of e.
func (t *Thread) evalSubscript(fr *frame, e *syntax.Subscript) (x, k Value, err error) {
	x, err = t.eval(fr, e.Value)
	if err != nil {
		return nil, nil, err
	}
	k, err = t.evalIndex(fr, e.Index)
	return x, k, err
}

func (t *Thread) evalIndex(fr *frame, e syntax.Expr) (Value, error) {
	switch e := e.(type) {
	case *syntax.Slice:
		return t.evalSlice(fr, e)
	case *syntax.Tuple:
		elems := make(Tuple, len(e.Elts))
		for i, el := range e.Elts {
			v, err := t.evalIndex(fr, el)
			if err != nil {
				return nil, err
			}
			elems[i] = v
		}
		return elems, nil
	}
	return t.eval(fr, e)
}

func (t *Thread) evalSlice(fr *frame, e *syntax.Slice) (Value, error) {
	part := func(x syntax.Expr) (Value, error) {
		if x == nil {
			return None, nil
		}
		return t.eval(fr, x)
	}
	lo, err := part(e.Lower)
	if err != nil {
		return nil, err
	}
	hi, err := part(e.Upper)
	if err != nil {
		return nil, err
	}
	st, err := part(e.Step)
	if err != nil {
		return nil, err
	}
	return &SliceValue{Start: lo, Stop: hi, Step: st}, nil
}

func (t *Thread) evalCompare(fr *frame, e *syntax.Compare) (Value, error) {
	x, err := t.eval(fr, e.Left)
	if err != nil {
		return nil, err
	}
	var r Value
	for i, op := range e.Ops {
		y, err := t.eval(fr, e.Comparators[i])
		if err != nil {
			return nil, err
		}
		r, err = Compare(t, op, x, y)
		if err != nil {
			fr.line = int(e.Pos().Line)
			return nil, err
		}
		if i == len(e.Ops)-1 {
			break
		}
		b, err := Truth(t, r)
		if err != nil {
			fr.line = int(e.Pos().Line)
			return nil, err
		}
		if !b {
			return r, nil
		}
		x = y
	}
	return r, nil
}

func (t *Thread) evalJoinedStr(fr *frame, e *syntax.JoinedStr) (Value, error) {
	if len(e.Values) == 1 {
		if c, ok := e.Values[0].(*syntax.Constant); ok {
			return constValue(c.Value), nil
		}
	}
	var b strings.Builder
	for _, part := range e.Values {
		switch p := part.(type) {
		case *syntax.Constant:
			if s, ok := p.Value.(string); ok {
				b.WriteString(s)
			}
		case *syntax.FormattedValue:
			s, err := t.formatValue(fr, p)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		default:
			v, err := t.eval(fr, part)
			if err != nil {
				return nil, err
			}
			s, err := ToStr(t, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
	}
	return Str(b.String()), nil
}

func (t *Thread) formatValue(fr *frame, p *syntax.FormattedValue) (string, error) {
	v, err := t.eval(fr, p.Value)
	if err != nil {
		return "", err
	}
	spec := ""
	if p.FormatSpec != nil {
		sv, err := t.evalJoinedStr(fr, p.FormatSpec)
		if err != nil {
			return "", err
		}
		spec = string(sv.(Str))
	}
	s, err := FormatValue(t, v, byte(p.Conversion), spec)
	if err != nil {
		fr.line = int(p.ValuePos.Line)
	}
	return s, err
}

// collect evaluates elt for every iteration of a list or set
// comprehension or a generator expression, returning the values in order.
func (t *Thread) collect(fr *frame, node syntax.Expr, gens []*syntax.Comprehension, elt syntax.Expr) ([]Value, error) {
	var out []Value
	err := t.comprehension(fr, node, gens, func(cf *frame) error {
		v, err := t.eval(cf, elt)
		if err != nil {
			return err
		}
		if len(out) >= maxContainerLen {
			return errMemory("too many elements")
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// comprehension runs the generators of a comprehension in a new frame,
// calling emit for each innermost iteration.
func (t *Thread) comprehension(fr *frame, node syntax.Expr, gens []*syntax.Comprehension, emit func(cf *frame) error) error {
	c := fr.res.comps[node]
	first, err := t.eval(fr, gens[0].Iter)
	if err != nil {
		return err
	}
	cf := &frame{
		code:    c,
		res:     fr.res,
		env:     envFor(fr),
		globals: fr.globals,
		module:  fr.module,
		fn:      fr.fn,
		line:    fr.line,
		parent:  fr.parent,
	}
	if c.nlocal <= len(cf.buf) {
		cf.locals = cf.buf[:c.nlocal]
	} else {
		cf.locals = make([]Value, c.nlocal)
	}
	err = t.compLoop(cf, gens, 0, first, emit)
	if err != nil && cf.line != fr.line {
		fr.line = cf.line
	}
	return err
}

func (t *Thread) compLoop(cf *frame, gens []*syntax.Comprehension, i int, iterable Value, emit func(cf *frame) error) error {
	g := gens[i]
	it, err := Iterate(t, iterable)
	if err != nil {
		cf.line = int(g.Iter.Pos().Line)
		return err
	}
outer:
	for {
		if err := t.step(); err != nil {
			return err
		}
		x, ok, err := it.Next(t)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := t.assign(cf, g.Target, x); err != nil {
			return err
		}
		for _, cond := range g.Ifs {
			b, err := t.evalTruth(cf, cond)
			if err != nil {
				return err
			}
			if !b {
				continue outer
			}
		}
		if i+1 < len(gens) {
			next, err := t.eval(cf, gens[i+1].Iter)
			if err != nil {
				return err
			}
			if err := t.compLoop(cf, gens, i+1, next, emit); err != nil {
				return err
			}
			continue
		}
		if err := emit(cf); err != nil {
			return err
		}
	}
}

// evalCall evaluates a call expression.
func (t *Thread) evalCall(fr *frame, e *syntax.Call) (Value, error) {
	var fn Value
	var self Value
	var method Value
	if attr, ok := e.Func.(*syntax.Attribute); ok {
		recv, err := t.eval(fr, attr.Value)
		if err != nil {
			return nil, err
		}
		// Fast path for method calls: avoid allocating a bound method.
		switch r := recv.(type) {
		case *Instance:
			if m, ok := r.class.Lookup(attr.Attr); ok {
				if _, shadow := r.dict.Get(attr.Attr); !shadow {
					if f, ok := m.(*Function); ok {
						self, method = r, f
					}
				}
			}
		case *Module, *Class:
		case HasAttrs:
		default:
			if cls := recv.Type(); cls != nil {
				if m, ok := cls.Lookup(attr.Attr); ok {
					switch m.(type) {
					case *Builtin, *Function:
						self, method = recv, m
					}
				}
			}
		}
		if method == nil {
			fn, err = GetAttr(t, recv, attr.Attr)
			if err != nil {
				fr.line = int(attr.AttrPos.Line)
				return nil, err
			}
		}
	} else {
		var err error
		fn, err = t.eval(fr, e.Func)
		if err != nil {
			return nil, err
		}
	}
	// Arguments. Calls of Python functions take their positional
	// arguments from the thread's argument stack (the callee copies them
	// into its locals), saving an allocation per call.
	target, _ := fn.(*Function)
	if method != nil {
		target, _ = method.(*Function)
	}
	base := len(t.argStack)
	var args Tuple
	if target == nil {
		n := len(e.Args)
		if method != nil {
			n++
		}
		args = make(Tuple, 0, n)
	}
	push := func(v Value) {
		if target != nil {
			t.argStack = append(t.argStack, v)
		} else {
			args = append(args, v)
		}
	}
	if method != nil {
		push(self)
	}
	for _, a := range e.Args {
		if st, ok := a.(*syntax.Starred); ok {
			v, err := t.eval(fr, st.Value)
			if err != nil {
				t.popArgs(base)
				return nil, err
			}
			items, err := t.iterate(v, func() string {
				return callableName(fn, method) + " argument after * must be an iterable, not " + typeName(v)
			})
			if err != nil {
				t.popArgs(base)
				fr.line = int(e.Pos().Line)
				return nil, err
			}
			for _, x := range items {
				push(x)
			}
			continue
		}
		v, err := t.eval(fr, a)
		if err != nil {
			t.popArgs(base)
			return nil, err
		}
		push(v)
	}
	if target != nil {
		args = t.argStack[base:]
	}
	var kwargs []Kwarg
	if len(e.Keywords) > 0 {
		kwargs = make([]Kwarg, 0, len(e.Keywords))
		for _, k := range e.Keywords {
			v, err := t.eval(fr, k.Value)
			if err != nil {
				t.popArgs(base)
				return nil, err
			}
			if k.Arg != "" {
				kwargs = append(kwargs, Kwarg{Name: k.Arg, Value: v})
				continue
			}
			kwargs, err = t.appendMappingKwargs(kwargs, v, callableName(fn, method))
			if err != nil {
				t.popArgs(base)
				fr.line = int(e.Pos().Line)
				return nil, err
			}
		}
	}
	fr.line = int(e.Pos().Line)
	if target != nil {
		v, err := t.callFunction(target, args, kwargs)
		t.popArgs(base)
		return v, err
	}
	if method != nil {
		return t.Call(method, args, kwargs)
	}
	return t.Call(fn, args, kwargs)
}

// popArgs discards the argument stack above base.
func (t *Thread) popArgs(base int) {
	if len(t.argStack) > base {
		clear(t.argStack[base:])
		t.argStack = t.argStack[:base]
	}
}

func callableName(fn, method Value) string {
	if method != nil {
		fn = method
	}
	switch f := fn.(type) {
	case *Function:
		if f.module != nil {
			return f.module.Name + "." + f.qualname + "()"
		}
		return f.qualname + "()"
	case *Builtin:
		return f.Name + "()"
	case *Class:
		return f.Name + "()"
	case *BoundMethod:
		return callableName(f.Func, nil)
	}
	return typeName(fn) + " object"
}

// appendMappingKwargs expands **m into keyword arguments.
func (t *Thread) appendMappingKwargs(kwargs []Kwarg, m Value, fname string) ([]Kwarg, error) {
	keysFn, err := GetAttr(t, m, "keys")
	if err != nil {
		return nil, Errorf(TypeError, "%s argument after ** must be a mapping, not %s", fname, typeName(m))
	}
	keys, err := t.Call(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	ks, err := t.iterate(keys, nil)
	if err != nil {
		return nil, err
	}
	for _, k := range ks {
		s, ok := k.(Str)
		if !ok {
			return nil, Errorf(TypeError, "keywords must be strings")
		}
		for _, kw := range kwargs {
			if kw.Name == string(s) {
				return nil, Errorf(TypeError, "%s got multiple values for keyword argument '%s'", fname, s)
			}
		}
		v, err := GetItem(t, m, k)
		if err != nil {
			return nil, err
		}
		kwargs = append(kwargs, Kwarg{Name: string(s), Value: v})
	}
	return kwargs, nil
}

// mergeMapping copies the items of mapping m into d ({**m}).
func (t *Thread) mergeMapping(d *Dict, m Value, _ string) error {
	keysFn, err := GetAttr(t, m, "keys")
	if err != nil {
		return Errorf(TypeError, "'%s' object is not a mapping", typeName(m))
	}
	keys, err := t.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	ks, err := t.iterate(keys, nil)
	if err != nil {
		return err
	}
	for _, k := range ks {
		v, err := GetItem(t, m, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return err
		}
	}
	return nil
}

// generator is the eagerly evaluated result of a generator expression.
type generator struct {
	items []Value
	i     int
}

// GeneratorClass is the class of generator expression values.
var GeneratorClass *Class

func (g *generator) Type() *Class { return GeneratorClass }

func (g *generator) Iterate(t *Thread) (Iterator, error) { return g, nil }

func (g *generator) Next(t *Thread) (Value, bool, error) {
	if g.i >= len(g.items) {
		return nil, false, nil
	}
	v := g.items[g.i]
	g.i++
	return v, true, nil
}

func (g *generator) Repr(t *Thread) (string, error) {
	return fmt.Sprintf("<generator object <genexpr> at 0x%012x>", ptrHash(g)&0xffffffffff), nil
}

func argStr(v Value) Str {
	s, _ := v.(Str)
	return s
}
