package python

import (
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

func typesThread() *Thread { return &Thread{} }

// callMethod calls a built-in method of recv's class.
func typesCallMethod(t *testing.T, recv Value, name string, args Tuple, kwargs ...Kwarg) (Value, error) {
	t.Helper()
	m, ok := recv.Type().Dict.Get(name)
	if !ok {
		t.Fatalf("no method %s on %s", name, recv.Type().Name)
	}
	all := append(Tuple{recv}, args...)
	return m.(*Builtin).Fn(typesThread(), all, kwargs)
}

func mustRepr(t *testing.T, v Value, err error) string {
	t.Helper()
	if err != nil {
		return "!! " + err.Error()
	}
	s, err := Repr(typesThread(), v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

var tenth = 0.1

func TestFloatRepr(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{0.1, "0.1"}, {2, "2.0"}, {1e-5, "1e-05"}, {1e16, "1e+16"}, {1.5e300, "1.5e+300"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.NaN(), "nan"}, {math.Copysign(0, -1), "-0.0"},
		{123456789012345.6, "123456789012345.6"}, {tenth + 0.2, "0.30000000000000004"}, {1e22, "1e+22"},
		{1.0 / 3, "0.3333333333333333"}, {0.0001, "0.0001"}, {1e15, "1000000000000000.0"}, {-2.5, "-2.5"},
	}
	for _, c := range cases {
		if got := floatRepr(c.f); got != c.want {
			t.Errorf("floatRepr(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestBinary(t *testing.T) {
	th := typesThread()
	cases := []struct {
		op   syntax.Token
		x, y Value
		want string
	}{
		{syntax.PERCENT, Int(1), Int(0), "!! ZeroDivisionError: integer modulo by zero"},
		{syntax.SLASHSLASH, Int(1), Int(0), "!! ZeroDivisionError: integer division or modulo by zero"},
		{syntax.SLASH, Int(1), Int(0), "!! ZeroDivisionError: division by zero"},
		{syntax.SLASH, Float(1), Int(0), "!! ZeroDivisionError: float division by zero"},
		{syntax.SLASHSLASH, Float(1), Int(0), "!! ZeroDivisionError: float floor division by zero"},
		{syntax.PERCENT, Float(1), Int(0), "!! ZeroDivisionError: float modulo"},
		{syntax.STARSTAR, Int(0), Int(-1), "!! ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{syntax.PLUS, Int(1), Str("a"), "!! TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{syntax.PLUS, Str("a"), Int(1), "!! TypeError: can only concatenate str (not \"int\") to str"},
		{syntax.PLUS, NewList(nil), Tuple{}, "!! TypeError: can only concatenate list (not \"tuple\") to list"},
		{syntax.STAR, Str("a"), Str("b"), "!! TypeError: can't multiply sequence by non-int of type 'str'"},
		{syntax.STARSTAR, Int(2), Str("a"), "!! TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"},
		{syntax.PERCENT, Int(-7), Int(3), "2"},
		{syntax.PERCENT, Int(7), Int(-3), "-2"},
		{syntax.PERCENT, Float(-7.5), Int(2), "0.5"},
		{syntax.SLASHSLASH, Float(7.5), Int(-2), "-4.0"},
		{syntax.SLASHSLASH, Int(-7), Int(2), "-4"},
		{syntax.STARSTAR, Int(2), Int(-1), "0.5"},
		{syntax.STARSTAR, Int(10), Int(18), "1000000000000000000"},
		{syntax.STARSTAR, Int(10), Int(19), "10000000000000000000"},
		{syntax.STARSTAR, Int(2), Int(100), "1267650600228229401496703205376"},
		{syntax.SLASHSLASH, MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), Int(-3), "-393530540239137101142"},
		{syntax.PERCENT, MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), Int(-3), "-2"},
		{syntax.MINUS, MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), "0"},
		{syntax.SLASH, MakeInt(new(big.Int).Lsh(big.NewInt(1), 70)), Int(1 << 60), "1024.0"},
		{syntax.PLUS, True, True, "2"},
		{syntax.AMP, True, False, "False"},
		{syntax.STAR, Int(3), Str("ab"), "'ababab'"},
		{syntax.STAR, NewList([]Value{Int(1)}), Int(2), "[1, 1]"},
		{syntax.PLUS, Tuple{Int(1)}, Tuple{Int(2)}, "(1, 2)"},
		{syntax.PERCENT, Str("%s-%d-%.2f-%r"), Tuple{Str("a"), Int(3), Float(2.5), Str("x")}, `"a-3-2.50-'x'"`},
		{syntax.PERCENT, Str("%5s|%-5d|%05.1f"), Tuple{Str("a"), Int(3), Float(2.5)}, "'    a|3    |002.5'"},
		{syntax.PERCENT, Str("%d"), Str("a"), "!! TypeError: %d format: a real number is required, not str"},
		{syntax.PERCENT, Str("%s %s"), Tuple{Int(1)}, "!! TypeError: not enough arguments for format string"},
		{syntax.PERCENT, Str("%s"), Tuple{Int(1), Int(2)}, "!! TypeError: not all arguments converted during string formatting"},
		{syntax.LTLT, Int(1), Int(-1), "!! ValueError: negative shift count"},
	}
	for _, c := range cases {
		v, err := Binary(th, c.op, c.x, c.y)
		if got := mustRepr(t, v, err); got != c.want {
			t.Errorf("%v %s %v = %s, want %s", c.x, c.op, c.y, got, c.want)
		}
	}
}

func TestCompare(t *testing.T) {
	th := typesThread()
	cases := []struct {
		op   syntax.Token
		x, y Value
		want string
	}{
		{syntax.LT, Str("a"), Int(1), "!! TypeError: '<' not supported between instances of 'str' and 'int'"},
		{syntax.LT, None, None, "!! TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"},
		{syntax.EQEQ, Int(1), Float(1), "True"},
		{syntax.EQEQ, True, Int(1), "True"},
		{syntax.EQEQ, Str("1"), Int(1), "False"},
		{syntax.NEQ, None, Int(1), "True"},
		{syntax.LT, Tuple{Int(1), Int(2)}, Tuple{Int(1), Int(3)}, "True"},
		{syntax.LT, NewList([]Value{Int(1)}), NewList([]Value{Int(1), Int(0)}), "True"},
		{syntax.EQEQ, NewList([]Value{Int(1)}), Tuple{Int(1)}, "False"},
		{syntax.IN, Str("b"), Str("abc"), "True"},
		{syntax.IN, Int(2), &Range{0, 5, 2}, "True"},
		{syntax.NOTIN, Int(3), &Range{0, 5, 2}, "True"},
		{syntax.IS, None, None, "True"},
		{syntax.IS, Tuple{}, Tuple{Int(1)}, "False"},
		{syntax.GE, Float(math.NaN()), Float(1), "False"},
	}
	for _, c := range cases {
		v, err := Compare(th, c.op, c.x, c.y)
		if got := mustRepr(t, v, err); got != c.want {
			t.Errorf("%v %s %v = %s, want %s", c.x, c.op, c.y, got, c.want)
		}
	}
}

func TestHash(t *testing.T) {
	th := typesThread()
	h1, _ := Hash(th, Int(1))
	h2, _ := Hash(th, Float(1))
	h3, _ := Hash(th, True)
	if h1 != h2 || h2 != h3 {
		t.Errorf("hash(1), hash(1.0), hash(True) = %d %d %d", h1, h2, h3)
	}
	for _, v := range []Value{NewList(nil), NewDict(), NewSet(false), Tuple{NewList(nil)}} {
		if _, err := Hash(th, v); err == nil {
			t.Errorf("hash(%T) succeeded", v)
		}
	}
	a, _ := Hash(th, Tuple{Int(1), Str("a")})
	b, _ := Hash(th, Tuple{Int(1), Str("a")})
	if a != b {
		t.Errorf("tuple hashes differ")
	}
}

func TestDictOrder(t *testing.T) {
	th := typesThread()
	d := NewDict()
	for i := 0; i < 40; i++ {
		d.SetItem(th, Int(i), Int(i*i))
	}
	for i := 0; i < 40; i += 2 {
		if ok, _ := d.Delete(th, Int(i)); !ok {
			t.Fatalf("delete %d failed", i)
		}
	}
	d.SetItem(th, Float(1), Str("one")) // replaces key 1, keeps position
	d.SetStr("x", Int(7))
	keys := d.Keys()
	if len(keys) != 21 || keys[0] != Int(1) || keys[20] != Str("x") {
		t.Fatalf("keys = %v", keys)
	}
	v, ok, _ := d.Get(th, True)
	if !ok || v != Str("one") {
		t.Errorf("d[True] = %v %v", v, ok)
	}
	if s, _ := Repr(th, NewDict()); s != "{}" {
		t.Errorf("repr {} = %s", s)
	}
	_, err := GetItem(th, d, Str("nope"))
	if got := mustRepr(t, nil, err); got != "!! KeyError: 'nope'" {
		t.Errorf("missing key: %s", got)
	}
}

func TestStrMethods(t *testing.T) {
	cases := []struct {
		recv   Str
		method string
		args   Tuple
		want   string
	}{
		{"abc", "title", nil, "'Abc'"},
		{"they're bill's", "title", nil, "\"They'Re Bill'S\""},
		{"  a  b ", "split", nil, "['a', 'b']"},
		{"a,b,,c", "split", Tuple{Str(","), Int(2)}, "['a', 'b', ',c']"},
		{"a b c", "rsplit", Tuple{None, Int(1)}, "['a b', 'c']"},
		{"a\nb\r\nc\n", "splitlines", nil, "['a', 'b', 'c']"},
		{"-12", "zfill", Tuple{Int(5)}, "'-0012'"},
		{"abc", "center", Tuple{Int(6)}, "' abc  '"},
		{"abc", "center", Tuple{Int(8), Str("*")}, "'**abc***'"},
		{"a", "center", Tuple{Int(5), Str("ab")}, "!! TypeError: The fill character must be exactly one character long"},
		{"", "join", Tuple{NewList([]Value{Int(1)})}, "!! TypeError: sequence item 0: expected str instance, int found"},
		{"a", "split", Tuple{Str("")}, "!! ValueError: empty separator"},
		{"a", "index", Tuple{Str("b")}, "!! ValueError: substring not found"},
		{"héllo", "find", Tuple{Str("l")}, "2"},
		{"héllo", "rfind", Tuple{Str("l")}, "3"},
		{"abcabc", "count", Tuple{Str("bc")}, "2"},
		{"abc", "startswith", Tuple{Tuple{Str("x"), Str("ab")}}, "True"},
		{"abc", "startswith", Tuple{Int(1)}, "!! TypeError: startswith first arg must be str or a tuple of str, not int"},
		{"abc", "endswith", Tuple{Str("c"), Int(1)}, "True"},
		{"xxhixx", "strip", Tuple{Str("x")}, "'hi'"},
		{"a-b-c", "replace", Tuple{Str("-"), Str("+"), Int(1)}, "'a+b-c'"},
		{"a=b=c", "rpartition", Tuple{Str("=")}, "('a=b', '=', 'c')"},
		{"{} {x} {0!r:>4}", "format", Tuple{Str("a")}, "!! KeyError: 'x'"},
		{"{} {0}", "format", Tuple{Str("a")}, "!! ValueError: cannot switch from automatic field numbering to manual field specification"},
		{"{1}", "format", Tuple{Int(1)}, "!! IndexError: Replacement index 1 out of range for positional args tuple"},
		{"{a}", "format", nil, "!! KeyError: 'a'"},
		{"{", "format", nil, "!! ValueError: Single '{' encountered in format string"},
		{"}", "format", nil, "!! ValueError: Single '}' encountered in format string"},
		{"{0!x}", "format", Tuple{Int(1)}, "!! ValueError: Unknown conversion specifier x"},
		{"{0!s:>10}|{{}}|{0[1]}", "format", Tuple{Tuple{Int(5), Str("q")}}, "\"  (5, 'q')|{}|q\""},
		{"{:{}}", "format", Tuple{Int(3), Int(5)}, "'    3'"},
		{"ABC", "lower", nil, "'abc'"},
		{"Ab1", "isalnum", nil, "True"},
		{"AB", "isupper", nil, "True"},
		{"A1", "isupper", nil, "True"},
		{"1", "isupper", nil, "False"},
	}
	for _, c := range cases {
		v, err := typesCallMethod(t, c.recv, c.method, c.args)
		if got := mustRepr(t, v, err); got != c.want {
			t.Errorf("%q.%s%v = %s, want %s", c.recv, c.method, c.args, got, c.want)
		}
	}
}

func TestFormat(t *testing.T) {
	th := typesThread()
	cases := []struct {
		v    Value
		spec string
		want string
	}{
		{Int(1), "abc", "!! ValueError: Invalid format specifier 'abc' for object of type 'int'"},
		{Str("a"), "d", "!! ValueError: Unknown format code 'd' for object of type 'str'"},
		{Float(1.5), "d", "!! ValueError: Unknown format code 'd' for object of type 'float'"},
		{Str("a"), "+", "!! ValueError: Sign not allowed in string format specifier"},
		{Str("a"), "=5", "!! ValueError: '=' alignment not allowed in string format specifier"},
		{Int(1), "s", "!! ValueError: Unknown format code 's' for object of type 'int'"},
		{Float(1234567.891), ",.2f", "1,234,567.89"},
		{Float(123), ".3", "1.23e+02"},
		{Float(123), ".3g", "123"},
		{Float(1e16), "", "1e+16"},
		{Float(0.0001), ".3", "0.0001"},
		{Int(12), "#x", "0xc"},
		{Int(-12), "08d", "-0000012"},
		{Int(12), "_b", "1100"},
		{Float(3.14159), "10.3e", " 3.142e+00"},
		{Float(0.5), "%", "50.000000%"},
		{Float(1), "g", "1"},
		{Float(1e-5), "g", "1e-05"},
		{Float(123456789), "g", "1.23457e+08"},
		{Str("hi"), ">10", "        hi"},
		{Str("hello"), ".2", "he"},
		{Int(1234567), ",", "1,234,567"},
		{Int(42), "*^8", "***42***"},
		{Float(2.5), "+.1f", "+2.5"},
		{Float(math.Copysign(0, -1)), ".1f", "-0.0"},
		{Float(1.0), ".1", "1e+00"},
		{Float(10.0), ".2", "1e+01"},
		{Float(0.25), ".1", "0.2"},
		{Float(12.5), ".3", "12.5"},
		{Int(5), ".2f", "5.00"},
		{True, "", "True"},
		{True, "d", "1"},
		{None, "", "None"},
		{None, ">5", "!! TypeError: unsupported format string passed to NoneType.__format__"},
		{Float(math.Inf(1)), ".2f", "inf"},
		{Int(1000000), "010,", "01,000,000"},
	}
	for _, c := range cases {
		s, err := Format(th, c.v, c.spec)
		got := s
		if err != nil {
			got = "!! " + err.Error()
		}
		if got != c.want {
			t.Errorf("format(%v, %q) = %q, want %q", c.v, c.spec, got, c.want)
		}
	}
}

func TestRoundAndConvert(t *testing.T) {
	th := typesThread()
	round, _ := Universe.Get("round")
	cases := []struct {
		fn   Value
		args Tuple
		want string
	}{
		{round, Tuple{Float(2.675), Int(2)}, "2.67"},
		{round, Tuple{Float(2.5)}, "2"},
		{round, Tuple{Float(3.5)}, "4"},
		{round, Tuple{Float(-0.5)}, "0"},
		{round, Tuple{Float(1234.5), Int(-2)}, "1200.0"},
		{round, Tuple{Int(1250), Int(-2)}, "1200"},
		{round, Tuple{Int(1350), Int(-2)}, "1400"},
		{round, Tuple{Int(15), Int(-1)}, "20"},
		{round, Tuple{Float(1.5), None}, "2"},
		{IntClass, Tuple{Str("  12 ")}, "12"},
		{IntClass, Tuple{Str("1_000")}, "1000"},
		{IntClass, Tuple{Str("0x1f"), Int(16)}, "31"},
		{IntClass, Tuple{Str("0x1f"), Int(0)}, "31"},
		{IntClass, Tuple{Str("abc")}, "!! ValueError: invalid literal for int() with base 10: 'abc'"},
		{IntClass, Tuple{Float(1.5), Int(2)}, "!! TypeError: int() can't convert non-string with explicit base"},
		{IntClass, Tuple{NewList(nil)}, "!! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"},
		{IntClass, Tuple{Float(-2.7)}, "-2"},
		{FloatClass, Tuple{Str(" 1.5 ")}, "1.5"},
		{FloatClass, Tuple{Str("1_0.5")}, "10.5"},
		{FloatClass, Tuple{Str("-inf")}, "-inf"},
		{FloatClass, Tuple{Str("nan")}, "nan"},
		{FloatClass, Tuple{Str("0x1p3")}, "!! ValueError: could not convert string to float: '0x1p3'"},
		{FloatClass, Tuple{Str("x")}, "!! ValueError: could not convert string to float: 'x'"},
	}
	for _, c := range cases {
		var v Value
		var err error
		switch f := c.fn.(type) {
		case *Builtin:
			v, err = f.Fn(th, c.args, nil)
		case *Class:
			v, err = f.New(th, f, c.args, nil)
		}
		if got := mustRepr(t, v, err); got != c.want {
			t.Errorf("%v%v = %s, want %s", c.fn, c.args, got, c.want)
		}
	}
}

func TestUnpackArgs(t *testing.T) {
	var a, b Value
	var n int
	err := UnpackArgs("f", Tuple{Int(1), Int(2), Int(3)}, nil, "a", &a, "b?", &b)
	if got := mustRepr(t, nil, err); got != "!! TypeError: f() takes at most 2 arguments (3 given)" {
		t.Errorf("surplus: %s", got)
	}
	err = UnpackArgs("len", nil, nil, "obj", &a)
	if got := mustRepr(t, nil, err); got != "!! TypeError: len() takes exactly one argument (0 given)" {
		t.Errorf("missing: %s", got)
	}
	err = UnpackArgs("f", Tuple{Int(1)}, []Kwarg{{"a", Int(2)}}, "a", &a)
	if got := mustRepr(t, nil, err); got != "!! TypeError: argument for f() given by name ('a') and position (1)" {
		t.Errorf("dup: %s", got)
	}
	err = UnpackArgs("f", nil, []Kwarg{{"z", Int(2)}}, "a?", &a)
	if got := mustRepr(t, nil, err); got != "!! TypeError: f() got an unexpected keyword argument 'z'" {
		t.Errorf("unexpected: %s", got)
	}
	err = UnpackArgs("f", Tuple{Str("x")}, nil, "n", &n)
	if got := mustRepr(t, nil, err); got != "!! TypeError: 'str' object cannot be interpreted as an integer" {
		t.Errorf("type: %s", got)
	}
	if err := UnpackArgs("f", Tuple{Int(4)}, []Kwarg{{"b", Str("q")}}, "n", &n, "*b?", &b); err != nil || n != 4 || b != Str("q") {
		t.Errorf("ok case: %v %d %v", err, n, b)
	}
}

func TestReprContainers(t *testing.T) {
	th := typesThread()
	l := NewList([]Value{Int(1), Str("it's"), Str("a'b\"c"), Str("\x00\n\té\u200b")})
	l.Append(l)
	s, _ := Repr(th, l)
	want := `[1, "it's", 'a\'b"c', '\x00\n\té\u200b', [...]]`
	if s != want {
		t.Errorf("repr = %s, want %s", s, want)
	}
	set := NewSet(false)
	set.Add(th, Int(1))
	set.Add(th, Int(2))
	fs, _ := NewSetFrom(th, Tuple{Int(1)}, true)
	for _, c := range []struct {
		v    Value
		want string
	}{{set, "{1, 2}"}, {NewSet(false), "set()"}, {fs, "frozenset({1})"},
		{Tuple{Int(1)}, "(1,)"}, {&Range{0, 5, 1}, "range(0, 5)"}, {&Range{0, 5, 2}, "range(0, 5, 2)"},
		{&SliceValue{Int(1), Int(2), None}, "slice(1, 2, None)"}} {
		v, want := c.v, c.want
		if s, _ := Repr(th, v); s != want {
			t.Errorf("repr = %s, want %s", s, want)
		}
	}
}

func TestSetOrder(t *testing.T) {
	th := typesThread()
	ints := func(xs ...int) []Value {
		out := make([]Value, len(xs))
		for i, x := range xs {
			out[i] = Int(x)
		}
		return out
	}
	cases := []struct {
		elems   []Value
		display bool
		want    string
	}{
		{ints(3, 1, 2), true, "{1, 2, 3}"},
		{ints(10, 2, 18), true, "{2, 18, 10}"},
		{ints(100, 5, 37, 8, 64), true, "{64, 100, 5, 37, 8}"},
		{ints(-1, -2, 5, 0), true, "{0, 5, -1, -2}"},
		{ints(10, 2, 18), false, "{18, 10, 2}"},
	}
	for _, c := range cases {
		s, err := NewSetDisplay(th, c.elems, c.display)
		if got := mustRepr(t, s, err); got != c.want {
			t.Errorf("set %v = %s, want %s", c.elems, got, c.want)
		}
	}
}

// typesHost is a host value recording the protocol calls it receives.
type typesHost struct{ log *[]string }

var typesHostClass = builtinClass("Host")

func (h typesHost) Type() *Class { return typesHostClass }

func (h typesHost) Binary(t *Thread, op syntax.Token, other Value, reflected bool) (Value, error) {
	*h.log = append(*h.log, fmt.Sprintf("binary %s reflected=%v", op, reflected))
	if _, ok := other.(Str); ok {
		return NotImplemented, nil
	}
	return Str("host"), nil
}

func (h typesHost) Compare(t *Thread, op syntax.Token, other Value) (Value, error) {
	*h.log = append(*h.log, fmt.Sprintf("compare %s", op))
	return Str("cmp"), nil
}

func (h typesHost) Truth(t *Thread) (bool, error) {
	return false, Errorf(TypeError, "host truth")
}

func (h typesHost) Format(t *Thread, spec string) (string, error) { return "F" + spec, nil }

func TestHostProtocol(t *testing.T) {
	th := typesThread()
	var log []string
	h := typesHost{&log}
	check := func(what string, v Value, err error, want string, wantLog ...string) {
		t.Helper()
		if got := mustRepr(t, v, err); got != want {
			t.Errorf("%s = %s, want %s", what, got, want)
		}
		if fmt.Sprint(log) != fmt.Sprint(wantLog) {
			t.Errorf("%s: calls %v, want %v", what, log, wantLog)
		}
		log = nil
	}
	v, err := Binary(th, syntax.PLUS, Int(1), h)
	check("1 + h", v, err, "'host'", "binary + reflected=true")
	v, err = Binary(th, syntax.MINUS, h, Int(1))
	check("h - 1", v, err, "'host'", "binary - reflected=false")
	v, err = Binary(th, syntax.PLUS, h, Str("s"))
	check("h + 's'", v, err, "!! TypeError: unsupported operand type(s) for +: 'Host' and 'str'", "binary + reflected=false")
	v, err = Compare(th, syntax.LT, Int(1), h)
	check("1 < h", v, err, "'cmp'", "compare >")
	v, err = Compare(th, syntax.EQEQ, h, Int(1))
	check("h == 1", v, err, "'cmp'", "compare ==")
	_, err = Truth(th, h)
	check("bool(h)", None, err, "!! TypeError: host truth")
	ok, err := Contains(th, NewList([]Value{Int(1)}), h)
	check("h in [1]", Bool(ok), err, "True", "compare ==")
	s, err := Format(th, h, ">3")
	check("format(h)", Str(s), err, "'F>3'")
}
