package python

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Integer arithmetic with overflow detection. Python ints are unbounded:
// the int64 operations below report overflow, and intBinary then redoes
// the operation with big integers (bigint.go).

func errOverflow() error { return Errorf(OverflowError, "integer overflow") }

func intAdd(a, b int64) (Value, error) {
	c := a + b
	if (a^c)&(b^c) < 0 {
		return nil, errOverflow()
	}
	return Int(c), nil
}

func intSub(a, b int64) (Value, error) {
	c := a - b
	if (a^b)&(a^c) < 0 {
		return nil, errOverflow()
	}
	return Int(c), nil
}

func intMulRaw(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(a), absU(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

func intMul(a, b int64) (Value, error) {
	c, ok := intMulRaw(a, b)
	if !ok {
		return nil, errOverflow()
	}
	return Int(c), nil
}

// floorDivMod returns Python's a // b and a % b (b != 0).
func floorDivMod(a, b int64) (int64, int64) {
	if b == -1 {
		return -a, 0 // a == MinInt64 overflows; checked by the caller
	}
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

func intPow(a, b int64) (Value, error) {
	if b < 0 {
		if a == 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return Float(math.Pow(float64(a), float64(b))), nil
	}
	result := int64(1)
	base := a
	for b > 0 {
		if b&1 == 1 {
			r, ok := intMulRaw(result, base)
			if !ok {
				return nil, errOverflow()
			}
			result = r
		}
		b >>= 1
		if b > 0 {
			nb, ok := intMulRaw(base, base)
			if !ok {
				return nil, errOverflow()
			}
			base = nb
		}
	}
	return Int(result), nil
}

// intBinary applies op to two ints. ok=false means the operator does not
// apply to ints.
func intBinary(op tokenOp, a, b int64) (Value, error) {
	r, err := intBinary64(op, a, b)
	if err != nil && isExcClass(err, OverflowError) {
		return bigBinary(op, big.NewInt(a), big.NewInt(b))
	}
	return r, err
}

func intBinary64(op tokenOp, a, b int64) (Value, error) {
	switch op {
	case opAdd:
		return intAdd(a, b)
	case opSub:
		return intSub(a, b)
	case opMul:
		return intMul(a, b)
	case opDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		return Float(float64(a) / float64(b)), nil
	case opFloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if b == -1 && a == math.MinInt64 {
			return nil, errOverflow()
		}
		q, _ := floorDivMod(a, b)
		return Int(q), nil
	case opMod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
		}
		if b == -1 {
			return Int(0), nil
		}
		_, r := floorDivMod(a, b)
		return Int(r), nil
	case opPow:
		return intPow(a, b)
	case opAnd:
		return Int(a & b), nil
	case opOr:
		return Int(a | b), nil
	case opXor:
		return Int(a ^ b), nil
	case opLshift:
		if b < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if a == 0 {
			return Int(0), nil
		}
		if b >= 63 {
			return nil, errOverflow()
		}
		c := a << uint(b)
		if c>>uint(b) != a {
			return nil, errOverflow()
		}
		return Int(c), nil
	case opRshift:
		if b < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if b >= 63 {
			if a < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return Int(a >> uint(b)), nil
	}
	return nil, nil
}

// floatMod returns Python's a % b for floats (b != 0).
func floatMod(a, b float64) float64 {
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod
}

// floatFloorDiv returns Python's a // b for floats (b != 0).
func floatFloorDiv(a, b float64) float64 {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 && (b < 0) != (mod < 0) {
		div -= 1
	}
	if div != 0 {
		fl := math.Floor(div)
		if div-fl > 0.5 {
			fl++
		}
		return fl
	}
	return math.Copysign(0, a/b)
}

func floatBinary(op tokenOp, a, b float64) (Value, error) {
	switch op {
	case opAdd:
		return Float(a + b), nil
	case opSub:
		return Float(a - b), nil
	case opMul:
		return Float(a * b), nil
	case opDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case opFloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		return Float(floatFloorDiv(a, b)), nil
	case opMod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(floatMod(a, b)), nil
	case opPow:
		if a == 0 && b < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) {
			return nil, Errorf(ValueError, "complex results are not supported (negative number raised to a fractional power)")
		}
		r := math.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, Errorf(OverflowError, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, nil
}

// floatRepr returns Python's repr of a float: the shortest digits that
// round-trip, in fixed notation for exponents in [-4, 16), otherwise in
// exponent notation.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	digits, exp, neg := shortestDigits(f)
	return formatDigits(digits, exp, neg, 16, true)
}

// shortestDigits returns the shortest decimal digits d1d2...dn of |f| and
// the decimal exponent e such that |f| = d1.d2...dn * 10**e.
func shortestDigits(f float64) (string, int, bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	i := strings.IndexByte(s, 'e')
	mant, e := s[:i], s[i+1:]
	exp, _ := strconv.Atoi(e)
	digits := strings.Replace(mant, ".", "", 1)
	return digits, exp, neg
}

// formatDigits renders digits*10**exp (d1.d2... form) in fixed notation
// when -4 <= exp < expLimit, else in exponent notation. If pointZero, a
// fixed result always has a fractional part (".0").
func formatDigits(digits string, exp int, neg bool, expLimit int, pointZero bool) string {
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if exp < -4 || exp >= expLimit {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
		return b.String()
	}
	if exp < 0 {
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -exp-1))
		b.WriteString(digits)
		return b.String()
	}
	if len(digits) <= exp+1 {
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", exp+1-len(digits)))
		if pointZero {
			b.WriteString(".0")
		}
		return b.String()
	}
	b.WriteString(digits[:exp+1])
	b.WriteByte('.')
	b.WriteString(digits[exp+1:])
	return b.String()
}

// floatHash returns a hash equal to the int hash for integral floats.
func floatHash(f float64) uint64 {
	if f == math.Trunc(f) && f >= math.MinInt64 && f < math.MaxInt64 {
		return intHash(int64(f))
	}
	if f == math.Trunc(f) && !math.IsInf(f, 0) {
		b, _ := big.NewFloat(f).Int(nil)
		return bigHash(b)
	}
	if math.IsNaN(f) {
		return 0
	}
	h := math.Float64bits(f)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// intHash hashes an int as CPython does: the value modulo 2**61-1 with
// its sign, and -2 for -1.
func intHash(i int64) uint64 {
	const modulus = 1<<61 - 1
	if i >= modulus || i <= -modulus {
		i %= modulus
	}
	if i == -1 {
		return uint64(0xfffffffffffffffe) // -2, as CPython
	}
	return uint64(i)
}

// parseIntLiteral converts s to an int in the given base (0: by prefix) as
// int(s, base) does. ok=false means invalid.
func parseIntLiteral(s string, base int) (Value, bool, error) {
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			switch p {
			case 'x':
				base = 16
			case 'o':
				base = 8
			case 'b':
				base = 2
			}
			s = s[2:]
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if base == 0 {
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, false, nil
		}
		base = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, false, nil
	}
	clean := strings.ReplaceAll(s, "_", "")
	u, err := strconv.ParseUint(clean, base, 64)
	if err != nil || u > math.MaxInt64 {
		if ne, ok := err.(*strconv.NumError); err == nil || (ok && ne.Err == strconv.ErrRange) {
			b, ok := new(big.Int).SetString(clean, base)
			if !ok {
				return nil, false, nil
			}
			if neg {
				b.Neg(b)
			}
			return bigToValue(b), true, nil
		}
		return nil, false, nil
	}
	if neg {
		return Int(-int64(u)), true, nil
	}
	return Int(int64(u)), true, nil
}

// parseFloatLiteral converts s as float(s) does.
func parseFloatLiteral(str string) (float64, bool) {
	s := strings.TrimFunc(str, isPySpace)
	if s == "" || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 {
		return 0, false
	}
	lb := strings.ToLower(body)
	switch lb {
	case "inf", "infinity", "nan":
	default:
		if strings.Contains(lb, "in") || strings.Contains(lb, "na") {
			return 0, false
		}
		if strings.Contains(s, "_") {
			// Underscores only between digits.
			for i := 0; i < len(s); i++ {
				if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
					return 0, false
				}
			}
			s = strings.ReplaceAll(s, "_", "")
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// roundHalfEven rounds f to an integral float, ties to even.
func roundHalfEven(f float64) float64 { return math.RoundToEven(f) }

// roundFloat rounds f to nd decimal digits as Python's round(f, nd).
func roundFloat(f float64, nd int64) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if nd > 300 {
		return f
	}
	if nd >= 0 {
		s := strconv.FormatFloat(f, 'f', int(nd), 64)
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	if nd < -308 {
		return math.Copysign(0, f)
	}
	p := math.Pow(10, float64(-nd))
	return math.RoundToEven(f/p) * p
}

// roundInt rounds i to nd (< 0) decimal digits, ties to even.
func roundInt(i int64, nd int64) (Value, error) {
	if nd >= 0 {
		return Int(i), nil
	}
	if nd < -18 {
		return Int(0), nil
	}
	p := int64(1)
	for k := int64(0); k < -nd; k++ {
		p *= 10
	}
	q, r := floorDivMod(i, p)
	// i = q*p + r, 0 <= r < p
	if 2*r > p || (2*r == p && q%2 != 0) {
		q++
	}
	return intMul(q, p)
}

// Attr gives ints their numeric attributes (real, imag, numerator,
// denominator).
func (i Int) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "real", "numerator":
		return i, nil
	case "imag":
		return Int(0), nil
	case "denominator":
		return Int(1), nil
	}
	return nil, nil
}

// AttrNames lists the int attributes.
func (i Int) AttrNames() []string { return []string{"denominator", "imag", "numerator", "real"} }

// Attr gives bools the int attributes.
func (b Bool) Attr(t *Thread, name string) (Value, error) { return boolInt(b).Attr(t, name) }

// AttrNames lists the bool attributes.
func (b Bool) AttrNames() []string { return Int(0).AttrNames() }

// Attr gives floats their real and imag attributes.
func (f Float) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "real":
		return f, nil
	case "imag":
		return Float(0), nil
	}
	return nil, nil
}

// AttrNames lists the float attributes.
func (f Float) AttrNames() []string { return []string{"imag", "real"} }

var dunderBinary = map[string]syntax.Token{
	"add": syntax.PLUS, "sub": syntax.MINUS, "mul": syntax.STAR, "truediv": syntax.SLASH,
	"floordiv": syntax.SLASHSLASH, "mod": syntax.PERCENT, "pow": syntax.STARSTAR,
	"and": syntax.AMP, "or": syntax.PIPE, "xor": syntax.CIRCUMFLEX, "lshift": syntax.LTLT, "rshift": syntax.GTGT,
}

var dunderCompare = map[string]syntax.Token{
	"eq": syntax.EQEQ, "ne": syntax.NEQ, "lt": syntax.LT, "le": syntax.LE, "gt": syntax.GT, "ge": syntax.GE,
}

// addDunders gives a built-in class the operator methods (__add__,
// __radd__, __eq__, __lt__, ...) so that int.__add__(1, 2) and
// super().__eq__(other) work. They return NotImplemented for operands the
// class does not handle.
func addDunders(cls *Class, binops []string) {
	for _, name := range binops {
		op := dunderBinary[name]
		for _, reflected := range []bool{false, true} {
			mname := "__" + name + "__"
			if reflected {
				mname = "__r" + name + "__"
			}
			reflected := reflected
			cls.Dict.Set(mname, &Builtin{Name: mname, Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if len(args) != 2 {
					return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
				}
				x, y := args[0], args[1]
				if reflected {
					x, y = y, x
				}
				if !isCore(x) || !isCore(y) {
					return NotImplemented, nil
				}
				r, err := coreBinary(t, op, x, y)
				if r == nil && err == nil {
					return NotImplemented, nil
				}
				return r, err
			}})
		}
	}
	for name, op := range dunderCompare {
		op := op
		mname := "__" + name + "__"
		cls.Dict.Set(mname, &Builtin{Name: mname, Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			if !isCore(args[1]) {
				return NotImplemented, nil
			}
			c, ok, err := coreCompare(t, args[0], args[1], op)
			if err != nil {
				return nil, err
			}
			if !ok {
				return NotImplemented, nil
			}
			return Bool(cmpResult(op, c)), nil
		}})
	}
	cls.Dict.Set("__hash__", &Builtin{Name: "__hash__", Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		h, err := Hash(t, args[0])
		return Int(int64(h)), err
	}})
	cls.Dict.Set("__repr__", &Builtin{Name: "__repr__", Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		s, err := Repr(t, args[0])
		return Str(s), err
	}})
	cls.Dict.Set("__str__", &Builtin{Name: "__str__", Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		s, err := ToStr(t, args[0])
		return Str(s), err
	}})
	cls.Dict.Set("__format__", &Builtin{Name: "__format__", Owner: cls, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		spec, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", typeNameOf(args[1]))
		}
		s, err := Format(t, args[0], string(spec))
		return Str(s), err
	}})
}

func init() {
	numOps := []string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor", "lshift", "rshift"}
	addDunders(IntClass, numOps)
	addDunders(FloatClass, []string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow"})
	addDunders(StrClass, []string{"add", "mul", "mod"})
	addDunders(ListClass, []string{"add", "mul"})
	addDunders(TupleClass, []string{"add", "mul"})
	addDunders(DictClass, []string{"or"})
	addDunders(SetClass, []string{"or", "and", "sub", "xor"})
	addDunders(FrozenSetClass, []string{"or", "and", "sub", "xor"})
	for _, c := range []*Class{ListClass, DictClass, SetClass} {
		c.Dict.Set("__hash__", None)
	}
	for _, c := range []*Class{IntClass, FloatClass} {
		c := c
		for _, u := range []struct {
			name string
			op   syntax.Token
		}{{"__neg__", syntax.MINUS}, {"__pos__", syntax.PLUS}, {"__invert__", syntax.TILDE}} {
			u := u
			if c == FloatClass && u.op == syntax.TILDE {
				continue
			}
			c.Dict.Set(u.name, &Builtin{Name: u.name, Owner: c, Fn: func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if len(args) != 1 {
					return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
				}
				return Unary(t, u.op, args[0])
			}})
		}
	}
	intMeth := func(name string, fn func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error)) {
		addMethod(IntClass, name, func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error) {
			switch x.(type) {
			case Int, Bool, BigInt:
			default:
				return nil, Errorf(TypeError, "descriptor '%s' for 'int' objects doesn't apply to a '%s' object", name, typeNameOf(x))
			}
			return fn(t, x, args, kwargs)
		})
	}
	intMeth("bit_length", func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("bit_length", args, kwargs); err != nil {
			return nil, err
		}
		if b, ok := x.(BigInt); ok {
			return Int(b.v.BitLen()), nil
		}
		i, _ := asInt(x)
		return Int(bits.Len64(absU(i))), nil
	})
	intMeth("conjugate", func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error) {
		if b, ok := x.(Bool); ok {
			return boolInt(b), nil
		}
		return x, nil
	})
	intMeth("as_integer_ratio", func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error) {
		if b, ok := x.(Bool); ok {
			return Tuple{boolInt(b), Int(1)}, nil
		}
		return Tuple{x, Int(1)}, nil
	})
	intMeth("is_integer", func(t *Thread, x Value, args Tuple, kwargs []Kwarg) (Value, error) {
		return True, nil
	})
	addMethod(FloatClass, "is_integer", func(t *Thread, f Float, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("is_integer", args, kwargs); err != nil {
			return nil, err
		}
		return Bool(float64(f) == math.Trunc(float64(f)) && !math.IsInf(float64(f), 0)), nil
	})
	addMethod(FloatClass, "conjugate", func(t *Thread, f Float, args Tuple, kwargs []Kwarg) (Value, error) {
		return f, nil
	})
	addMethod(FloatClass, "as_integer_ratio", func(t *Thread, f Float, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := UnpackArgs("as_integer_ratio", args, kwargs); err != nil {
			return nil, err
		}
		x := float64(f)
		if math.IsInf(x, 0) {
			return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat)
		r.SetFloat64(x)
		return Tuple{bigToValue(new(big.Int).Set(r.Num())), bigToValue(new(big.Int).Set(r.Denom()))}, nil
	})
}
