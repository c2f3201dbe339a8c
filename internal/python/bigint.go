package python

import (
	"math"
	"math/big"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// BigInt is a Python int outside the 64-bit range. Arithmetic on Int
// promotes to BigInt on overflow, and results that fit in 64 bits are
// always returned as Int, so a BigInt never holds a small value.
type BigInt struct{ v *big.Int }

func (BigInt) Type() *Class { return IntClass }

// Big returns the value (the caller must not modify it).
func (b BigInt) Big() *big.Int { return b.v }

// MakeInt returns the Python int with value b: an Int if it fits in 64
// bits, else a BigInt. b must not be modified afterwards.
func MakeInt(b *big.Int) Value { return bigToValue(b) }

func bigToValue(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return BigInt{b}
}

// toBig converts an Int, Bool or BigInt to a *big.Int.
func toBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x)), true
	case Bool:
		return big.NewInt(int64(boolInt(x))), true
	case BigInt:
		return x.v, true
	}
	return nil, false
}

func bigToFloat(b *big.Int) float64 {
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}

const bigMaxBits = 1 << 20

func bigBinary(op syntax.Token, a, b *big.Int) (Value, error) {
	z := new(big.Int)
	switch op {
	case opAdd:
		z.Add(a, b)
	case opSub:
		z.Sub(a, b)
	case opMul:
		if a.BitLen()+b.BitLen() > bigMaxBits {
			return nil, errOverflow()
		}
		z.Mul(a, b)
	case opDiv:
		if b.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowError, "integer division result too large for a float")
		}
		return Float(f), nil
	case opFloorDiv, opMod:
		if b.Sign() == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		if r.Sign() != 0 && r.Sign() != b.Sign() {
			q.Sub(q, big.NewInt(1))
			r.Add(r, b)
		}
		if op == opMod {
			return bigToValue(r), nil
		}
		return bigToValue(q), nil
	case opPow:
		if b.Sign() < 0 {
			if a.Sign() == 0 {
				return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(bigToFloat(a), bigToFloat(b))), nil
		}
		if !b.IsInt64() || (a.BitLen() > 1 && int64(a.BitLen())*b.Int64() > bigMaxBits) {
			if a.CmpAbs(big.NewInt(1)) <= 0 {
				if a.Sign() < 0 && b.Bit(0) == 1 {
					return Int(-1), nil
				}
				return bigToValue(new(big.Int).Abs(a)), nil
			}
			return nil, errOverflow()
		}
		z.Exp(a, b, nil)
	case opAnd:
		z.And(a, b)
	case opOr:
		z.Or(a, b)
	case opXor:
		z.Xor(a, b)
	case opLshift, opRshift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if op == opRshift {
			if !b.IsInt64() || b.Int64() > int64(a.BitLen()) {
				if a.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			z.Rsh(a, uint(b.Int64()))
		} else {
			if a.Sign() == 0 {
				return Int(0), nil
			}
			if !b.IsInt64() || b.Int64()+int64(a.BitLen()) > bigMaxBits {
				return nil, errOverflow()
			}
			z.Lsh(a, uint(b.Int64()))
		}
	default:
		return nil, nil
	}
	return bigToValue(z), nil
}

// bigHash reduces b modulo 2**61-1 keeping its sign, as CPython does, so
// that it agrees with the hash of an equal float.
func bigHash(b *big.Int) uint64 {
	m := new(big.Int).Lsh(big.NewInt(1), 61)
	m.Sub(m, big.NewInt(1))
	r := new(big.Int).Mod(new(big.Int).Abs(b), m)
	h := r.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	return intHash(h)
}

func cmpBigFloat(a *big.Int, f float64) int {
	if math.IsNaN(f) {
		return cmpNotEqual
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	return new(big.Float).SetInt(a).Cmp(big.NewFloat(f))
}

// floatToBigValue converts an integral float outside the int64 range.
func floatToBigValue(f float64) Value {
	b, _ := big.NewFloat(f).Int(nil)
	return bigToValue(b)
}
