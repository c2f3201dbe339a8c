package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// infix renders an expression fully parenthesised, for precedence tests.
func infix(x Expr) string {
	switch x := x.(type) {
	case *Name:
		return x.Id
	case *Constant:
		switch v := x.Value.(type) {
		case string:
			return fmt.Sprintf("%q", v)
		case nil:
			return "None"
		case EllipsisType:
			return "..."
		}
		return fmt.Sprint(x.Value)
	case *BinOp:
		return "(" + infix(x.Left) + " " + x.Op.String() + " " + infix(x.Right) + ")"
	case *UnaryOp:
		if x.Op == NOT {
			return "(not " + infix(x.Operand) + ")"
		}
		return "(" + x.Op.String() + infix(x.Operand) + ")"
	case *BoolOp:
		parts := make([]string, len(x.Values))
		for i, v := range x.Values {
			parts[i] = infix(v)
		}
		return "(" + strings.Join(parts, " "+x.Op.String()+" ") + ")"
	case *Compare:
		s := "(" + infix(x.Left)
		for i, op := range x.Ops {
			s += " " + op.String() + " " + infix(x.Comparators[i])
		}
		return s + ")"
	case *IfExp:
		return "(" + infix(x.Body) + " if " + infix(x.Test) + " else " + infix(x.OrElse) + ")"
	case *Lambda:
		return "(lambda: " + infix(x.Body) + ")"
	case *Call:
		var parts []string
		for _, a := range x.Args {
			parts = append(parts, infix(a))
		}
		for _, k := range x.Keywords {
			if k.Arg == "" {
				parts = append(parts, "**"+infix(k.Value))
			} else {
				parts = append(parts, k.Arg+"="+infix(k.Value))
			}
		}
		return infix(x.Func) + "(" + strings.Join(parts, ", ") + ")"
	case *Attribute:
		return infix(x.Value) + "." + x.Attr
	case *Subscript:
		return infix(x.Value) + "[" + infix(x.Index) + "]"
	case *Slice:
		s := ""
		if x.Lower != nil {
			s += infix(x.Lower)
		}
		s += ":"
		if x.Upper != nil {
			s += infix(x.Upper)
		}
		if x.Step != nil {
			s += ":" + infix(x.Step)
		}
		return s
	case *Starred:
		return "*" + infix(x.Value)
	case *Tuple:
		return "(" + infixList(x.Elts) + ",)"
	case *List:
		return "[" + infixList(x.Elts) + "]"
	case *Set:
		return "{" + infixList(x.Elts) + "}"
	case *Dict:
		var parts []string
		for i, k := range x.Keys {
			if k == nil {
				parts = append(parts, "**"+infix(x.Values[i]))
			} else {
				parts = append(parts, infix(k)+": "+infix(x.Values[i]))
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *ListComp:
		return "[" + infix(x.Elt) + infixGens(x.Generators) + "]"
	case *SetComp:
		return "{" + infix(x.Elt) + infixGens(x.Generators) + "}"
	case *DictComp:
		return "{" + infix(x.Key) + ": " + infix(x.Value) + infixGens(x.Generators) + "}"
	case *GeneratorExp:
		return "(" + infix(x.Elt) + infixGens(x.Generators) + ")"
	case *JoinedStr:
		s := "f<"
		for i, v := range x.Values {
			if i > 0 {
				s += " "
			}
			s += infix(v)
		}
		return s + ">"
	case *FormattedValue:
		s := "{" + infix(x.Value)
		if x.Conversion != 0 {
			s += "!" + string(x.Conversion)
		}
		if x.FormatSpec != nil {
			s += ":" + infix(x.FormatSpec)
		}
		return s + "}"
	}
	return fmt.Sprintf("?%T", x)
}

func infixList(xs []Expr) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = infix(x)
	}
	return strings.Join(parts, ", ")
}

func infixGens(gs []*Comprehension) string {
	s := ""
	for _, g := range gs {
		s += " for " + infix(g.Target) + " in " + infix(g.Iter)
		for _, c := range g.Ifs {
			s += " if " + infix(c)
		}
	}
	return s
}

var exprTests = []struct{ src, want string }{
	// Precedence, loosest first.
	{"lambda: a if b else c", "(lambda: (a if b else c))"},
	{"a if b else c if d else e", "(a if b else (c if d else e))"},
	{"a or b and c", "(a or (b and c))"},
	{"a or b or c", "(a or b or c)"},
	{"not a and not b", "((not a) and (not b))"},
	{"not a == b", "(not (a == b))"},
	{"not not a", "(not (not a))"},
	{"a < b <= c", "(a < b <= c)"},
	{"a in b not in c is d is not e", "(a in b not in c is d is not e)"},
	{"a == b | c", "(a == (b | c))"},
	{"a | b ^ c & d", "(a | (b ^ (c & d)))"},
	{"a & b << c", "(a & (b << c))"},
	{"a << b + c >> d", "((a << (b + c)) >> d)"},
	{"a + b * c - d", "((a + (b * c)) - d)"},
	{"a * b / c // d % e @ f", "(((((a * b) / c) // d) % e) @ f)"},
	{"-a * b", "((-a) * b)"},
	{"-2 ** 2", "(-(2 ** 2))"},
	{"2 ** -1", "(2 ** (-1))"},
	{"2 ** 3 ** 2", "(2 ** (3 ** 2))"},
	{"~a ** b", "(~(a ** b))"},
	{"- - +a", "(-(-(+a)))"},
	{"a.b(c)[d].e", "a.b(c)[d].e"},
	{"-a.b", "(-a.b)"},
	{"a ** b.c(d)", "(a ** b.c(d))"},
	{"~a & ~b | ~c", "(((~a) & (~b)) | (~c))"},
	{"a if not b else c", "(a if (not b) else c)"},

	// Atoms and displays.
	{"(a)", "a"},
	{"()", "(,)"},
	{"(a,)", "(a,)"},
	{"(a, b)", "(a, b,)"},
	{"a, b", "(a, b,)"},
	{"a, *b", "(a, *b,)"},
	{"[]", "[]"},
	{"[a, *b, c,]", "[a, *b, c]"},
	{"{}", "{}"},
	{"{a}", "{a}"},
	{"{a, *b}", "{a, *b}"},
	{"{a: b, **c, d: e}", "{a: b, **c, d: e}"},
	{"{**c}", "{**c}"},
	{"[x for x in y]", "[x for x in y]"},
	{"[x for x, y in z if a if b for w in x]", "[x for (x, y,) in z if a if b for w in x]"},
	{"{x for x in y}", "{x for x in y}"},
	{"{k: v for k, v in d.items()}", "{k: v for (k, v,) in d.items()}"},
	{"(x for x in y)", "(x for x in y)"},
	{"[x for x in a or b if c and d]", "[x for x in (a or b) if (c and d)]"},
	{"[x if y else z for x in w]", "[(x if y else z) for x in w]"},
	{"None, True, False, ...", "(None, true, false, ...,)"},
	{"1, 1.5, 0x1f, 0o17, 0b101, 1_000", "(1, 1.5, 31, 15, 5, 1000,)"},
	{"'a' 'b' \"c\"", `"abc"`},

	// Calls and subscripts.
	{"f()", "f()"},
	{"f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"},
	{"f(x for x in y)", "f((x for x in y))"},
	{"f(a)(b)", "f(a)(b)"},
	{"f(a,)", "f(a)"},
	{"a[1:2]", "a[1:2]"},
	{"a[:]", "a[:]"},
	{"a[::2]", "a[::2]"},
	{"a[1:, :2]", "a[(1:, :2,)]"},
	{"a[1, 2]", "a[(1, 2,)]"},
	{"a[b:c:d]", "a[b:c:d]"},
	{"a[...]", "a[...]"},

	// Lambdas.
	{"lambda x, y=1, *a, k, **kw: x", "(lambda: x)"},
	{"lambda: (yield_ for yield_ in x)", "(lambda: (yield_ for yield_ in x))"},

	// f-strings.
	{`f"a{b}c"`, `f<"a" {b} "c">`},
	{`f"{a!r:>{w}}"`, `f<{a!r:f<">" {w}>}>`},
	{`f"{{}}{a}"`, `f<"{}" {a}>`},
	{`"x" f"{a}" "y"`, `f<"x" {a} "y">`},
	{`f"{a['k']}"`, `f<{a["k"]}>`},
	{`f'{a["k"]:02d}'`, `f<{a["k"]:f<"02d">}>`},
	{`f"{x if y else z}"`, `f<{(x if y else z)}>`},
	{`f"{ {'a': 1}['a'] }"`, `f<{{"a": 1}["a"]}>`},
	{`f"{a, b}"`, `f<{(a, b,)}>`},
	{`f"{a=}"`, `f<"a=" {a!r}>`},
	{`f"{a = :>4}"`, `f<"a = " {a:f<">4">}>`},
	{`f"{f'{x}'}"`, `f<{f<{x}>}>`},
	{`rf"\n{a}"`, `f<"\\n" {a}>`},
	{`f"\t{a}\x41"`, `f<"\t" {a} "A">`},
	{`f"{a!s}{b!a}"`, `f<{a!s} {b!a}>`},
	{`f"{3.14:.2f}"`, `f<{3.14:f<".2f">}>`},
	{`f""`, `f<>`},
}

func TestExprs(t *testing.T) {
	for _, test := range exprTests {
		f, err := Parse("test.py", []byte(test.src))
		if err != nil {
			t.Errorf("Parse(%q): %v", test.src, err)
			continue
		}
		if len(f.Body) != 1 {
			t.Errorf("Parse(%q): %d statements", test.src, len(f.Body))
			continue
		}
		es, ok := f.Body[0].(*ExprStmt)
		if !ok {
			t.Errorf("Parse(%q): got %s", test.src, Dump(f.Body[0]))
			continue
		}
		if got := infix(es.X); got != test.want {
			t.Errorf("Parse(%q) = %s, want %s", test.src, got, test.want)
		}
	}
}

// stmtTests pairs source with the Dump of its statements, one per line.
var stmtTests = []struct{ src, want string }{
	{"x = 1",
		`(Assign Targets=[(Name x)] Value=(Constant 1))`},
	{"a = b = c",
		`(Assign Targets=[(Name a) (Name b)] Value=(Name c))`},
	{"a, *b = c",
		`(Assign Targets=[(Tuple Elts=[(Name a) (Starred Value=(Name b))])] Value=(Name c))`},
	{"[a, b] = c",
		`(Assign Targets=[(List Elts=[(Name a) (Name b)])] Value=(Name c))`},
	{"a.b, c[d] = e, f",
		`(Assign Targets=[(Tuple Elts=[(Attribute Value=(Name a) Attr="b") (Subscript Value=(Name c) Index=(Name d))])] Value=(Tuple Elts=[(Name e) (Name f)]))`},
	{"x += 1",
		`(AugAssign Target=(Name x) Op=+ Value=(Constant 1))`},
	{"x.y //= 2",
		`(AugAssign Target=(Attribute Value=(Name x) Attr="y") Op=// Value=(Constant 2))`},
	{"x[0] **= 3",
		`(AugAssign Target=(Subscript Value=(Name x) Index=(Constant 0)) Op=** Value=(Constant 3))`},
	{"x: int",
		`(AnnAssign Target=(Name x) Annotation=(Name int))`},
	{"x: int = 1",
		`(AnnAssign Target=(Name x) Annotation=(Name int) Value=(Constant 1))`},
	{"del a, b.c, d[e]",
		`(Delete Targets=[(Name a) (Attribute Value=(Name b) Attr="c") (Subscript Value=(Name d) Index=(Name e))])`},
	{"pass",
		`(Pass)`},
	{"a; b; c",
		`(ExprStmt X=(Name a))
(ExprStmt X=(Name b))
(ExprStmt X=(Name c))`},
	{"def f(): return",
		`(FunctionDef Name="f" Args=(Arguments) Body=[(Return)])`},
	{"raise",
		`(Raise)`},
	{"raise E",
		`(Raise Exc=(Name E))`},
	{"raise E from e",
		`(Raise Exc=(Name E) Cause=(Name e))`},
	{"global a, b",
		`(Global Names=["a" "b"])`},
	{"assert x",
		`(Assert Test=(Name x))`},
	{"assert x, \"msg\"",
		`(Assert Test=(Name x) Msg=(Constant "msg"))`},
	{"import a",
		`(Import Names=[(Alias Name="a")])`},
	{"import a.b.c as d, e",
		`(Import Names=[(Alias Name="a.b.c" AsName="d") (Alias Name="e")])`},
	{"from a.b import c",
		`(ImportFrom Module="a.b" Names=[(Alias Name="c")])`},
	{"from . import c as d",
		`(ImportFrom Names=[(Alias Name="c" AsName="d")] Level=1)`},
	{"from ..a import (b, c,)",
		`(ImportFrom Module="a" Names=[(Alias Name="b") (Alias Name="c")] Level=2)`},
	{"from x import *",
		`(ImportFrom Module="x")`},
	{"if a: pass",
		`(If Test=(Name a) Body=[(Pass)])`},
	{"if a:\n    b\nelif c:\n    d\nelse:\n    e",
		`(If Test=(Name a) Body=[(ExprStmt X=(Name b))] OrElse=[(If Test=(Name c) Body=[(ExprStmt X=(Name d))] OrElse=[(ExprStmt X=(Name e))])])`},
	{"for x in y:\n    break\nelse:\n    pass",
		`(For Target=(Name x) Iter=(Name y) Body=[(Break)] OrElse=[(Pass)])`},
	{"for a, b in c, d: pass",
		`(For Target=(Tuple Elts=[(Name a) (Name b)]) Iter=(Tuple Elts=[(Name c) (Name d)]) Body=[(Pass)])`},
	{"while a:\n    continue\nelse:\n    pass",
		`(While Test=(Name a) Body=[(Continue)] OrElse=[(Pass)])`},
	{"try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f",
		`(Try Body=[(ExprStmt X=(Name a))] Handlers=[(ExceptHandler Type=(Name E) Body=[(ExprStmt X=(Name b))]) (ExceptHandler Type=(Tuple Elts=[(Name F) (Name G)]) Name="e" Body=[(ExprStmt X=(Name c))]) (ExceptHandler Body=[(ExprStmt X=(Name d))])] OrElse=[(ExprStmt X=(Name e))] Finalbody=[(ExprStmt X=(Name f))])`},
	{"try:\n    a\nfinally:\n    b",
		`(Try Body=[(ExprStmt X=(Name a))] Finalbody=[(ExprStmt X=(Name b))])`},
	{"with a as b, c:\n    pass",
		`(With Items=[(WithItem Context=(Name a) Vars=(Name b)) (WithItem Context=(Name c))] Body=[(Pass)])`},
	{"with (a as b, c as d):\n    pass",
		`(With Items=[(WithItem Context=(Name a) Vars=(Name b)) (WithItem Context=(Name c) Vars=(Name d))] Body=[(Pass)])`},
	{"with (a, b) as c:\n    pass",
		`(With Items=[(WithItem Context=(Tuple Elts=[(Name a) (Name b)]) Vars=(Name c))] Body=[(Pass)])`},
	{"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a",
		`(FunctionDef Name="f" Args=(Arguments Args=[(Arg Name="a") (Arg Name="b")] Defaults=[(Constant 1)] Vararg=(Arg Name="args") KwOnly=[(Arg Name="c") (Arg Name="d")] KwDefaults=[nil (Constant 2)] Kwarg=(Arg Name="kw")) Body=[(Return Value=(Name a))] Returns=(Name int))`},
	{"def f(*, a): pass",
		`(FunctionDef Name="f" Args=(Arguments KwOnly=[(Arg Name="a")] KwDefaults=[nil]) Body=[(Pass)])`},
	{"def f(a: int, b: str = \"x\"): pass",
		`(FunctionDef Name="f" Args=(Arguments Args=[(Arg Name="a" Annotation=(Name int)) (Arg Name="b" Annotation=(Name str))] Defaults=[(Constant "x")]) Body=[(Pass)])`},
	{"@d1\n@d2(x)\ndef f(): pass",
		`(FunctionDef Name="f" Args=(Arguments) Body=[(Pass)] Decorators=[(Name d1) (Call Func=(Name d2) Args=[(Name x)])])`},
	{"class A: pass",
		`(ClassDef Name="A" Body=[(Pass)])`},
	{"class A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): return self.x",
		`(ClassDef Name="A" Bases=[(Name B) (Name C)] Keywords=[(Keyword Arg="metaclass" Value=(Name M)) (Keyword Value=(Name kw))] Body=[(Assign Targets=[(Name x)] Value=(Constant 1)) (FunctionDef Name="m" Args=(Arguments Args=[(Arg Name="self")]) Body=[(Return Value=(Attribute Value=(Name self) Attr="x"))])])`},
	{"@dataclass\nclass A(B): pass",
		`(ClassDef Name="A" Bases=[(Name B)] Body=[(Pass)] Decorators=[(Name dataclass)])`},
	{"def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x = 2\n    return inner\n",
		`(FunctionDef Name="outer" Args=(Arguments) Body=[(Assign Targets=[(Name x)] Value=(Constant 1)) (FunctionDef Name="inner" Args=(Arguments) Body=[(Nonlocal Names=["x"]) (Assign Targets=[(Name x)] Value=(Constant 2))]) (Return Value=(Name inner))])`},
}

func TestStmts(t *testing.T) {
	for _, test := range stmtTests {
		f, err := Parse("test.py", []byte(test.src))
		if err != nil {
			t.Errorf("Parse(%q): %v", test.src, err)
			continue
		}
		var parts []string
		for _, s := range f.Body {
			parts = append(parts, Dump(s))
		}
		if got := strings.Join(parts, "\n"); got != test.want {
			t.Errorf("Parse(%q):\n got  %s\n want %s", test.src, got, test.want)
		}
	}
}

// TestPositions checks the positions of selected nodes: the first node
// (in Walk order) whose Dump starts with the given prefix.
func TestPositions(t *testing.T) {
	tests := []struct {
		src, node string
		line, col int32
	}{
		{"x = 1", "(Name x)", 1, 1},
		{"x = 1", "(Constant 1)", 1, 5},
		{"if a:\n    b = c.d", "(Attribute", 2, 9},
		{"if a:\n    b = c.d", "(Assign", 2, 5},
		{"é = 'ü' + x", "(Name x)", 1, 11},
		{"s = '€€' ; y", "(Name y)", 1, 12},
		{"x = f'''\n\n  {a +\n b}'''", "(Name a)", 3, 4},
		{"x = f'''\n\n  {a +\n b}'''", "(Name b)", 4, 2},
		{"x = f'ab{c}'", "(Name c)", 1, 10},
		{"x = f'é{c:{w}}'", "(Name w)", 1, 12},
		{"x = (1 +\n     2)", "(Constant 2)", 2, 6},
		{"x = 'a\\\nb' + y", "(Name y)", 2, 6},
		{"x = \\\n  y", "(Name y)", 2, 3},
		{"def f():\n\tx = 1", "(Assign", 2, 2},
		{"a.b(c)", "(Call", 1, 1},
		{"-a", "(UnaryOp", 1, 1},
		{"x = [i for i in y]", "(Comprehension", 1, 8},
		{"f(a, k=1)", "(Keyword", 1, 6},
		{"def f(a, b): pass", "(Arg Name=\"b\"", 1, 10},
		{"import a.b as c", "(Alias", 1, 8},
	}
	for _, test := range tests {
		f, err := Parse("test.py", []byte(test.src))
		if err != nil {
			t.Errorf("Parse(%q): %v", test.src, err)
			continue
		}
		var found Node
		for _, s := range f.Body {
			Walk(s, func(n Node) bool {
				if found == nil && strings.HasPrefix(Dump(n), test.node) {
					found = n
				}
				return found == nil
			})
		}
		if found == nil {
			t.Errorf("Parse(%q): no node %s", test.src, test.node)
			continue
		}
		if p := found.Pos(); p.Line != test.line || p.Col != test.col {
			t.Errorf("Parse(%q): %s at %v, want %d:%d", test.src, test.node, p, test.line, test.col)
		}
	}
}

func TestWalkSkip(t *testing.T) {
	f, err := Parse("test.py", []byte("def f(a=b):\n    return c + d\nx = [y for y in z]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range f.Body {
		Walk(s, func(n Node) bool {
			if n, ok := n.(*Name); ok {
				names = append(names, n.Id)
			}
			_, isDef := n.(*FunctionDef)
			return !isDef
		})
	}
	if got := strings.Join(names, " "); got != "x y y z" {
		t.Errorf("names = %q", got)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		src, err string // err is "" for success
	}{
		{"x = " + strings.Repeat("-", 1000) + "1", ""},
		{"x = " + strings.Repeat("a.", 1000) + "b", ""},
		{"x = " + strings.Repeat("a + ", 1000) + "b", ""},
		{"x = " + strings.Repeat("(", 200) + strings.Repeat(")", 200), ""},
		{"x = " + strings.Repeat("-", 5000) + "1", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("a.", 5000) + "b", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("a + ", 5000) + "b", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("(", 201) + strings.Repeat(")", 201), "SyntaxError: too many nested parentheses"},
		{strings.Repeat(" ", 0) + func() string {
			var sb strings.Builder
			for i := 0; i < 100; i++ {
				sb.WriteString(strings.Repeat(" ", i) + "if x:\n")
			}
			return sb.String() + strings.Repeat(" ", 100) + "pass\n"
		}(), "IndentationError: too many levels of indentation"},
	}
	for _, test := range tests {
		_, err := Parse("test.py", []byte(test.src))
		got := ""
		if err != nil {
			e := err.(*Error)
			got = e.Kind + ": " + e.Msg
		}
		if got != test.err {
			t.Errorf("Parse(%.40q...) error %q, want %q", test.src, got, test.err)
		}
	}
}
