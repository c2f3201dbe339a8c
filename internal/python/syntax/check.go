package syntax

import "fmt"

// This file makes the checks that CPython's symbol table makes after
// parsing: global and nonlocal declarations against earlier uses in the
// same scope, duplicate parameters, nonlocal at module level, and
// nonlocal names with no binding in an enclosing function.

const (
	symAssigned = 1 << iota
	symUsed
	symParam
	symAnnot
	symGlobal
	symNonlocal
)

type symScope struct {
	parent   *symScope
	function bool // a function or lambda (not module, class or comprehension)
	names    map[string]uint8
}

type symChecker struct {
	filename string
	err      *Error
	scope    *symScope
	// nonlocal declarations to check once all scopes are known
	pending []pendingNonlocal
}

type pendingNonlocal struct {
	scope *symScope
	name  string
	pos   Pos
}

func (c *symChecker) errorf(pos Pos, format string, args ...any) {
	if c.err == nil {
		c.err = &Error{Filename: c.filename, Pos: pos, Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...)}
	}
}

func (c *symChecker) push(function bool) {
	c.scope = &symScope{parent: c.scope, function: function, names: map[string]uint8{}}
}

func (c *symChecker) pop() { c.scope = c.scope.parent }

func (c *symChecker) mark(name string, flag uint8) {
	c.scope.names[name] |= flag
}

// checkSymbols runs the symbol-table checks over a parsed file.
func checkSymbols(f *File) *Error {
	c := &symChecker{filename: f.Name}
	c.push(false)
	c.stmts(f.Body)
	if c.err != nil {
		return c.err
	}
	for _, pn := range c.pending {
		found := false
		for s := pn.scope.parent; s != nil && s.parent != nil; s = s.parent {
			if !s.function {
				continue
			}
			if fl := s.names[pn.name]; fl&symGlobal == 0 && fl&(symAssigned|symParam|symNonlocal) != 0 {
				found = true
				break
			}
		}
		if !found {
			c.errorf(pn.pos, "no binding for nonlocal '%s' found", pn.name)
			break
		}
	}
	return c.err
}

func (c *symChecker) stmts(ss []Stmt) {
	for _, s := range ss {
		if c.err != nil {
			return
		}
		c.stmt(s)
	}
}

func (c *symChecker) stmt(s Stmt) {
	switch s := s.(type) {
	case *ExprStmt:
		c.expr(s.X)
	case *Assign:
		for _, t := range s.Targets {
			c.target(t)
		}
		c.expr(s.Value)
	case *AugAssign:
		c.target(s.Target)
		c.expr(s.Value)
	case *AnnAssign:
		if n, ok := s.Target.(*Name); ok {
			fl := c.scope.names[n.Id]
			if fl&(symGlobal|symNonlocal) != 0 {
				kind := "global"
				if fl&symNonlocal != 0 {
					kind = "nonlocal"
				}
				c.errorf(n.NamePos, "annotated name '%s' can't be %s", n.Id, kind)
			}
			c.mark(n.Id, symAnnot|symAssigned)
		} else {
			c.target(s.Target)
		}
		c.expr(s.Annotation)
		c.expr(s.Value)
	case *FunctionDef:
		c.mark(s.Name, symAssigned)
		c.exprs(s.Decorators)
		c.argDefaults(s.Args)
		c.expr(s.Returns)
		c.push(true)
		c.params(s.Args)
		c.stmts(s.Body)
		c.pop()
	case *ClassDef:
		c.mark(s.Name, symAssigned)
		c.exprs(s.Decorators)
		c.exprs(s.Bases)
		for _, k := range s.Keywords {
			c.expr(k.Value)
		}
		c.push(false)
		c.stmts(s.Body)
		c.pop()
	case *Return:
		c.expr(s.Value)
	case *Delete:
		for _, t := range s.Targets {
			c.target(t)
		}
	case *If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.OrElse)
	case *For:
		c.target(s.Target)
		c.expr(s.Iter)
		c.stmts(s.Body)
		c.stmts(s.OrElse)
	case *While:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.OrElse)
	case *With:
		for _, it := range s.Items {
			c.expr(it.Context)
			if it.Vars != nil {
				c.target(it.Vars)
			}
		}
		c.stmts(s.Body)
	case *Raise:
		c.expr(s.Exc)
		c.expr(s.Cause)
	case *Try:
		c.stmts(s.Body)
		for _, h := range s.Handlers {
			c.expr(h.Type)
			if h.Name != "" {
				c.mark(h.Name, symAssigned)
			}
			c.stmts(h.Body)
		}
		c.stmts(s.OrElse)
		c.stmts(s.Finalbody)
	case *Assert:
		c.expr(s.Test)
		c.expr(s.Msg)
	case *Import:
		for _, a := range s.Names {
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
			c.mark(name, symAssigned)
		}
	case *ImportFrom:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			c.mark(name, symAssigned)
		}
	case *Global:
		for _, name := range s.Names {
			c.declare(name, s.GlobalPos, "global", symGlobal)
		}
	case *Nonlocal:
		if c.scope.parent == nil {
			c.errorf(s.NonlocalPos, "nonlocal declaration not allowed at module level")
			return
		}
		for _, name := range s.Names {
			c.declare(name, s.NonlocalPos, "nonlocal", symNonlocal)
			c.pending = append(c.pending, pendingNonlocal{c.scope, name, s.NonlocalPos})
		}
	}
}

func (c *symChecker) declare(name string, pos Pos, kind string, flag uint8) {
	fl := c.scope.names[name]
	if fl&(symGlobal|symNonlocal) == 0 || fl&flag == 0 {
		switch {
		case fl&symParam != 0:
			c.errorf(pos, "name '%s' is parameter and %s", name, kind)
		case fl&symUsed != 0:
			c.errorf(pos, "name '%s' is used prior to %s declaration", name, kind)
		case fl&symAnnot != 0:
			c.errorf(pos, "annotated name '%s' can't be %s", name, kind)
		case fl&symAssigned != 0:
			c.errorf(pos, "name '%s' is assigned to before %s declaration", name, kind)
		}
	}
	if kind == "global" && fl&symNonlocal != 0 {
		c.errorf(pos, "name '%s' is nonlocal and global", name)
	}
	if kind == "nonlocal" && fl&symGlobal != 0 {
		c.errorf(pos, "name '%s' is nonlocal and global", name)
	}
	c.mark(name, flag)
}

func (c *symChecker) argDefaults(a *Arguments) {
	if a == nil {
		return
	}
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
	for _, arg := range a.Args {
		c.expr(arg.Annotation)
	}
	if a.Vararg != nil {
		c.expr(a.Vararg.Annotation)
	}
	for _, arg := range a.KwOnly {
		c.expr(arg.Annotation)
	}
	if a.Kwarg != nil {
		c.expr(a.Kwarg.Annotation)
	}
}

// params declares the parameters in the current (new) scope.
func (c *symChecker) params(a *Arguments) {
	if a == nil {
		return
	}
	add := func(arg *Arg) {
		if arg == nil {
			return
		}
		if c.scope.names[arg.Name]&symParam != 0 {
			c.errorf(arg.NamePos, "duplicate argument '%s' in function definition", arg.Name)
		}
		c.mark(arg.Name, symParam)
	}
	for _, arg := range a.Args {
		add(arg)
	}
	add(a.Vararg)
	for _, arg := range a.KwOnly {
		add(arg)
	}
	add(a.Kwarg)
}

// target visits an assignment or deletion target.
func (c *symChecker) target(t Expr) {
	switch t := t.(type) {
	case *Name:
		c.mark(t.Id, symAssigned)
	case *Starred:
		c.target(t.Value)
	case *Tuple:
		for _, e := range t.Elts {
			c.target(e)
		}
	case *List:
		for _, e := range t.Elts {
			c.target(e)
		}
	default:
		c.expr(t)
	}
}

func (c *symChecker) exprs(xs []Expr) {
	for _, x := range xs {
		c.expr(x)
	}
}

func (c *symChecker) expr(x Expr) {
	if x == nil || c.err != nil {
		return
	}
	switch x := x.(type) {
	case *Name:
		c.mark(x.Id, symUsed)
	case *Lambda:
		c.argDefaults(x.Args)
		c.push(true)
		c.params(x.Args)
		c.expr(x.Body)
		c.pop()
	case *ListComp:
		c.comprehension(x.Generators, x.Elt, nil)
	case *SetComp:
		c.comprehension(x.Generators, x.Elt, nil)
	case *GeneratorExp:
		c.comprehension(x.Generators, x.Elt, nil)
	case *DictComp:
		c.comprehension(x.Generators, x.Key, x.Value)
	case *Constant:
	case *Attribute:
		c.expr(x.Value)
	case *Call:
		c.expr(x.Func)
		c.exprs(x.Args)
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
	case *BinOp:
		c.expr(x.Left)
		c.expr(x.Right)
	case *Compare:
		c.expr(x.Left)
		c.exprs(x.Comparators)
	case *Subscript:
		c.expr(x.Value)
		c.expr(x.Index)
	default:
		Walk(x, func(n Node) bool {
			if n == x {
				return true
			}
			if e, ok := n.(Expr); ok {
				c.expr(e)
				return false
			}
			return true
		})
	}
}

func (c *symChecker) comprehension(gens []*Comprehension, elt, value Expr) {
	c.expr(gens[0].Iter)
	c.push(false)
	for i, g := range gens {
		c.target(g.Target)
		if i > 0 {
			c.expr(g.Iter)
		}
		c.exprs(g.Ifs)
	}
	c.expr(elt)
	c.expr(value)
	c.pop()
}
