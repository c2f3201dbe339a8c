package python

import (
	"fmt"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Function is a function defined by def or lambda.
type Function struct {
	code       *funcCode
	name       string
	qualname   string
	module     *Module
	globals    *Namespace
	res        *resolution
	env        *frame  // defining frame, for free variables
	defaults   []Value // for the last len(defaults) positional parameters
	kwdefaults []Value // one per keyword-only parameter; nil = required
	class      *classCell
	attrs      *Namespace
	doc        Value
	annots     []Kwarg // evaluated annotations, in order
}

// classCell holds the class a method was defined in, for super().
type classCell struct{ cls *Class }

func (f *Function) Type() *Class { return FunctionClass }

// Name returns the function's name.
func (f *Function) Name() string { return f.name }

// Repr implements HasRepr.
func (f *Function) Repr(t *Thread) (string, error) {
	return fmt.Sprintf("<function %s at 0x%012x>", f.qualname, ptrHash(f)&0xffffffffff), nil
}

// Call implements Callable.
func (f *Function) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return t.callFunction(f, args, kwargs)
}

// Attr implements HasAttrs.
func (f *Function) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(f.name), nil
	case "__qualname__":
		return Str(f.qualname), nil
	case "__module__":
		if f.module != nil {
			return Str(f.module.Name), nil
		}
		return None, nil
	case "__doc__":
		return orNone(f.doc), nil
	case "__defaults__":
		if len(f.defaults) == 0 {
			return None, nil
		}
		return Tuple(append([]Value(nil), f.defaults...)), nil
	case "__annotations__":
		d := NewDict()
		for _, a := range f.annots {
			if err := d.SetItem(t, Str(a.Name), a.Value); err != nil {
				return nil, err
			}
		}
		return d, nil
	case "__dict__":
		return &namespaceDict{ns: namespaceOf(&f.attrs)}, nil
	}
	if v, ok := f.attrs.Get(name); ok {
		return v, nil
	}
	return nil, nil
}

// AttrNames implements HasAttrs.
func (f *Function) AttrNames() []string { return f.attrs.Names() }

// SetAttr implements HasSetAttr.
func (f *Function) SetAttr(t *Thread, name string, v Value) error {
	switch name {
	case "__name__":
		if s, ok := v.(Str); ok {
			f.name = string(s)
			return nil
		}
	case "__qualname__":
		if s, ok := v.(Str); ok {
			f.qualname = string(s)
			return nil
		}
	case "__doc__":
		f.doc = v
		return nil
	}
	namespaceOf(&f.attrs).Set(name, v)
	return nil
}

// makeFunction creates a function value for a def or lambda evaluated in
// frame fr.
func (t *Thread) makeFunction(fr *frame, node syntax.Node, fc *funcCode) (*Function, error) {
	f := &Function{
		code:     fc,
		name:     fc.name,
		qualname: fc.qualname,
		module:   fr.module,
		globals:  fr.globals,
		res:      fr.res,
		env:      envFor(fr),
	}
	args := fc.args
	if len(args.Defaults) > 0 {
		f.defaults = make([]Value, len(args.Defaults))
		for i, d := range args.Defaults {
			v, err := t.eval(fr, d)
			if err != nil {
				return nil, err
			}
			f.defaults[i] = v
		}
	}
	if len(args.KwOnly) > 0 {
		f.kwdefaults = make([]Value, len(args.KwOnly))
		for i, d := range args.KwDefaults {
			if d == nil {
				continue
			}
			v, err := t.eval(fr, d)
			if err != nil {
				return nil, err
			}
			f.kwdefaults[i] = v
		}
	}
	// Annotations are evaluated (so that undefined names fail as in
	// Python) and discarded.
	annot := func(a *syntax.Arg) error {
		if a != nil && a.Annotation != nil {
			v, err := t.eval(fr, a.Annotation)
			if err != nil {
				return err
			}
			f.annots = append(f.annots, Kwarg{Name: a.Name, Value: v})
		}
		return nil
	}
	for _, a := range args.Args {
		if err := annot(a); err != nil {
			return nil, err
		}
	}
	if err := annot(args.Vararg); err != nil {
		return nil, err
	}
	for _, a := range args.KwOnly {
		if err := annot(a); err != nil {
			return nil, err
		}
	}
	if err := annot(args.Kwarg); err != nil {
		return nil, err
	}
	if def, ok := node.(*syntax.FunctionDef); ok {
		if def.Returns != nil {
			v, err := t.eval(fr, def.Returns)
			if err != nil {
				return nil, err
			}
			f.annots = append(f.annots, Kwarg{Name: "return", Value: v})
		}
		if len(def.Body) > 0 {
			if es, ok := def.Body[0].(*syntax.ExprStmt); ok {
				if c, ok := es.X.(*syntax.Constant); ok {
					if s, ok := c.Value.(string); ok {
						f.doc = Str(s)
					}
				}
			}
		}
	}
	if fr.code.kind == scopeClass {
		f.class = fr.classCell
	} else if fr.fn != nil {
		f.class = fr.fn.class
	}
	return f, nil
}

// envFor returns the frame that functions and comprehensions created in fr
// use for free variables: class bodies are skipped.
func envFor(fr *frame) *frame {
	switch fr.code.kind {
	case scopeModule:
		return nil
	case scopeClass:
		return fr.env
	}
	return fr
}

// callFunction runs f with the given arguments.
func (t *Thread) callFunction(f *Function, args Tuple, kwargs []Kwarg) (Value, error) {
	if t.depth >= t.maxDepth {
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	if err := t.step(); err != nil {
		return nil, err
	}
	fc := f.code
	fr := &frame{
		code:    &fc.code,
		res:     f.res,
		env:     f.env,
		globals: f.globals,
		module:  f.module,
		fn:      f,
		parent:  t.top,
	}
	if fc.nlocal <= len(fr.buf) {
		fr.locals = fr.buf[:fc.nlocal]
	} else {
		fr.locals = make([]Value, fc.nlocal)
	}
	if err := f.bindArgs(t, fr.locals, args, kwargs); err != nil {
		return nil, err
	}
	t.top = fr
	t.depth++
	var result Value
	var err error
	if fc.lambdaBody != nil {
		fr.line = int(fc.lambdaBody.Pos().Line)
		result, err = t.eval(fr, fc.lambdaBody)
	} else {
		var c ctrl
		c, err = t.execBlock(fr, fc.body)
		if err == nil {
			if c == ctrlReturn && fr.retval != nil {
				result = fr.retval
			} else {
				result = None
			}
		}
	}
	t.depth--
	t.top = fr.parent
	if err != nil {
		e := asException(err)
		e.addFrame(fr)
		return nil, e
	}
	return result, nil
}

func (f *Function) displayName() string {
	return f.qualname
}

// bindArgs binds call arguments to parameter slots.
func (f *Function) bindArgs(t *Thread, locals []Value, args Tuple, kwargs []Kwarg) error {
	fc := f.code
	np := len(fc.params)
	nargs := len(args)
	if nargs > np {
		if fc.varargSlot < 0 {
			return f.tooManyPositional(nargs, kwargs)
		}
		extra := make(Tuple, nargs-np)
		copy(extra, args[np:])
		locals[fc.varargSlot] = extra
		nargs = np
	} else if fc.varargSlot >= 0 {
		locals[fc.varargSlot] = Tuple{}
	}
	copy(locals, args[:nargs])
	var kwdict *Dict
	if fc.kwargSlot >= 0 {
		kwdict = NewDict()
		locals[fc.kwargSlot] = kwdict
	}
	for _, kw := range kwargs {
		idx := -1
		for i, p := range fc.params {
			if p == kw.Name {
				idx = i
				break
			}
		}
		if idx < 0 {
			for i, p := range fc.kwonly {
				if p == kw.Name {
					idx = np + i
					break
				}
			}
		}
		if idx < 0 {
			if kwdict == nil {
				return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", f.displayName(), kw.Name)
			}
			if _, ok, _ := kwdict.Get(t, Str(kw.Name)); ok {
				return Errorf(TypeError, "%s() got multiple values for keyword argument '%s'", f.displayName(), kw.Name)
			}
			if err := kwdict.SetItem(t, Str(kw.Name), kw.Value); err != nil {
				return err
			}
			continue
		}
		if locals[idx] != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", f.displayName(), kw.Name)
		}
		locals[idx] = kw.Value
	}
	// Defaults and missing arguments.
	firstDefault := np - len(f.defaults)
	var missing []string
	for i := 0; i < np; i++ {
		if locals[i] != nil {
			continue
		}
		if i >= firstDefault {
			locals[i] = f.defaults[i-firstDefault]
		} else {
			missing = append(missing, fc.params[i])
		}
	}
	if len(missing) > 0 {
		return Errorf(TypeError, "%s() missing %d required positional argument%s: %s", f.displayName(), len(missing), plural(len(missing)), nameList(missing))
	}
	for i := range fc.kwonly {
		if locals[np+i] != nil {
			continue
		}
		if f.kwdefaults[i] != nil {
			locals[np+i] = f.kwdefaults[i]
		} else {
			missing = append(missing, fc.kwonly[i])
		}
	}
	if len(missing) > 0 {
		return Errorf(TypeError, "%s() missing %d required keyword-only argument%s: %s", f.displayName(), len(missing), plural(len(missing)), nameList(missing))
	}
	return nil
}

func (f *Function) tooManyPositional(given int, kwargs []Kwarg) error {
	np := len(f.code.params)
	var takes string
	if len(f.defaults) > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", np-len(f.defaults), np)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", np, plural(np))
	}
	kwonlyGiven := 0
	for _, kw := range kwargs {
		for _, k := range f.code.kwonly {
			if k == kw.Name {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		return Errorf(TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			f.displayName(), takes, given, plural(given), kwonlyGiven, plural(kwonlyGiven))
	}
	return Errorf(TypeError, "%s() takes %s but %d %s given", f.displayName(), takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nameList formats 'a', 'a' and 'b', or 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}
