package python

import (
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// ctrl is how a block of statements finished.
type ctrl uint8

const (
	ctrlNone ctrl = iota
	ctrlBreak
	ctrlContinue
	ctrlReturn
)

// execBlock runs statements in frame fr.
func (t *Thread) execBlock(fr *frame, body []syntax.Stmt) (ctrl, error) {
	for _, st := range body {
		fr.line = int(st.Pos().Line)
		if err := t.step(); err != nil {
			return ctrlNone, err
		}
		c, err := t.exec(fr, st)
		if err != nil {
			e, ok := err.(*Exception)
			if !ok {
				e = asException(err)
			}
			e.addFrame(fr)
			return ctrlNone, e
		}
		if c != ctrlNone {
			return c, nil
		}
	}
	return ctrlNone, nil
}

func (t *Thread) exec(fr *frame, st syntax.Stmt) (ctrl, error) {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		_, err := t.eval(fr, st.X)
		return ctrlNone, err
	case *syntax.Assign:
		v, err := t.eval(fr, st.Value)
		if err != nil {
			return ctrlNone, err
		}
		for _, target := range st.Targets {
			if err := t.assign(fr, target, v); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	case *syntax.AugAssign:
		return ctrlNone, t.augAssign(fr, st)
	case *syntax.AnnAssign:
		if fr.code.kind != scopeFunction {
			if _, err := t.eval(fr, st.Annotation); err != nil {
				return ctrlNone, err
			}
		}
		if st.Value == nil {
			return ctrlNone, nil
		}
		v, err := t.eval(fr, st.Value)
		if err != nil {
			return ctrlNone, err
		}
		return ctrlNone, t.assign(fr, st.Target, v)
	case *syntax.If:
		for {
			b, err := t.evalTruth(fr, st.Test)
			if err != nil {
				return ctrlNone, err
			}
			if b {
				return t.execBlock(fr, st.Body)
			}
			// Chains of elif without recursion.
			if len(st.OrElse) == 1 {
				if next, ok := st.OrElse[0].(*syntax.If); ok {
					st = next
					fr.line = int(st.IfPos.Line)
					continue
				}
			}
			return t.execBlock(fr, st.OrElse)
		}
	case *syntax.For:
		return t.execFor(fr, st)
	case *syntax.While:
		for {
			fr.line = int(st.WhilePos.Line)
			if err := t.step(); err != nil {
				return ctrlNone, err
			}
			b, err := t.evalTruth(fr, st.Test)
			if err != nil {
				return ctrlNone, err
			}
			if !b {
				break
			}
			if r, done, err := t.loopBody(fr, st.Body); done {
				return r, err
			}
		}
		return t.execBlock(fr, st.OrElse)
	case *syntax.Return:
		if st.Value == nil {
			fr.retval = None
			return ctrlReturn, nil
		}
		v, err := t.eval(fr, st.Value)
		if err != nil {
			return ctrlNone, err
		}
		fr.retval = v
		return ctrlReturn, nil
	case *syntax.FunctionDef:
		return ctrlNone, t.execDef(fr, st)
	case *syntax.ClassDef:
		return ctrlNone, t.execClass(fr, st)
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
		return ctrlNone, nil
	case *syntax.Break:
		return ctrlBreak, nil
	case *syntax.Continue:
		return ctrlContinue, nil
	case *syntax.Delete:
		for _, target := range st.Targets {
			if err := t.del(fr, target); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	case *syntax.Try:
		return t.execTry(fr, st)
	case *syntax.Raise:
		return ctrlNone, t.execRaise(fr, st)
	case *syntax.Assert:
		b, err := t.evalTruth(fr, st.Test)
		if err != nil {
			return ctrlNone, err
		}
		if b {
			return ctrlNone, nil
		}
		if st.Msg == nil {
			return ctrlNone, &Exception{Class: AssertionError}
		}
		m, err := t.eval(fr, st.Msg)
		if err != nil {
			return ctrlNone, err
		}
		return ctrlNone, &Exception{Class: AssertionError, Args: Tuple{m}}
	case *syntax.With:
		return t.execWith(fr, st, 0)
	case *syntax.Import:
		return ctrlNone, t.execImport(fr, st)
	case *syntax.ImportFrom:
		return ctrlNone, t.execImportFrom(fr, st)
	}
	return ctrlNone, Errorf(SystemError, "unknown statement %T", st)
}

func (t *Thread) execFor(fr *frame, st *syntax.For) (ctrl, error) {
	seq, err := t.eval(fr, st.Iter)
	if err != nil {
		return ctrlNone, err
	}
	it, err := Iterate(t, seq)
	if err != nil {
		return ctrlNone, err
	}
	line := int(st.ForPos.Line)
	for {
		if err := t.step(); err != nil {
			return ctrlNone, err
		}
		fr.line = line
		x, ok, err := it.Next(t)
		if err != nil {
			return ctrlNone, err
		}
		if !ok {
			break
		}
		if err := t.assign(fr, st.Target, x); err != nil {
			return ctrlNone, err
		}
		if r, done, err := t.loopBody(fr, st.Body); done {
			return r, err
		}
	}
	return t.execBlock(fr, st.OrElse)
}

// loopBody runs one pass of a for or while loop's body; done reports
// that the loop ends here (break, return or an error), with r and err
// the loop statement's result.
func (t *Thread) loopBody(fr *frame, body []syntax.Stmt) (r ctrl, done bool, err error) {
	r, err = t.execBlock(fr, body)
	switch {
	case err != nil:
		return ctrlNone, true, err
	case r == ctrlBreak:
		return ctrlNone, true, nil
	case r == ctrlReturn:
		return r, true, nil
	}
	return ctrlNone, false, nil
}

// assign binds value v to target.
func (t *Thread) assign(fr *frame, target syntax.Expr, v Value) error {
	switch tg := target.(type) {
	case *syntax.Name:
		r := fr.res.names[tg]
		t.storeRef(fr, &r, tg.Id, v)
		return nil
	case *syntax.Attribute:
		x, err := t.eval(fr, tg.Value)
		if err != nil {
			return err
		}
		if err := SetAttr(t, x, tg.Attr, v); err != nil {
			fr.line = int(tg.AttrPos.Line)
			return err
		}
		return nil
	case *syntax.Subscript:
		x, k, err := t.evalSubscript(fr, tg)
		if err != nil {
			return err
		}
		return SetItem(t, x, k, v)
	case *syntax.Tuple:
		return t.unpack(fr, tg.Elts, v)
	case *syntax.List:
		return t.unpack(fr, tg.Elts, v)
	case *syntax.Starred:
		return Errorf(SyntaxError, "starred assignment target must be in a list or tuple")
	}
	return Errorf(SyntaxError, "cannot assign to expression")
}

func (t *Thread) unpack(fr *frame, targets []syntax.Expr, v Value) error {
	items, err := t.iterate(v, func() string {
		return "cannot unpack non-iterable " + typeName(v) + " object"
	})
	if err != nil {
		return err
	}
	star := -1
	for i, tg := range targets {
		if _, ok := tg.(*syntax.Starred); ok {
			star = i
			break
		}
	}
	n := len(targets)
	if star < 0 {
		if len(items) > n {
			return Errorf(ValueError, "too many values to unpack (expected %d)", n)
		}
		if len(items) < n {
			return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		for i, tg := range targets {
			if err := t.assign(fr, tg, items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if len(items) < n-1 {
		return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", n-1, len(items))
	}
	after := n - 1 - star
	for i := 0; i < star; i++ {
		if err := t.assign(fr, targets[i], items[i]); err != nil {
			return err
		}
	}
	mid := make([]Value, len(items)-after-star)
	copy(mid, items[star:len(items)-after])
	if err := t.assign(fr, targets[star].(*syntax.Starred).Value, NewList(mid)); err != nil {
		return err
	}
	for i := 0; i < after; i++ {
		if err := t.assign(fr, targets[star+1+i], items[len(items)-after+i]); err != nil {
			return err
		}
	}
	return nil
}

func (t *Thread) augAssign(fr *frame, st *syntax.AugAssign) error {
	switch tg := st.Target.(type) {
	case *syntax.Name:
		old, err := t.loadName(fr, tg)
		if err != nil {
			return err
		}
		v, err := t.augValue(fr, st, old)
		if err != nil {
			return err
		}
		r := fr.res.names[tg]
		t.storeRef(fr, &r, tg.Id, v)
		return nil
	case *syntax.Attribute:
		x, err := t.eval(fr, tg.Value)
		if err != nil {
			return err
		}
		old, err := GetAttr(t, x, tg.Attr)
		if err != nil {
			return err
		}
		v, err := t.augValue(fr, st, old)
		if err != nil {
			return err
		}
		return SetAttr(t, x, tg.Attr, v)
	case *syntax.Subscript:
		x, k, err := t.evalSubscript(fr, tg)
		if err != nil {
			return err
		}
		old, err := GetItem(t, x, k)
		if err != nil {
			return err
		}
		v, err := t.augValue(fr, st, old)
		if err != nil {
			return err
		}
		return SetItem(t, x, k, v)
	}
	return Errorf(SyntaxError, "'%s' is an illegal expression for augmented assignment", "expression")
}

// augValue evaluates the value of st and combines the target's old
// value with it.
func (t *Thread) augValue(fr *frame, st *syntax.AugAssign, old Value) (Value, error) {
	y, err := t.eval(fr, st.Value)
	if err != nil {
		return nil, err
	}
	return t.inplace(st.Op, old, y)
}

// inplace evaluates x op= y.
func (t *Thread) inplace(op syntax.Token, x, y Value) (Value, error) {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok && op == syntax.PLUS {
			if c := a + b; (c > a) == (b > 0) {
				return c, nil
			}
		}
	}
	if inst, ok := x.(*Instance); ok {
		v, done, err := inst.inplace(t, op, y)
		if done || err != nil {
			return v, err
		}
	}
	return InplaceBinary(t, op, x, y)
}

func (t *Thread) del(fr *frame, target syntax.Expr) error {
	switch tg := target.(type) {
	case *syntax.Name:
		r := fr.res.names[tg]
		return t.deleteRef(fr, &r, tg.Id)
	case *syntax.Attribute:
		x, err := t.eval(fr, tg.Value)
		if err != nil {
			return err
		}
		return DelAttr(t, x, tg.Attr)
	case *syntax.Subscript:
		x, k, err := t.evalSubscript(fr, tg)
		if err != nil {
			return err
		}
		return DelItem(t, x, k)
	case *syntax.Tuple:
		for _, e := range tg.Elts {
			if err := t.del(fr, e); err != nil {
				return err
			}
		}
		return nil
	case *syntax.List:
		for _, e := range tg.Elts {
			if err := t.del(fr, e); err != nil {
				return err
			}
		}
		return nil
	}
	return Errorf(SyntaxError, "cannot delete expression")
}

func (t *Thread) storeBind(fr *frame, node syntax.Node, name string, v Value) {
	r := fr.res.binds[node]
	t.storeRef(fr, &r, name, v)
}

func (t *Thread) execDef(fr *frame, st *syntax.FunctionDef) error {
	decos := make([]Value, len(st.Decorators))
	for i, d := range st.Decorators {
		v, err := t.eval(fr, d)
		if err != nil {
			return err
		}
		decos[i] = v
	}
	f, err := t.makeFunction(fr, st, fr.res.funcs[st])
	if err != nil {
		return err
	}
	var v Value = f
	for i := len(decos) - 1; i >= 0; i-- {
		fr.line = int(st.Decorators[i].Pos().Line)
		v, err = t.Call(decos[i], Tuple{v}, nil)
		if err != nil {
			return err
		}
	}
	t.storeBind(fr, st, st.Name, v)
	return nil
}

func (t *Thread) execClass(fr *frame, st *syntax.ClassDef) error {
	decos := make([]Value, len(st.Decorators))
	for i, d := range st.Decorators {
		v, err := t.eval(fr, d)
		if err != nil {
			return err
		}
		decos[i] = v
	}
	var bases []*Class
	for _, b := range st.Bases {
		v, err := t.eval(fr, b)
		if err != nil {
			return err
		}
		c, ok := v.(*Class)
		if !ok {
			return Errorf(TypeError, "bases must be types")
		}
		bases = append(bases, c)
	}
	for _, k := range st.Keywords {
		if _, err := t.eval(fr, k.Value); err != nil {
			return err
		}
		if k.Arg == "metaclass" {
			return Errorf(TypeError, "metaclasses are not supported")
		}
	}
	code := fr.res.classes[st]
	ns := NewNamespace()
	modName := ""
	if fr.module != nil {
		modName = fr.module.Name
	}
	ns.Set("__module__", Str(modName))
	ns.Set("__qualname__", Str(st.Name))
	cell := &classCell{}
	cf := &frame{
		code:      code,
		res:       fr.res,
		env:       envFor(fr),
		globals:   fr.globals,
		module:    fr.module,
		classNS:   ns,
		classCell: cell,
		fn:        fr.fn,
		parent:    fr,
	}
	if len(st.Body) > 0 {
		if es, ok := st.Body[0].(*syntax.ExprStmt); ok {
			if c, ok := es.X.(*syntax.Constant); ok {
				if s, ok := c.Value.(string); ok {
					ns.Set("__doc__", Str(s))
				}
			}
		}
	}
	saved := t.top
	t.top = cf
	_, err := t.execBlock(cf, st.Body)
	t.top = saved
	if err != nil {
		e := asException(err)
		e.addFrame(cf)
		return e
	}
	fr.line = int(st.ClassPos.Line)
	if _, ok := ns.Get("__eq__"); ok {
		if _, ok := ns.Get("__hash__"); !ok {
			ns.Set("__hash__", None)
		}
	}
	cls, err := newClass(st.Name, modName, bases, ns)
	if err != nil {
		return err
	}
	cls.Mutable = true
	cell.cls = cls
	if cls.Meta != nil {
		if init, ok := cls.Meta.Lookup("__init__"); ok {
			if _, err := t.Call(init, Tuple{cls}, nil); err != nil {
				return err
			}
		}
	}
	if fn, ok := lookupAfter(cls, "__init_subclass__"); ok {
		if _, err := t.Call(fn, Tuple{cls}, nil); err != nil {
			return err
		}
	}
	var v Value = cls
	for i := len(decos) - 1; i >= 0; i-- {
		v, err = t.Call(decos[i], Tuple{v}, nil)
		if err != nil {
			return err
		}
	}
	t.storeBind(fr, st, st.Name, v)
	return nil
}

// lookupAfter finds a user-defined classmethod-like hook in the bases of
// cls (not cls itself).
func lookupAfter(cls *Class, name string) (Value, bool) {
	mro := classMRO(cls)
	for _, m := range mro[1:] {
		if m == ObjectClass {
			break
		}
		if v, ok := m.Dict.Get(name); ok {
			switch v := v.(type) {
			case *classMethod:
				return v.fn, true
			case *Function:
				return v, true
			}
			return nil, false
		}
	}
	return nil, false
}

func (t *Thread) execTry(fr *frame, st *syntax.Try) (ctrl, error) {
	c, err := t.execBlock(fr, st.Body)
	if err != nil {
		exc := asException(err)
		err = exc
		if isFatal(exc) {
			return ctrlNone, exc
		}
		for _, h := range st.Handlers {
			match := true
			if h.Type != nil {
				fr.line = int(h.ExceptPos.Line)
				tv, err2 := t.eval(fr, h.Type)
				if err2 != nil {
					err = err2
					break
				}
				m, err2 := exceptionMatches(exc, tv)
				if err2 != nil {
					err = err2
					break
				}
				match = m
			}
			if !match {
				continue
			}
			prev := fr.handling
			fr.handling = exc
			if h.Name != "" {
				t.storeBind(fr, h, h.Name, exc)
			}
			c, err = t.execBlock(fr, h.Body)
			if err != nil {
				if e2, ok := err.(*Exception); ok && e2 != exc && e2.ctx == nil {
					e2.ctx = exc
				}
			}
			fr.handling = prev
			if h.Name != "" {
				r := fr.res.binds[h]
				_ = t.deleteRef(fr, &r, h.Name)
			}
			break
		}
	} else if len(st.OrElse) > 0 && c == ctrlNone {
		c, err = t.execBlock(fr, st.OrElse)
	}
	if len(st.Finalbody) > 0 {
		saved := fr.retval
		fc, ferr := t.execBlock(fr, st.Finalbody)
		if ferr != nil {
			return ctrlNone, ferr
		}
		if fc != ctrlNone {
			return fc, nil
		}
		fr.retval = saved
	}
	return c, err
}

// isFatal reports whether an exception ends the program regardless of
// handlers (the step budget and cancellation).
func isFatal(e *Exception) bool {
	return e.fatal
}

func exceptionMatches(e *Exception, tv Value) (bool, error) {
	switch c := tv.(type) {
	case *Class:
		if !c.IsSubclass(BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Class.IsSubclass(c), nil
	case Tuple:
		for _, x := range c {
			m, err := exceptionMatches(e, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

func (t *Thread) execRaise(fr *frame, st *syntax.Raise) error {
	if st.Exc == nil {
		for f := fr; f != nil; f = f.parent {
			if f.handling != nil {
				return f.handling
			}
		}
		return Errorf(RuntimeError, "No active exception to reraise")
	}
	v, err := t.eval(fr, st.Exc)
	if err != nil {
		return err
	}
	e, err := t.toException(v)
	if err != nil {
		return err
	}
	if st.Cause != nil {
		cv, err := t.eval(fr, st.Cause)
		if err != nil {
			return err
		}
		if cv == None {
			e.cause = nil
		} else {
			ce, err := t.toException(cv)
			if err != nil {
				return Errorf(TypeError, "exception causes must derive from BaseException")
			}
			e.cause = ce
		}
	}
	e.tb = nil
	e.tbSeen = nil
	return e
}

// toException turns the operand of raise into an exception.
func (t *Thread) toException(v Value) (*Exception, error) {
	if c, ok := v.(*Class); ok {
		if !c.IsSubclass(BaseException) {
			return nil, Errorf(TypeError, "exceptions must derive from BaseException")
		}
		r, err := t.Call(c, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.(*Exception)
	if !ok {
		return nil, Errorf(TypeError, "exceptions must derive from BaseException")
	}
	return e, nil
}

func (t *Thread) execWith(fr *frame, st *syntax.With, i int) (ctrl, error) {
	if i == len(st.Items) {
		return t.execBlock(fr, st.Body)
	}
	item := st.Items[i]
	ctx, err := t.eval(fr, item.Context)
	if err != nil {
		return ctrlNone, err
	}
	enter, err := GetAttr(t, ctx, "__enter__")
	if err != nil {
		return ctrlNone, Errorf(TypeError, "'%s' object does not support the context manager protocol", typeName(ctx))
	}
	exit, err := GetAttr(t, ctx, "__exit__")
	if err != nil {
		return ctrlNone, Errorf(TypeError, "'%s' object does not support the context manager protocol", typeName(ctx))
	}
	v, err := t.Call(enter, nil, nil)
	if err != nil {
		return ctrlNone, err
	}
	if item.Vars != nil {
		if err := t.assign(fr, item.Vars, v); err != nil {
			return ctrlNone, err
		}
	}
	c, err := t.execWith(fr, st, i+1)
	if err != nil {
		exc := asException(err)
		if isFatal(exc) {
			return ctrlNone, exc
		}
		prev := fr.handling
		fr.handling = exc
		r, err2 := t.Call(exit, Tuple{exc.Class, exc, None}, nil)
		fr.handling = prev
		if err2 != nil {
			return ctrlNone, err2
		}
		b, err2 := Truth(t, r)
		if err2 != nil {
			return ctrlNone, err2
		}
		if b {
			return ctrlNone, nil
		}
		return ctrlNone, exc
	}
	if _, err := t.Call(exit, Tuple{None, None, None}, nil); err != nil {
		return ctrlNone, err
	}
	return c, nil
}
