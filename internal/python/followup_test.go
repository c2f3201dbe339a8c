package python

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// Tests of the follow-ups to the evaluator's first version: compile-time
// RecursionError, callable(), big int literals, set displays, augmented
// assignment, immutable shared classes, Thread.Step, SystemExit.code and
// Errorf's formatting.

func TestCompileRecursionError(t *testing.T) {
	deep := "x = " + strings.Repeat("-", 5000) + "1\n"
	_, err := runSrc(t, deep)
	var e *Exception
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	if e.Class != RecursionError || e.Message() != "maximum recursion depth exceeded during compilation" || e.Line() != 0 {
		t.Errorf("got %s (line %d), want RecursionError at line 0", e, e.Line())
	}
	if got := e.FormatTraceback(); got != "RecursionError: maximum recursion depth exceeded during compilation\n" {
		t.Errorf("traceback = %q", got)
	}
	// Raised by compiling an imported module, it is catchable as such (and
	// is not a SyntaxError).
	out, err := runFiles(t, map[string]string{
		"deep.py": deep,
		"main.py": "try:\n    import deep\nexcept SyntaxError:\n    print('syntax')\nexcept RecursionError as e:\n    print('recursion:', e)\n",
	}, "main.py", Options{})
	if err != nil || out != "recursion: maximum recursion depth exceeded during compilation\n" {
		t.Errorf("import: got %q, %v", out, err)
	}
	// The other kinds keep their classes.
	for src, want := range map[string]*Class{
		"if x:\n\tpass\n        pass\n": TabError,
		"if x:\npass\n":                 IndentationError,
		"x = (\n":                       SyntaxError,
	} {
		_, err := runSrc(t, src)
		if !errors.As(err, &e) || e.Class != want || e.Line() == 0 {
			t.Errorf("%q: got %v, want %s with a line", src, err, want.Name)
		}
	}
}

// hostCallable is a host value implementing Callable.
type hostCallable struct{}

func (hostCallable) Type() *Class { return ObjectClass }
func (hostCallable) Call(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return None, nil
}

func TestIsCallable(t *testing.T) {
	out, err := runSrc(t, `
class Plain: pass
class WithCall:
    def __call__(self): return 1
class Sub(WithCall): pass
class NotCallable:
    __call__ = None
print(callable(Plain()), callable(WithCall()), callable(Sub()), callable(NotCallable()))
print(callable(Plain), callable(len), callable([].append), callable(lambda: 0), callable(1))
try:
    Plain()()
except TypeError as e:
    print(e)
`)
	want := "False True True False\nTrue True True True False\n'Plain' object is not callable\n"
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
	if IsCallable(&Builtin{Name: "stub"}) || IsCallable(&BoundMethod{Self: None, Func: Int(1)}) || IsCallable(Int(1)) {
		t.Error("IsCallable reports a non-callable value as callable")
	}
	if IsCallable(&BoundMethod{Self: None, Func: &Builtin{Name: "stub"}}) {
		t.Error("a bound method of a non-callable is callable")
	}
	if !IsCallable(hostCallable{}) {
		t.Error("a host Callable is not callable")
	}
}

func TestBigIntLiterals(t *testing.T) {
	// The *big.Int of a literal is shared by every evaluation of it, so
	// arithmetic must never modify it.
	out, err := runSrc(t, `
def f():
    x = 18446744073709551616
    y = x
    y += 1
    y *= 3
    return x, -x, x - 18446744073709551616, 0x1_0000_0000_0000_0000
for _ in range(2):
    print(f())
print(-9223372036854775808, type(-9223372036854775808 - 1).__name__)
`)
	want := "(18446744073709551616, -18446744073709551616, 0, 18446744073709551616)\n" +
		"(18446744073709551616, -18446744073709551616, 0, 18446744073709551616)\n" +
		"-9223372036854775808 int\n"
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}

func TestSetDisplayAndAugmentedAssignment(t *testing.T) {
	out, err := runSrc(t, `
print({10, 2, 18}, {-10, -2, -18})
x = 10
print({x, 2, 18})
x = [1]; y = x; x *= 3; print(y, x is y)
d = {1: 2}; e = d; d |= [(3, 4)]; print(e)
f = frozenset({1}); g = f; f |= {2}; print(g, f)
t = (1,); u = t; t += (2,); print(u, t)
`)
	want := "{2, 18, 10} {-2, -18, -10}\n{18, 10, 2}\n[1, 1, 1] True\n{1: 2, 3: 4}\nfrozenset({1}) frozenset({1, 2})\n(1,) (1, 2)\n"
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}

func TestSharedClassesImmutable(t *testing.T) {
	host := NewClass("Thing", "hostmod", nil, nil)
	host.Dict.Set("kind", Str("thing"))
	mods := map[string]ModuleLoader{
		"hostmod": func(t *Thread) (*Module, error) {
			return NewModule("hostmod", map[string]Value{"Thing": host}), nil
		},
	}
	src := `
from hostmod import Thing
def attempt(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
def a(): Thing.kind = "changed"
def b(): del Thing.kind
def c(): Thing.new = 1
def d(): int.x = 1
def e(): setattr(str, "upper", None)
def g(): delattr(list, "append")
for f in (a, b, c, d, e, g):
    attempt(f)
class User(Thing):
    pass
User.kind = "user"
del User.kind
T = type("T", (), {})
T.x = 1
print(Thing.kind, User.kind, T.x, "upper" in dir(str))
`
	want := `cannot set 'kind' attribute of immutable type 'hostmod.Thing'
cannot set 'kind' attribute of immutable type 'hostmod.Thing'
cannot set 'new' attribute of immutable type 'hostmod.Thing'
cannot set 'x' attribute of immutable type 'int'
cannot set 'upper' attribute of immutable type 'str'
cannot set 'append' attribute of immutable type 'list'
thing thing 1 True
`
	out, err := runFiles(t, map[string]string{"main.py": src}, "main.py", Options{Modules: mods})
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
	if v, _ := host.Dict.Get("kind"); v != Str("thing") || host.Dict.Len() != 1 {
		t.Errorf("host class was modified: %v", host.Dict.Names())
	}
}

// endless is a host iterator that never ends and does not charge steps.
type endless struct{}

func (endless) Type() *Class                              { return ObjectClass }
func (endless) Iterate(t *Thread) (Iterator, error)       { return endless{}, nil }
func (endless) Next(t *Thread) (Value, bool, error)       { return Int(0), true, nil }
func (endless) Repr(t *Thread) (string, error)            { return "endless", nil }
func (endless) Contains(t *Thread, x Value) (bool, error) { return false, nil }

func TestStepChargedInGoLoops(t *testing.T) {
	if err := (&Thread{}).Step(); err != nil {
		t.Errorf("Step on a detached thread: %v", err)
	}
	Universe.Set("_test_endless", endless{})
	defer Universe.Delete("_test_endless")
	// Each of these loops forever inside Go; the step budget must stop it.
	for _, expr := range []string{
		"sum(iter(int, 1))",
		"any(iter(int, 1))",
		"all(iter(object, 1))",
		"max(iter(int, 1))",
		"list(filter(None, iter(int, 1)))",
		"5 in iter(int, 1)",
		"sum(_test_endless)",
		"sorted(_test_endless)",
		"set(_test_endless)",
		"a, b = _test_endless",
		"f(*_test_endless)",
		"dict.fromkeys(_test_endless)",
	} {
		start := time.Now()
		_, err := runFiles(t, map[string]string{"main.py": "def f(*a): pass\n" + expr + "\n"}, "main.py", Options{MaxSteps: 50_000})
		if err == nil || !strings.Contains(err.Error(), "step limit exceeded") {
			t.Errorf("%s: err = %v, want the step-limit error", expr, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", expr, d)
		}
	}
	// A Python handler cannot catch the step-limit error raised by Step.
	_, err := runFiles(t, map[string]string{"main.py": "try:\n    sum(iter(int, 1))\nexcept Exception:\n    print('caught')\n"}, "main.py", Options{MaxSteps: 10_000})
	if err == nil || !strings.Contains(err.Error(), "step limit exceeded") {
		t.Errorf("err = %v", err)
	}
}

func TestSystemExitCode(t *testing.T) {
	out, err := runSrc(t, `
def show(f):
    try:
        f()
    except SystemExit as e:
        print(repr(e.code), e.args)
def r(*a):
    raise SystemExit(*a)
show(r)
show(lambda: r(3))
show(lambda: r("bye"))
show(lambda: r(1, 2))
show(exit)
show(lambda: exit(4))
class E(SystemExit): pass
def r2(): raise E(7)
show(r2)
e = SystemExit(4)
e.code = 5
print(e.code, e.args, hasattr(ValueError(), "code"), hasattr(SystemExit(), "code"))
`)
	want := "None ()\n3 (3,)\n'bye' ('bye',)\n(1, 2) (1, 2)\nNone (None,)\n4 (4,)\n7 (7,)\n5 (4,) False True\n"
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}

func TestErrorfFormatting(t *testing.T) {
	for _, c := range []struct {
		e    *Exception
		want string
	}{
		{Errorf(ValueError, "100%%"), "100%"},
		{Errorf(ValueError, "plain"), "plain"},
		{Errorf(ValueError, "%d%%", 50), "50%"},
		{Errorf(ValueError, "%s", "user %d %s text"), "user %d %s text"},
		{NewException(ValueError, Str("100%%")), "100%%"},
	} {
		if got := c.e.Message(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestBuiltinsModulePerInterpreter(t *testing.T) {
	src := "__builtins__.len = lambda x: 42\n__builtins__.extra = 'mine'\nprint(len([]), extra)\n"
	for i := 0; i < 2; i++ {
		out, err := runSrc(t, src)
		if err != nil || out != "42 mine\n" {
			t.Fatalf("run %d: got %q, %v", i, out, err)
		}
	}
	if _, ok := Universe.Get("extra"); ok {
		t.Error("user code modified the shared Universe")
	}
	out, err := runSrc(t, "print(len([1]), 'extra' in dir(__builtins__))\n")
	if err != nil || out != "1 False\n" {
		t.Errorf("fresh interpreter: got %q, %v", out, err)
	}
}
