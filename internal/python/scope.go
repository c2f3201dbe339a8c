package python

import (
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// This file holds the static analysis run once per module before it is
// executed. It decides, for every name in the program, where the name lives:
//
//   - module level: in the module globals (looked up by name, so names
//     injected through globals().update are found);
//   - function and comprehension bodies: a name assigned anywhere in the
//     body (and not declared global or nonlocal) is local, stored in a slot
//     of the frame's locals slice; a name that is not local is free: it is
//     found in the nearest enclosing function scope that binds it (a slot
//     reached by walking up the chain of defining frames), or else in the
//     globals and builtins;
//   - class bodies: names are looked up in the class namespace first, then
//     as they would be from the enclosing scope; class scopes are invisible
//     to the functions defined inside them.
//
// The results are side tables keyed by syntax nodes.

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComp
)

type refKind uint8

const (
	refGlobal refKind = iota // module globals, then builtins
	refLocal                 // slot in the current frame
	refFree                  // slot in an enclosing frame
	refClass                 // class namespace, then fallback
)

// ref says where a name lives.
type ref struct {
	kind     refKind
	index    int
	depth    int  // for refFree: frames to walk up the env chain
	fallback *ref // for refClass
}

// code describes a unit of execution (module, function, class body or
// comprehension) for frames and tracebacks.
type code struct {
	name   string
	file   string
	src    *source
	kind   scopeKind
	names  []string // local slot names
	nlocal int
}

// funcCode is the static information of a def or lambda.
type funcCode struct {
	code
	qualname   string
	params     []string // positional parameter names (slots 0..len-1)
	kwonly     []string // keyword-only names (slots follow the positional ones)
	varargSlot int      // -1 if none
	kwargSlot  int      // -1 if none
	body       []syntax.Stmt
	lambdaBody syntax.Expr
	args       *syntax.Arguments
}

// resolution holds the side tables for one module.
type resolution struct {
	names   map[*syntax.Name]ref
	binds   map[syntax.Node]ref // def/class names, import aliases, except names
	funcs   map[syntax.Node]*funcCode
	comps   map[syntax.Node]*code
	classes map[*syntax.ClassDef]*code
	module  *code
}

type scope struct {
	kind     scopeKind
	parent   *scope
	bound    map[string]bool
	order    []string
	global   map[string]bool
	nonlocal map[string]bool
	slots    map[string]int
	code     *code
	qualname string
}

func (s *scope) bind(name string) {
	if s.bound == nil {
		s.bound = make(map[string]bool)
	}
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

type usage struct {
	node  syntax.Node
	name  string
	scope *scope
}

type resolver struct {
	res    *resolution
	uses   []usage
	scopes []*scope
	file   string
	src    *source
	err    *Exception
}

// resolveFile analyses a parsed module.
func resolveFile(f *syntax.File, src *source) (*resolution, error) {
	r := &resolver{
		res: &resolution{
			names:   make(map[*syntax.Name]ref),
			binds:   make(map[syntax.Node]ref),
			funcs:   make(map[syntax.Node]*funcCode),
			comps:   make(map[syntax.Node]*code),
			classes: make(map[*syntax.ClassDef]*code),
		},
		file: f.Name,
		src:  src,
	}
	mod := r.newScope(scopeModule, nil, "<module>")
	r.res.module = mod.code
	r.stmts(f.Body, mod)
	if r.err != nil {
		return nil, r.err
	}
	// Assign slots.
	for _, s := range r.scopes {
		if s.kind != scopeFunction && s.kind != scopeComp {
			continue
		}
		if s.slots == nil {
			s.slots = make(map[string]int)
		}
		for _, name := range s.order {
			if s.global[name] || s.nonlocal[name] {
				continue
			}
			if _, ok := s.slots[name]; !ok {
				s.slots[name] = len(s.code.names)
				s.code.names = append(s.code.names, name)
			}
		}
		s.code.nlocal = len(s.code.names)
	}
	for _, u := range r.uses {
		rf, err := r.lookup(u.scope, u.name)
		if err != nil {
			return nil, err
		}
		if n, ok := u.node.(*syntax.Name); ok {
			r.res.names[n] = rf
		} else {
			r.res.binds[u.node] = rf
		}
	}
	return r.res, nil
}

func (r *resolver) newScope(kind scopeKind, parent *scope, name string) *scope {
	s := &scope{kind: kind, parent: parent}
	s.code = &code{name: name, file: r.file, src: r.src, kind: kind}
	r.scopes = append(r.scopes, s)
	return s
}

func (r *resolver) lookup(s *scope, name string) (ref, error) {
	switch s.kind {
	case scopeModule:
		return ref{kind: refGlobal}, nil
	case scopeClass:
		if s.global[name] {
			return ref{kind: refGlobal}, nil
		}
		fb, err := r.free(s.parent, name, 1)
		if err != nil {
			return ref{}, err
		}
		return ref{kind: refClass, fallback: &fb}, nil
	}
	if s.global[name] {
		return ref{kind: refGlobal}, nil
	}
	if i, ok := s.slots[name]; ok && !s.nonlocal[name] {
		return ref{kind: refLocal, index: i}, nil
	}
	return r.free(s.parent, name, 1)
}

func (r *resolver) free(s *scope, name string, depth int) (ref, error) {
	for s != nil {
		switch s.kind {
		case scopeModule:
			return ref{kind: refGlobal}, nil
		case scopeClass:
			s = s.parent
			continue
		}
		if s.global[name] {
			return ref{kind: refGlobal}, nil
		}
		if i, ok := s.slots[name]; ok && !s.nonlocal[name] {
			return ref{kind: refFree, index: i, depth: depth}, nil
		}
		s = s.parent
		depth++
	}
	return ref{kind: refGlobal}, nil
}

func (r *resolver) use(n syntax.Node, name string, s *scope) {
	r.uses = append(r.uses, usage{n, name, s})
}

func (r *resolver) bindName(n syntax.Node, name string, s *scope) {
	s.bind(name)
	r.use(n, name, s)
}

func (r *resolver) stmts(list []syntax.Stmt, s *scope) {
	for _, st := range list {
		r.stmt(st, s)
	}
}

func (r *resolver) stmt(st syntax.Stmt, s *scope) {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		r.expr(st.X, s)
	case *syntax.Assign:
		r.expr(st.Value, s)
		for _, t := range st.Targets {
			r.target(t, s)
		}
	case *syntax.AugAssign:
		r.expr(st.Value, s)
		r.target(st.Target, s)
	case *syntax.AnnAssign:
		if st.Value != nil {
			r.expr(st.Value, s)
		}
		if s.kind != scopeFunction {
			r.expr(st.Annotation, s)
		}
		if st.Value != nil || s.kind == scopeFunction {
			r.target(st.Target, s)
		} else if _, ok := st.Target.(*syntax.Name); !ok {
			r.expr(st.Target, s)
		}
	case *syntax.FunctionDef:
		for _, d := range st.Decorators {
			r.expr(d, s)
		}
		r.function(st, st.Name, st.Args, st.Body, nil, st.Returns, s)
		r.bindName(st, st.Name, s)
	case *syntax.ClassDef:
		for _, d := range st.Decorators {
			r.expr(d, s)
		}
		for _, b := range st.Bases {
			r.expr(b, s)
		}
		for _, k := range st.Keywords {
			r.expr(k.Value, s)
		}
		cs := r.newScope(scopeClass, s, st.Name)
		cs.qualname = qualJoin(s, st.Name)
		r.res.classes[st] = cs.code
		r.stmts(st.Body, cs)
		r.bindName(st, st.Name, s)
	case *syntax.Return:
		if st.Value != nil {
			r.expr(st.Value, s)
		}
	case *syntax.Delete:
		for _, t := range st.Targets {
			r.target(t, s)
		}
	case *syntax.If:
		r.expr(st.Test, s)
		r.stmts(st.Body, s)
		r.stmts(st.OrElse, s)
	case *syntax.For:
		r.expr(st.Iter, s)
		r.target(st.Target, s)
		r.stmts(st.Body, s)
		r.stmts(st.OrElse, s)
	case *syntax.While:
		r.expr(st.Test, s)
		r.stmts(st.Body, s)
		r.stmts(st.OrElse, s)
	case *syntax.With:
		for _, it := range st.Items {
			r.expr(it.Context, s)
			if it.Vars != nil {
				r.target(it.Vars, s)
			}
		}
		r.stmts(st.Body, s)
	case *syntax.Raise:
		if st.Exc != nil {
			r.expr(st.Exc, s)
		}
		if st.Cause != nil {
			r.expr(st.Cause, s)
		}
	case *syntax.Try:
		r.stmts(st.Body, s)
		for _, h := range st.Handlers {
			if h.Type != nil {
				r.expr(h.Type, s)
			}
			if h.Name != "" {
				r.bindName(h, h.Name, s)
			}
			r.stmts(h.Body, s)
		}
		r.stmts(st.OrElse, s)
		r.stmts(st.Finalbody, s)
	case *syntax.Assert:
		r.expr(st.Test, s)
		if st.Msg != nil {
			r.expr(st.Msg, s)
		}
	case *syntax.Import:
		for _, a := range st.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			r.bindName(a, name, s)
		}
	case *syntax.ImportFrom:
		for _, a := range st.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.bindName(a, name, s)
		}
	case *syntax.Global:
		if s.global == nil {
			s.global = make(map[string]bool)
		}
		for _, n := range st.Names {
			s.global[n] = true
		}
	case *syntax.Nonlocal:
		if s.nonlocal == nil {
			s.nonlocal = make(map[string]bool)
		}
		for _, n := range st.Names {
			s.nonlocal[n] = true
		}
	}
}

func qualJoin(s *scope, name string) string {
	switch s.kind {
	case scopeFunction:
		return s.qualname + ".<locals>." + name
	case scopeClass:
		return s.qualname + "." + name
	}
	return name
}

// target records the names bound by an assignment target.
func (r *resolver) target(t syntax.Expr, s *scope) {
	switch t := t.(type) {
	case *syntax.Name:
		r.bindName(t, t.Id, s)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			r.target(e, s)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			r.target(e, s)
		}
	case *syntax.Starred:
		r.target(t.Value, s)
	default:
		r.expr(t, s)
	}
}

func (r *resolver) function(node syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, lbody syntax.Expr, returns syntax.Expr, s *scope) {
	// Defaults and annotations are evaluated in the enclosing scope.
	for _, d := range args.Defaults {
		r.expr(d, s)
	}
	for _, d := range args.KwDefaults {
		if d != nil {
			r.expr(d, s)
		}
	}
	annot := func(a *syntax.Arg) {
		if a != nil && a.Annotation != nil {
			r.expr(a.Annotation, s)
		}
	}
	for _, a := range args.Args {
		annot(a)
	}
	annot(args.Vararg)
	for _, a := range args.KwOnly {
		annot(a)
	}
	annot(args.Kwarg)
	if returns != nil {
		r.expr(returns, s)
	}
	fs := r.newScope(scopeFunction, s, name)
	fs.qualname = qualJoin(s, name)
	fc := &funcCode{qualname: fs.qualname, varargSlot: -1, kwargSlot: -1, body: body, lambdaBody: lbody, args: args}
	for _, a := range args.Args {
		fs.bind(a.Name)
		fc.params = append(fc.params, a.Name)
	}
	for _, a := range args.KwOnly {
		fs.bind(a.Name)
		fc.kwonly = append(fc.kwonly, a.Name)
	}
	n := len(fc.params) + len(fc.kwonly)
	if args.Vararg != nil {
		fs.bind(args.Vararg.Name)
		fc.varargSlot = n
		n++
	}
	if args.Kwarg != nil {
		fs.bind(args.Kwarg.Name)
		fc.kwargSlot = n
	}
	if body != nil {
		r.stmts(body, fs)
	}
	if lbody != nil {
		r.expr(lbody, fs)
	}
	// The code record is shared: slots are assigned after the walk.
	fc.code = code{name: name, file: r.file, src: r.src, kind: scopeFunction}
	fs.code = &fc.code
	r.res.funcs[node] = fc
}

func (r *resolver) comprehension(node syntax.Node, gens []*syntax.Comprehension, elts []syntax.Expr, s *scope) {
	if len(gens) == 0 {
		return
	}
	// The outermost iterable belongs to the enclosing scope.
	r.expr(gens[0].Iter, s)
	cs := r.newScope(scopeComp, s, compName(node))
	cs.qualname = qualJoin(s, compName(node))
	for i, g := range gens {
		if i > 0 {
			r.expr(g.Iter, cs)
		}
		r.target(g.Target, cs)
		for _, c := range g.Ifs {
			r.expr(c, cs)
		}
	}
	for _, e := range elts {
		r.expr(e, cs)
	}
	r.res.comps[node] = cs.code
}

func compName(n syntax.Node) string {
	switch n.(type) {
	case *syntax.ListComp:
		return "<listcomp>"
	case *syntax.SetComp:
		return "<setcomp>"
	case *syntax.DictComp:
		return "<dictcomp>"
	}
	return "<genexpr>"
}

func (r *resolver) exprs(list []syntax.Expr, s *scope) {
	for _, e := range list {
		r.expr(e, s)
	}
}

func (r *resolver) expr(e syntax.Expr, s *scope) {
	switch e := e.(type) {
	case nil:
	case *syntax.Name:
		r.use(e, e.Id, s)
	case *syntax.Constant:
	case *syntax.JoinedStr:
		r.exprs(e.Values, s)
	case *syntax.FormattedValue:
		r.expr(e.Value, s)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec, s)
		}
	case *syntax.BinOp:
		r.expr(e.Left, s)
		r.expr(e.Right, s)
	case *syntax.UnaryOp:
		r.expr(e.Operand, s)
	case *syntax.BoolOp:
		r.exprs(e.Values, s)
	case *syntax.Compare:
		r.expr(e.Left, s)
		r.exprs(e.Comparators, s)
	case *syntax.IfExp:
		r.expr(e.Test, s)
		r.expr(e.Body, s)
		r.expr(e.OrElse, s)
	case *syntax.Lambda:
		r.function(e, "<lambda>", e.Args, nil, e.Body, nil, s)
	case *syntax.Call:
		r.expr(e.Func, s)
		r.exprs(e.Args, s)
		for _, k := range e.Keywords {
			r.expr(k.Value, s)
		}
	case *syntax.Attribute:
		r.expr(e.Value, s)
	case *syntax.Subscript:
		r.expr(e.Value, s)
		r.expr(e.Index, s)
	case *syntax.Slice:
		r.expr(e.Lower, s)
		r.expr(e.Upper, s)
		r.expr(e.Step, s)
	case *syntax.Starred:
		r.expr(e.Value, s)
	case *syntax.List:
		r.exprs(e.Elts, s)
	case *syntax.Tuple:
		r.exprs(e.Elts, s)
	case *syntax.Set:
		r.exprs(e.Elts, s)
	case *syntax.Dict:
		for i := range e.Keys {
			if e.Keys[i] != nil {
				r.expr(e.Keys[i], s)
			}
			r.expr(e.Values[i], s)
		}
	case *syntax.ListComp:
		r.comprehension(e, e.Generators, []syntax.Expr{e.Elt}, s)
	case *syntax.SetComp:
		r.comprehension(e, e.Generators, []syntax.Expr{e.Elt}, s)
	case *syntax.DictComp:
		r.comprehension(e, e.Generators, []syntax.Expr{e.Key, e.Value}, s)
	case *syntax.GeneratorExp:
		r.comprehension(e, e.Generators, []syntax.Expr{e.Elt}, s)
	}
}
