package python

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runFiles writes files into a temporary project directory and runs main.
func runFiles(t *testing.T, files map[string]string, main string, opts Options) (string, error) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	opts.Root = dir
	opts.Stdout = &out
	if opts.Argv == nil {
		opts.Argv = []string{main}
	}
	in := New(opts)
	_, err := in.RunFile(main)
	return out.String(), err
}

func runSrc(t *testing.T, src string) (string, error) {
	t.Helper()
	return runFiles(t, map[string]string{"main.py": src}, "main.py", Options{})
}

func TestEvalPrograms(t *testing.T) {
	tests := []struct {
		name, src, want, err string
	}{
		{"closure late binding", `
def outer():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(outer())
`, "[2, 2, 2]\n", ""},
		{"nonlocal counter", `
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
`, "3\n", ""},
		{"global", `
x = 1
def f():
    global x
    x = 5
f()
print(x)
`, "5\n", ""},
		{"unbound local", `
x = 1
def f():
    print(x)
    x = 2
f()
`, "", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"},
		{"name error", `print(nope)`, "", "NameError: name 'nope' is not defined"},
		{"class body scope hidden from methods", `
y = "global"
class A:
    y = "class"
    def m(self):
        return y
print(A().m(), A.y)
`, "global class\n", ""},
		{"comprehension first iterable in enclosing scope", `
class A:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
print(A.ys)
`, "[2, 4, 6]\n", ""},
		{"locals in function", `
def f():
    x_a = 1
    x_b = 2
    other = 3
    return {k: v for k, v in locals().items() if k.startswith("x_")}
print(f())
`, "{'x_a': 1, 'x_b': 2}\n", ""},
		{"globals update", `
globals().update({"injected": 42})
print(injected)
def f():
    return injected + 1
print(f())
`, "42\n43\n", ""},
		{"unpacking", `
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *rest = "xyz"
print(first, rest)
`, "1 2 3 [4, 5]\nx ['y', 'z']\n", ""},
		{"unpack too many", `a, b = 1, 2, 3`, "", "ValueError: too many values to unpack (expected 2)"},
		{"chained assignment", `
a = b = []
a.append(1)
print(b)
`, "[1]\n", ""},
		{"aug assign list in place", `
a = [1]
b = a
a += [2]
print(b)
`, "[1, 2]\n", ""},
		{"try ordering", `
def f():
    try:
        print("body")
        raise ValueError("x")
    except ValueError as e:
        print("except", e)
        return "ret"
    else:
        print("else")
    finally:
        print("finally")
print(f())
`, "body\nexcept x\nfinally\nret\n", ""},
		{"except unbinds", `
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print(e)
`, "", "NameError: name 'e' is not defined"},
		{"raise from", `
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__))
`, "ValueError('bad') KeyError('k')\n", ""},
		{"classes", `
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"{type(self).__name__}({self.x})"
    @property
    def double(self):
        return self.x * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def make(cls):
        return cls(7)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "child " + super().describe()
c = Child(1, 2)
print(c.describe(), c.double, Base.s(1), Base.make().x, isinstance(c, Base))
print(Child.__mro__)
`, "child Child(1) 2 2 7 True\n(<class 'main.Child'>, <class 'main.Base'>, <class 'object'>)\n", ""},
		{"dunders", `
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __radd__(self, o): return V(self.x + o)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __repr__(self): return f"V({self.x})"
    def __len__(self): return self.x
    def __getitem__(self, i): return i * 10
    def __iter__(self): return iter([1, 2])
    def __contains__(self, v): return v == 99
    def __call__(self, a): return a * 2
print(V(1) + V(2), 5 + V(1), V(3) == V(3), len(V(4)), V(0)[3], list(V(0)), 99 in V(0), V(0)(21))
print(bool(V(0)))
try:
    hash(V(1))
except TypeError as e:
    print(e)
`, "V(3) V(6) True 4 30 [1, 2] True 42\nFalse\nunhashable type: 'V'\n", ""},
		{"default repr", `
class A: pass
print(repr(A()).startswith("<main.A object at 0x"))
`, "True\n", ""},
		{"takes no arguments", `
class A: pass
A(1)
`, "", "TypeError: A() takes no arguments"},
		{"mro conflict", `
class A: pass
class B(A): pass
class C(A, B): pass
`, "", "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B"},
		{"user exception", `
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("boom", 3)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
`, "MyErr boom 3 ('boom',)\n", ""},
		{"with protocol", `
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with CM() as c:
    raise ValueError("x")
print("after")
`, "enter\nexit ValueError\nafter\n", ""},
		{"arg errors", `
def f(a, b): pass
f(1)
`, "", "TypeError: f() missing 1 required positional argument: 'b'"},
		{"method arg errors", `
class A:
    def m(self, a): pass
A().m(1, 2)
`, "", "TypeError: A.m() takes 2 positional arguments but 3 were given"},
		{"star args", `
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, **{"a": 1}, b=2))
`, "((1, 2, 3), {'a': 1, 'b': 2})\n", ""},
		{"star not iterable", `
def f(*a): pass
f(*1)
`, "", "TypeError: main.f() argument after * must be an iterable, not int"},
		{"recursion limit", `
def f(n):
    return f(n + 1)
f(0)
`, "", "RecursionError: maximum recursion depth exceeded"},
		{"assert", `assert 1 == 2, "nope"`, "", "AssertionError: nope"},
		{"for else while else", `
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
else:
    print("done", n)
`, "no break\ndone 3\n", ""},
		{"del", `
x = 1
del x
d = {"a": 1, "b": 2}
del d["a"]
print(d)
print(x)
`, "{'b': 2}\n", "NameError: name 'x' is not defined"},
		{"generator expression", `
print(sum(x * x for x in range(4)), list(x for x in "ab"))
`, "14 ['a', 'b']\n", ""},
		{"decorators bottom up", `
def a(f):
    return lambda: "a(" + f() + ")"
def b(f):
    return lambda: "b(" + f() + ")"
@a
@b
def g():
    return "g"
print(g())
`, "a(b(g))\n", ""},
		{"vars on instance", `
class A:
    def __init__(self):
        self.p = 1
        self.q = 2
print(sorted(vars(A()).items()))
`, "[('p', 1), ('q', 2)]\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runSrc(t, tc.src)
			if out != tc.want {
				t.Errorf("output = %q, want %q", out, tc.want)
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tc.err {
				t.Errorf("error = %q, want %q", gotErr, tc.err)
			}
		})
	}
}

func TestTraceback(t *testing.T) {
	files := map[string]string{
		"analysis/dataset_definition.py": "from helpers import foo\n\nx = 1\ny = foo()\n",
		"analysis/helpers.py":            "def foo():\n    return 1 / 0\n",
	}
	_, err := runFiles(t, files, "analysis/dataset_definition.py", Options{})
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Exception", err)
	}
	want := `Traceback (most recent call last):
  File "analysis/dataset_definition.py", line 4, in <module>
    y = foo()
  File "analysis/helpers.py", line 2, in foo
    return 1 / 0
ZeroDivisionError: division by zero
`
	if got := e.FormatTraceback(); got != want {
		t.Errorf("traceback:\n%s\nwant:\n%s", got, want)
	}
	if e.Line() != 2 || e.TypeName() != "ZeroDivisionError" || e.Message() != "division by zero" {
		t.Errorf("Line/TypeName/Message = %d %q %q", e.Line(), e.TypeName(), e.Message())
	}
}

func TestSyntaxErrorTraceback(t *testing.T) {
	_, err := runSrc(t, "x = 1\ny = (1 +\n")
	var e *Exception
	if !errors.As(err, &e) || !e.Class.IsSubclass(SyntaxError) {
		t.Fatalf("err = %v, want SyntaxError", err)
	}
	tb := e.FormatTraceback()
	if !strings.HasPrefix(tb, "  File \"main.py\", line ") || !strings.Contains(tb, "SyntaxError: ") {
		t.Errorf("traceback = %q", tb)
	}
}

func TestImports(t *testing.T) {
	files := map[string]string{
		"analysis/main.py": `
import codelists
import analysis.codelists as ac
from analysis import codelists as ac2
from pkg.sub import value, helper
from pkg import sub
import pkg.sub
from star import *
print(codelists.NAME, ac.NAME, ac is ac2, codelists is ac)
print(value, helper(), sub.value, pkg.sub.value)
print(public, "_private" in globals())
import codelists
print(codelists.COUNT)
print(__name__, __file__)
`,
		"analysis/codelists.py": "NAME = 'cl'\nprint('loading', __name__)\nCOUNT = 1\n",
		"pkg/__init__.py":       "",
		"pkg/sub.py":            "value = 7\ndef helper():\n    return 'h'\n",
		"star.py":               "public = 1\n_private = 2\n",
	}
	out, err := runFiles(t, files, "analysis/main.py", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "loading codelists\nloading analysis.codelists\ncl cl True False\n7 h 7 7\n1 False\n1\nmain analysis/main.py\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func TestImportErrors(t *testing.T) {
	native := map[string]ModuleLoader{
		"json": func(t *Thread) (*Module, error) {
			return NewModule("json", map[string]Value{"loads": None}), nil
		},
		"ehrql": func(t *Thread) (*Module, error) { return NewModule("ehrql", nil), nil },
		"ehrql.tables": func(t *Thread) (*Module, error) {
			return NewModule("ehrql.tables", nil), nil
		},
		"ehrql.tables.core": func(t *Thread) (*Module, error) {
			return NewModule("ehrql.tables.core", map[string]Value{"patients": Str("P")}), nil
		},
	}
	cases := []struct{ src, want, err string }{
		{"import pandas", "", "ModuleNotFoundError: No module named 'pandas'"},
		{"from json import nope", "", "ImportError: cannot import name 'nope' from 'json' (unknown location)"},
		{"import json\njson.x", "", "AttributeError: module 'json' has no attribute 'x'"},
		{"import ehrql.tables.core\nprint(ehrql.tables.core.patients)", "P\n", ""},
		{"from ehrql.tables.core import patients\nprint(patients)", "P\n", ""},
		{"from . import x", "", "ImportError: relative imports are not supported"},
	}
	for _, c := range cases {
		out, err := runFiles(t, map[string]string{"main.py": c.src}, "main.py", Options{Modules: native})
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if out != c.want || gotErr != c.err {
			t.Errorf("%q: got (%q, %q), want (%q, %q)", c.src, out, gotErr, c.want, c.err)
		}
	}
}

func TestNamespacePackageLosesToModule(t *testing.T) {
	files := map[string]string{
		"analysis/main.py":   "import x\nprint(x.V)\n",
		"x/readme.txt":       "a plain directory",
		"analysis/x/data.md": "also a directory",
		"x.py":               "V = 'module wins'\n",
	}
	out, err := runFiles(t, files, "analysis/main.py", Options{})
	if err != nil || out != "module wins\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

func TestModuleExecutedOnceAndArgv(t *testing.T) {
	files := map[string]string{
		"main.py": "import a\nimport b\nprint(a.n, b.a is a)\n",
		"a.py":    "print('a runs')\nn = 1\n",
		"b.py":    "import a\n",
	}
	out, err := runFiles(t, files, "main.py", Options{})
	if err != nil || out != "a runs\n1 True\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

func TestSandbox(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "project")
	outside := filepath.Join(dir, "secret.txt")
	os.MkdirAll(filepath.Join(root, "analysis"), 0o755)
	os.WriteFile(outside, []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(root, "data.txt"), []byte("line1\nline2\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(root, "link.txt")); err != nil {
		t.Skip("symlinks unsupported")
	}
	cases := []struct{ src, want, err string }{
		{"with open('data.txt') as f:\n    print(f.readlines())", "['line1\\n', 'line2\\n']\n", ""},
		{"for line in open('data.txt'):\n    print(line.strip())", "line1\nline2\n", ""},
		{"print(open('data.txt').read())", "line1\nline2\n\n", ""},
		{"open('../secret.txt')", "", "PermissionError: [Errno 13] Permission denied: '../secret.txt' (outside the project directory)"},
		{"open('" + outside + "')", "", "PermissionError: [Errno 13] Permission denied: '" + outside + "' (outside the project directory)"},
		{"open('link.txt')", "", "PermissionError: [Errno 13] Permission denied: 'link.txt' (outside the project directory)"},
		{"open('missing.txt')", "", "FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'"},
		{"open('data.txt', 'w')", "", "PermissionError: [Errno 13] Permission denied: 'data.txt' (writing files is not allowed)"},
	}
	for _, c := range cases {
		os.WriteFile(filepath.Join(root, "analysis", "main.py"), []byte(c.src), 0o644)
		var out bytes.Buffer
		in := New(Options{Root: root, Stdout: &out})
		_, err := in.RunFile("analysis/main.py")
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if out.String() != c.want || gotErr != c.err {
			t.Errorf("%q: got (%q, %q), want (%q, %q)", c.src, out.String(), gotErr, c.want, c.err)
		}
	}
}

func TestStepBudget(t *testing.T) {
	start := time.Now()
	_, err := runFiles(t, map[string]string{"main.py": "while True:\n    try:\n        pass\n    except Exception:\n        pass\n"}, "main.py", Options{MaxSteps: 100000})
	if err == nil || !strings.Contains(err.Error(), "took too long") && !strings.Contains(err.Error(), "ran for too long") {
		t.Fatalf("err = %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("step budget too slow")
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "main.py"), []byte("while True:\n    pass\n"), 0o644)
	in := New(Options{Root: dir})
	th := in.Thread()
	go func() {
		time.Sleep(20 * time.Millisecond)
		th.Cancel("test says stop")
	}()
	_, err := in.RunFile("main.py")
	if err == nil || !strings.Contains(err.Error(), "test says stop") {
		t.Fatalf("err = %v", err)
	}
}

func TestHostErrorWrapped(t *testing.T) {
	sentinel := errors.New("host failure")
	Universe.Set("_test_fail", NewBuiltin("_test_fail", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return nil, sentinel
	}))
	defer Universe.Delete("_test_fail")
	_, err := runSrc(t, "def f():\n    _test_fail()\nf()\n")
	if !errors.Is(err, sentinel) {
		t.Fatalf("err = %v, want wrapping sentinel", err)
	}
	var e *Exception
	if !errors.As(err, &e) || e.TypeName() != "RuntimeError" || len(e.Traceback()) != 2 {
		t.Fatalf("got %#v", err)
	}
}

func TestErrorLines(t *testing.T) {
	cases := []struct {
		src  string
		line int
	}{
		{"def f(x):\n    return x\ny = f(\n    1,\n    1 / 0,\n)\n", 5},
		{"def g():\n    return {}['k']\ny = [\n    1,\n    g(),\n]\n", 2},
		{"y = (1 +\n     None)\n", 1},
		{"x = {'a': 1}\ny = (x\n     ['b'])\n", 2},
		{"def f(x):\n    return x\ny = f(\n    nope)\n", 4},
		{"y = 'abc'.nosuch(\n    1)\n", 1},
		{"y = 'abc'.upper(\n    1)\n", 1},
		{"for x in [1, 2]:\n    pass\nelse:\n    1/0\n", 4},
		{"try:\n    1/0\nfinally:\n    pass\n", 2},
		{"if (1 and\n    nope):\n    pass\n", 2},
	}
	for _, c := range cases {
		_, err := runSrc(t, c.src)
		var e *Exception
		if !errors.As(err, &e) {
			t.Errorf("%q: err = %v", c.src, err)
			continue
		}
		if e.Line() != c.line {
			t.Errorf("%q: line %d, want %d (%v)", c.src, e.Line(), c.line, err)
		}
	}
}

func TestDeepRecursionLimit(t *testing.T) {
	src := `
class A:
    def __repr__(self):
        return repr(self)
def f(n):
    return [f(n + 1) for _ in [1]]
try:
    f(0)
except RecursionError as e:
    print("caught", e)
try:
    repr(A())
except RecursionError as e:
    print("caught", e)
`
	out, err := runFiles(t, map[string]string{"main.py": src}, "main.py", Options{MaxDepth: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	want := "caught maximum recursion depth exceeded\ncaught maximum recursion depth exceeded\n"
	if out != want {
		t.Errorf("got %q", out)
	}
}

func TestSyntaxErrorInImport(t *testing.T) {
	files := map[string]string{
		"main.py": "x = 1\nimport bad\n",
		"bad.py":  "y = 2\nz = (\n",
	}
	_, err := runFiles(t, files, "main.py", Options{})
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	want := "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    import bad\n  File \"bad.py\", line 2\n    z = (\n        ^\nSyntaxError: '(' was never closed\n"
	if got := e.FormatTraceback(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestNamespaceStarImport(t *testing.T) {
	files := map[string]string{
		"analysis/def.py":         "from codelists import *\nfrom analysis.lib.vars import f\nprint(f(), [n for n in dir() if not n.startswith('_')])\n",
		"codelists/asthma.csv":    "code\n1\n",
		"analysis/lib/vars.py":    "def f():\n    return 'f'\n",
		"analysis/lib/readme.txt": "",
	}
	out, err := runFiles(t, files, "analysis/def.py", Options{})
	if err != nil || out != "f ['f']\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

func TestDeeplyNestedSource(t *testing.T) {
	srcs := []string{
		"x = " + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000) + "\n",
		"x = 1" + strings.Repeat(" + 1", 50000) + "\nprint(x)\n",
		"x = " + strings.Repeat("-", 50000) + "1\nprint(x)\n",
		"x = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n",
	}
	// The parser limits nesting; the point is that nothing crashes.
	for i, src := range srcs {
		out, err := runSrc(t, src)
		t.Logf("case %d: out=%.20q err=%.80v", i, out, err)
	}
}

func BenchmarkStepLoop(b *testing.B) {
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "main.py"), []byte("i = 0\nwhile True:\n    i += 1\n"), 0o644)
	for n := 0; n < b.N; n++ {
		in := New(Options{Root: dir, MaxSteps: 1_000_000})
		if _, err := in.RunFile("main.py"); err == nil {
			b.Fatal("expected step limit error")
		}
	}
}

func TestDelAttr(t *testing.T) {
	out, err := runSrc(t, "class A: pass\na = A()\na.x = 1\ndel a.x\nprint(hasattr(a, 'x'))\ntry:\n    del A().y\nexcept AttributeError as e:\n    print(e)\n")
	if err != nil || out != "False\n'A' object has no attribute 'y'\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

func TestRecursionTraceback(t *testing.T) {
	_, err := runSrc(t, "def f(n):\n    return f(n + 1)\nf(0)\n")
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	want := `Traceback (most recent call last):
  File "main.py", line 3, in <module>
    f(0)
  File "main.py", line 2, in f
    return f(n + 1)
  File "main.py", line 2, in f
    return f(n + 1)
  File "main.py", line 2, in f
    return f(n + 1)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
`
	if got := e.FormatTraceback(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
