package syntax

// Walk traverses the tree rooted at n in pre-order, calling fn for each
// node. If fn returns false, the children of that node are skipped. Nil
// children are not visited. Comprehension, Keyword, Arg, Arguments-owned
// Args, WithItem, ExceptHandler and Alias values are visited as nodes.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	switch n := n.(type) {
	case *Name, *Constant:
	case *JoinedStr:
		walkExprs(fn, n.Values)
	case *FormattedValue:
		walkExpr(fn, n.Value)
		if n.FormatSpec != nil {
			Walk(n.FormatSpec, fn)
		}
	case *BinOp:
		walkExpr(fn, n.Left)
		walkExpr(fn, n.Right)
	case *UnaryOp:
		walkExpr(fn, n.Operand)
	case *BoolOp:
		walkExprs(fn, n.Values)
	case *Compare:
		walkExpr(fn, n.Left)
		walkExprs(fn, n.Comparators)
	case *IfExp:
		walkExpr(fn, n.Test)
		walkExpr(fn, n.Body)
		walkExpr(fn, n.OrElse)
	case *Lambda:
		walkArgs(fn, n.Args)
		walkExpr(fn, n.Body)
	case *Call:
		walkExpr(fn, n.Func)
		walkExprs(fn, n.Args)
		walkKws(fn, n.Keywords)
	case *Attribute:
		walkExpr(fn, n.Value)
	case *Subscript:
		walkExpr(fn, n.Value)
		walkExpr(fn, n.Index)
	case *Slice:
		walkExpr(fn, n.Lower)
		walkExpr(fn, n.Upper)
		walkExpr(fn, n.Step)
	case *Starred:
		walkExpr(fn, n.Value)
	case *List:
		walkExprs(fn, n.Elts)
	case *Tuple:
		walkExprs(fn, n.Elts)
	case *Set:
		walkExprs(fn, n.Elts)
	case *Dict:
		walkExprs(fn, n.Keys)
		walkExprs(fn, n.Values)
	case *ListComp:
		walkExpr(fn, n.Elt)
		walkGens(fn, n.Generators)
	case *SetComp:
		walkExpr(fn, n.Elt)
		walkGens(fn, n.Generators)
	case *DictComp:
		walkExpr(fn, n.Key)
		walkExpr(fn, n.Value)
		walkGens(fn, n.Generators)
	case *GeneratorExp:
		walkExpr(fn, n.Elt)
		walkGens(fn, n.Generators)
	case *Comprehension:
		walkExpr(fn, n.Target)
		walkExpr(fn, n.Iter)
		walkExprs(fn, n.Ifs)
	case *Keyword:
		walkExpr(fn, n.Value)
	case *Arg:
		walkExpr(fn, n.Annotation)

	case *ExprStmt:
		walkExpr(fn, n.X)
	case *Assign:
		walkExprs(fn, n.Targets)
		walkExpr(fn, n.Value)
	case *AugAssign:
		walkExpr(fn, n.Target)
		walkExpr(fn, n.Value)
	case *AnnAssign:
		walkExpr(fn, n.Target)
		walkExpr(fn, n.Annotation)
		walkExpr(fn, n.Value)
	case *FunctionDef:
		walkExprs(fn, n.Decorators)
		walkArgs(fn, n.Args)
		walkExpr(fn, n.Returns)
		walkStmts(fn, n.Body)
	case *ClassDef:
		walkExprs(fn, n.Decorators)
		walkExprs(fn, n.Bases)
		walkKws(fn, n.Keywords)
		walkStmts(fn, n.Body)
	case *Return:
		walkExpr(fn, n.Value)
	case *Delete:
		walkExprs(fn, n.Targets)
	case *If:
		walkExpr(fn, n.Test)
		walkStmts(fn, n.Body)
		walkStmts(fn, n.OrElse)
	case *For:
		walkExpr(fn, n.Target)
		walkExpr(fn, n.Iter)
		walkStmts(fn, n.Body)
		walkStmts(fn, n.OrElse)
	case *While:
		walkExpr(fn, n.Test)
		walkStmts(fn, n.Body)
		walkStmts(fn, n.OrElse)
	case *With:
		for _, it := range n.Items {
			Walk(it, fn)
		}
		walkStmts(fn, n.Body)
	case *WithItem:
		walkExpr(fn, n.Context)
		walkExpr(fn, n.Vars)
	case *Raise:
		walkExpr(fn, n.Exc)
		walkExpr(fn, n.Cause)
	case *Try:
		walkStmts(fn, n.Body)
		for _, h := range n.Handlers {
			Walk(h, fn)
		}
		walkStmts(fn, n.OrElse)
		walkStmts(fn, n.Finalbody)
	case *ExceptHandler:
		walkExpr(fn, n.Type)
		walkStmts(fn, n.Body)
	case *Assert:
		walkExpr(fn, n.Test)
		walkExpr(fn, n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(a, fn)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(a, fn)
		}
	case *Global, *Nonlocal, *Pass, *Break, *Continue, *Alias:
	}
}

func walkExpr(fn func(Node) bool, x Expr) {
	if x != nil {
		Walk(x, fn)
	}
}

func walkExprs(fn func(Node) bool, xs []Expr) {
	for _, x := range xs {
		if x != nil {
			Walk(x, fn)
		}
	}
}

func walkStmts(fn func(Node) bool, ss []Stmt) {
	for _, s := range ss {
		Walk(s, fn)
	}
}

func walkArgs(fn func(Node) bool, a *Arguments) {
	if a == nil {
		return
	}
	for _, arg := range a.Args {
		Walk(arg, fn)
	}
	walkExprs(fn, a.Defaults)
	if a.Vararg != nil {
		Walk(a.Vararg, fn)
	}
	for _, arg := range a.KwOnly {
		Walk(arg, fn)
	}
	walkExprs(fn, a.KwDefaults)
	if a.Kwarg != nil {
		Walk(a.Kwarg, fn)
	}
}

func walkGens(fn func(Node) bool, gs []*Comprehension) {
	for _, g := range gs {
		Walk(g, fn)
	}
}

func walkKws(fn func(Node) bool, ks []*Keyword) {
	for _, k := range ks {
		Walk(k, fn)
	}
}
