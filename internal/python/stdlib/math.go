package stdlib

import (
	"math"
	"math/big"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// math: float functions on Go's math package, with CPython's domain and
// range errors. Integers are 64-bit, so factorial, comb and perm raise
// OverflowError where CPython would return a big integer.

func realArg(v python.Value) (float64, error) {
	if f, ok := toFloat(v); ok {
		return f, nil
	}
	return 0, errorf(python.TypeError, "must be real number, not %s", typeName(v))
}

func floatToInt(f float64) (python.Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, errorf(python.OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, errorf(python.ValueError, "cannot convert float NaN to integer")
	case f >= 9.223372036854775807e18 || f < -9.223372036854775808e18:
		b, _ := big.NewFloat(f).Int(nil)
		return python.MakeInt(b), nil
	}
	return python.Int(int64(f)), nil
}

func domainError() error { return errorf(python.ValueError, "math domain error") }

// mathResult checks a float result for the range error CPython reports.
func mathResult(x, r float64) (python.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, errorf(python.OverflowError, "math range error")
	}
	return python.Float(r), nil
}

func math1(name string, f func(float64) float64, domain func(float64) bool) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, errorf(python.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := realArg(args[0])
		if err != nil {
			return nil, err
		}
		if domain != nil && !domain(x) {
			return nil, domainError()
		}
		return mathResult(x, f(x))
	})
}

func math2(name string, f func(a, b float64) float64) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 2 || len(kwargs) > 0 {
			return nil, errorf(python.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		a, err := realArg(args[0])
		if err != nil {
			return nil, err
		}
		b, err := realArg(args[1])
		if err != nil {
			return nil, err
		}
		r := f(a, b)
		if math.IsNaN(r) && !math.IsNaN(a) && !math.IsNaN(b) {
			return nil, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, errorf(python.OverflowError, "math range error")
		}
		return python.Float(r), nil
	})
}

func rounding(name string, f func(float64) float64) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, errorf(python.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		if n, ok := toInt(args[0]); ok {
			return python.Int(n), nil
		}
		x, err := realArg(args[0])
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x))
	})
}

func intArgs(name string, args python.Tuple) ([]int64, error) {
	out := make([]int64, len(args))
	for i, a := range args {
		n, ok := toInt(a)
		if !ok {
			return nil, errorf(python.TypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
		}
		out[i] = n
	}
	return out, nil
}

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func checkedMul(a, b int64) (int64, error) {
	if a != 0 && (a*b)/a != b {
		return 0, errorf(python.OverflowError, "integer overflow")
	}
	return a * b, nil
}

func loadMath(t *python.Thread) (*python.Module, error) {
	positive := func(x float64) bool { return x > 0 }
	nonNeg := func(x float64) bool { return x >= 0 }
	unit := func(x float64) bool { return x >= -1 && x <= 1 }
	ms := members{
		{"pi", python.Float(math.Pi)},
		{"e", python.Float(math.E)},
		{"tau", python.Float(2 * math.Pi)},
		{"inf", python.Float(math.Inf(1))},
		{"nan", python.Float(math.NaN())},
		rounding("floor", math.Floor),
		rounding("ceil", math.Ceil),
		rounding("trunc", math.Trunc),
		math1("sqrt", math.Sqrt, nonNeg),
		math1("exp", math.Exp, nil),
		math1("expm1", math.Expm1, nil),
		math1("log10", math.Log10, positive),
		math1("log2", math.Log2, positive),
		math1("log1p", math.Log1p, func(x float64) bool { return x > -1 }),
		math1("fabs", math.Abs, nil),
		math1("sin", math.Sin, nil),
		math1("cos", math.Cos, nil),
		math1("tan", math.Tan, nil),
		math1("asin", math.Asin, unit),
		math1("acos", math.Acos, unit),
		math1("atan", math.Atan, nil),
		math1("sinh", math.Sinh, nil),
		math1("cosh", math.Cosh, nil),
		math1("tanh", math.Tanh, nil),
		math1("degrees", func(x float64) float64 { return x * 180 / math.Pi }, nil),
		math1("radians", func(x float64) float64 { return x * math.Pi / 180 }, nil),
		math2("pow", func(a, b float64) float64 {
			if a == 1 || b == 0 {
				return 1
			}
			return math.Pow(a, b)
		}),
		math2("atan2", math.Atan2),
		math2("fmod", math.Mod),
		math2("copysign", math.Copysign),
		math2("hypot", math.Hypot),
		method("log", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) < 1 || len(args) > 2 || len(kwargs) > 0 {
				return nil, errorf(python.TypeError, "log expected 1 or 2 arguments, got %d", len(args))
			}
			x, err := realArg(args[0])
			if err != nil {
				return nil, err
			}
			if x <= 0 {
				return nil, domainError()
			}
			r := math.Log(x)
			if len(args) == 2 {
				b, err := realArg(args[1])
				if err != nil {
					return nil, err
				}
				if b <= 0 {
					return nil, domainError()
				}
				if b == 1 {
					return nil, errorf(python.ZeroDivisionError, "float division by zero")
				}
				r /= math.Log(b)
			}
			return python.Float(r), nil
		}),
		method("isnan", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var x float64
			if err := python.UnpackArgs("isnan", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			return python.Bool(math.IsNaN(x)), nil
		}),
		method("isinf", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var x float64
			if err := python.UnpackArgs("isinf", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			return python.Bool(math.IsInf(x, 0)), nil
		}),
		method("isfinite", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var x float64
			if err := python.UnpackArgs("isfinite", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			return python.Bool(!math.IsInf(x, 0) && !math.IsNaN(x)), nil
		}),
		method("isclose", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var a, b float64
			relTol, absTol := 1e-9, 0.0
			if err := python.UnpackArgs("isclose", args, kwargs, "a", &a, "b", &b, "*rel_tol?", &relTol, "*abs_tol?", &absTol); err != nil {
				return nil, err
			}
			if relTol < 0 || absTol < 0 {
				return nil, errorf(python.ValueError, "tolerances must be non-negative")
			}
			if a == b {
				return python.True, nil
			}
			if math.IsInf(a, 0) || math.IsInf(b, 0) {
				return python.False, nil
			}
			d := math.Abs(b - a)
			return python.Bool(d <= math.Abs(relTol*b) || d <= math.Abs(relTol*a) || d <= absTol), nil
		}),
		method("gcd", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			ns, err := intArgs("gcd", args)
			if err != nil {
				return nil, err
			}
			g := int64(0)
			for _, n := range ns {
				g = gcd(g, n)
			}
			return python.Int(g), nil
		}),
		method("lcm", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			ns, err := intArgs("lcm", args)
			if err != nil {
				return nil, err
			}
			l := int64(1)
			for _, n := range ns {
				if n == 0 {
					return python.Int(0), nil
				}
				if l, err = checkedMul(l/gcd(l, n), n); err != nil {
					return nil, err
				}
				if l < 0 {
					l = -l
				}
			}
			return python.Int(l), nil
		}),
		method("factorial", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			ns, err := intArgs("factorial", args)
			if err != nil {
				return nil, err
			}
			if len(ns) != 1 {
				return nil, errorf(python.TypeError, "math.factorial() takes exactly one argument (%d given)", len(ns))
			}
			if ns[0] < 0 {
				return nil, errorf(python.ValueError, "factorial() not defined for negative values")
			}
			r := int64(1)
			for i := int64(2); i <= ns[0]; i++ {
				if r, err = checkedMul(r, i); err != nil {
					return nil, err
				}
			}
			return python.Int(r), nil
		}),
		method("comb", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			ns, err := intArgs("comb", args)
			if err != nil {
				return nil, err
			}
			if len(ns) != 2 {
				return nil, errorf(python.TypeError, "comb expected 2 arguments, got %d", len(ns))
			}
			n, k := ns[0], ns[1]
			if n < 0 || k < 0 {
				return nil, errorf(python.ValueError, "n must be a non-negative integer")
			}
			if k > n {
				return python.Int(0), nil
			}
			if k > n-k {
				k = n - k
			}
			r := int64(1)
			for i := int64(1); i <= k; i++ {
				if r, err = checkedMul(r, n-k+i); err != nil {
					return nil, err
				}
				r /= i
			}
			return python.Int(r), nil
		}),
		method("prod", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var start python.Value = python.Int(1)
			if err := python.UnpackArgs("prod", args, kwargs, "iterable", &it, "*start?", &start); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			acc := start
			for _, x := range items {
				if acc, err = python.Binary(t, syntax.STAR, acc, x); err != nil {
					return nil, err
				}
			}
			return acc, nil
		}),
		method("fsum", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "math.fsum() takes exactly one argument (%d given)", len(args))
			}
			items, err := toSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			// Neumaier compensated summation.
			sum, c := 0.0, 0.0
			for _, x := range items {
				f, err := realArg(x)
				if err != nil {
					return nil, err
				}
				s := sum + f
				if math.Abs(sum) >= math.Abs(f) {
					c += (sum - s) + f
				} else {
					c += (f - s) + sum
				}
				sum = s
			}
			return python.Float(sum + c), nil
		}),
		method("modf", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var x float64
			if err := python.UnpackArgs("modf", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			i, f := math.Modf(x)
			return python.Tuple{python.Float(f), python.Float(i)}, nil
		}),
	}
	return newModule("math", ms), nil
}
