package python

import (
	"fmt"
	"hash/maphash"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

type tokenOp = syntax.Token

const (
	opAdd      = syntax.PLUS
	opSub      = syntax.MINUS
	opMul      = syntax.STAR
	opDiv      = syntax.SLASH
	opFloorDiv = syntax.SLASHSLASH
	opMod      = syntax.PERCENT
	opPow      = syntax.STARSTAR
	opAnd      = syntax.AMP
	opOr       = syntax.PIPE
	opXor      = syntax.CIRCUMFLEX
	opLshift   = syntax.LTLT
	opRshift   = syntax.GTGT
)

// typeName returns the Python type name of v for messages.
func typeNameOf(v Value) string {
	if v == nil {
		return "NULL"
	}
	c := v.Type()
	if c == nil {
		return fmt.Sprintf("%T", v)
	}
	return c.Name
}

// Binary evaluates x op y, trying reflected forms as Python does.
func Binary(t *Thread, op syntax.Token, x, y Value) (Value, error) {
	// Fast path: int op int.
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			if r, err := intBinary(op, int64(a), int64(b)); r != nil || err != nil {
				return r, err
			}
		}
	}
	r, err := coreBinary(t, op, x, y)
	if r != nil || err != nil {
		return r, err
	}
	if hx, ok := x.(HasBinary); ok {
		if r, done, err := settled(hx.Binary(t, op, y, false)); done {
			return r, err
		}
	}
	if hy, ok := y.(HasBinary); ok {
		if r, done, err := settled(hy.Binary(t, op, x, true)); done {
			return r, err
		}
	}
	return nil, binaryError(op, x, y)
}

// settled takes the result of a host value's operator method (Binary,
// Compare, Unary): done reports that it decides the operation, by
// raising or by returning something other than NotImplemented (or nil).
func settled(r Value, err error) (Value, bool, error) {
	if err != nil {
		return nil, true, err
	}
	return r, r != NotImplemented && r != nil, nil
}

func binaryError(op syntax.Token, x, y Value) error {
	switch op {
	case opAdd:
		switch x.(type) {
		case Str:
			return Errorf(TypeError, "can only concatenate str (not \"%s\") to str", typeNameOf(y))
		case *List:
			return Errorf(TypeError, "can only concatenate list (not \"%s\") to list", typeNameOf(y))
		case Tuple:
			return Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", typeNameOf(y))
		}
	case opMul:
		if isSequence(x) {
			if _, ok := asInt(y); !ok {
				return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", typeNameOf(y))
			}
		}
		if isSequence(y) {
			if _, ok := asInt(x); !ok {
				return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", typeNameOf(x))
			}
		}
	case opPow:
		return Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeNameOf(x), typeNameOf(y))
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, typeNameOf(x), typeNameOf(y))
}

func isSequence(v Value) bool {
	switch v.(type) {
	case Str, *List, Tuple:
		return true
	}
	return false
}

// coreBinary handles operators between core values; it returns (nil, nil)
// when the operands are not a core combination it knows.
func coreBinary(t *Thread, op syntax.Token, x, y Value) (Value, error) {
	switch a := x.(type) {
	case Int, Bool, Float, BigInt:
		if r, err := numBinary(op, x, y); r != nil || err != nil {
			return r, err
		}
	case Str:
		switch op {
		case opAdd:
			if b, ok := y.(Str); ok {
				if len(a)+len(b) > maxStrLen {
					return nil, errMemory("string too long")
				}
				return a + b, nil
			}
		case opMul:
			if n, ok := asInt(y); ok {
				return strRepeat(a, n)
			}
		case opMod:
			if _, ok := y.(HasBinary); ok {
				if _, isCore := y.(*Dict); !isCore {
					return nil, nil
				}
			}
			s, err := percentFormat(t, string(a), y)
			if err != nil {
				return nil, err
			}
			return Str(s), nil
		}
	case *List:
		switch op {
		case opAdd:
			if b, ok := y.(*List); ok {
				out := make([]Value, 0, len(a.elems)+len(b.elems))
				out = append(out, a.elems...)
				out = append(out, b.elems...)
				return NewList(out), nil
			}
		case opMul:
			if n, ok := asInt(y); ok {
				r, err := repeatValues(a.elems, n)
				if err != nil {
					return nil, err
				}
				return NewList(r), nil
			}
		}
	case Tuple:
		switch op {
		case opAdd:
			if b, ok := y.(Tuple); ok {
				out := make(Tuple, 0, len(a)+len(b))
				out = append(out, a...)
				return append(out, b...), nil
			}
		case opMul:
			if n, ok := asInt(y); ok {
				r, err := repeatValues(a, n)
				if err != nil {
					return nil, err
				}
				return Tuple(r), nil
			}
		}
	case *Dict:
		if op == opOr {
			if b, ok := y.(*Dict); ok {
				d := a.Copy()
				if err := d.update(t, b); err != nil {
					return nil, err
				}
				return d, nil
			}
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			return setBinary(t, op, a, b)
		}
	case *DictView:
		if a.kind != viewValues {
			sa, sb, err := viewAsSet(t, a, y)
			if err != nil {
				return nil, err
			}
			if sb != nil {
				return setBinary(t, op, sa, sb)
			}
		}
	}
	// Reflected forms where the left operand is not core.
	switch b := y.(type) {
	case Str:
		if op == opMul {
			if n, ok := asInt(x); ok {
				return strRepeat(b, n)
			}
		}
	case *List:
		if op == opMul {
			if n, ok := asInt(x); ok {
				r, err := repeatValues(b.elems, n)
				if err != nil {
					return nil, err
				}
				return NewList(r), nil
			}
		}
	case Tuple:
		if op == opMul {
			if n, ok := asInt(x); ok {
				r, err := repeatValues(b, n)
				if err != nil {
					return nil, err
				}
				return Tuple(r), nil
			}
		}
	}
	return nil, nil
}

func strRepeat(s Str, n int64) (Value, error) {
	if n <= 0 || s == "" {
		return Str(""), nil
	}
	if n > maxStrLen || int64(len(s))*n > maxStrLen {
		return nil, errMemory("repeated string is too long")
	}
	return Str(strings.Repeat(string(s), int(n))), nil
}

func repeatValues(elems []Value, n int64) ([]Value, error) {
	if n <= 0 || len(elems) == 0 {
		return []Value{}, nil
	}
	if n > maxContainerLen || int64(len(elems))*n > maxContainerLen {
		return nil, errMemory("repeated sequence is too long")
	}
	out := make([]Value, 0, len(elems)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, elems...)
	}
	return out, nil
}

// numBinary handles int/bool/float operands; (nil, nil) if y is not a
// number or the operator does not apply.
func numBinary(op syntax.Token, x, y Value) (Value, error) {
	_, xf := x.(Float)
	_, yf := y.(Float)
	_, xb := x.(BigInt)
	_, yb := y.(BigInt)
	if (xb || yb) && !xf && !yf {
		a, ok1 := toBig(x)
		b, ok2 := toBig(y)
		if !ok1 || !ok2 {
			return nil, nil
		}
		return bigBinary(op, a, b)
	}
	if !xf && !yf {
		a, ok1 := asInt(x)
		b, ok2 := asInt(y)
		if !ok1 || !ok2 {
			return nil, nil
		}
		if xb, ok := x.(Bool); ok {
			if yb, ok := y.(Bool); ok {
				switch op {
				case opAnd:
					return xb && yb, nil
				case opOr:
					return xb || yb, nil
				case opXor:
					return Bool(xb != yb), nil
				}
			}
		}
		return intBinary(op, a, b)
	}
	a, ok1 := toFloat(x)
	b, ok2 := toFloat(y)
	if !ok1 || !ok2 {
		return nil, nil
	}
	return floatBinary(op, a, b)
}

// InplaceBinary evaluates the augmented assignment x op= y: lists extend
// in place for +=, sets update in place for |= &= -= ^=, dicts for |=;
// everything else behaves as Binary (host values receive the plain
// operator).
func InplaceBinary(t *Thread, op syntax.Token, x, y Value) (Value, error) {
	if aug := syntax.AugOp(op); aug != syntax.ILLEGAL {
		op = aug
	}
	switch a := x.(type) {
	case *List:
		switch op {
		case opAdd:
			elems, err := ToSlice(t, y)
			if err != nil {
				if _, ok := y.(HasBinary); ok {
					break
				}
				return nil, err
			}
			a.elems = append(a.elems, elems...)
			return a, nil
		case opMul:
			if n, ok := asInt(y); ok {
				r, err := repeatValues(a.elems, n)
				if err != nil {
					return nil, err
				}
				a.elems = r
				return a, nil
			}
		}
	case *Set:
		if b, ok := y.(*Set); ok && !a.frozen {
			switch op {
			case opOr, opAnd, opSub, opXor:
				r, err := setBinary(t, op, a, b)
				if err != nil {
					return nil, err
				}
				a.ht = r.(*Set).ht
				return a, nil
			}
		}
	case *Dict:
		if op == opOr {
			if err := a.update(t, y); err != nil {
				return nil, err
			}
			return a, nil
		}
	}
	return Binary(t, op, x, y)
}

// Unary evaluates -x, +x, ~x (not x is Truth).
func Unary(t *Thread, op syntax.Token, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		switch op {
		case syntax.MINUS:
			if v == math.MinInt64 {
				return bigToValue(new(big.Int).Neg(big.NewInt(int64(v)))), nil
			}
			return -v, nil
		case syntax.PLUS:
			return v, nil
		case syntax.TILDE:
			return ^v, nil
		}
	case Bool:
		i := boolInt(v)
		switch op {
		case syntax.MINUS:
			return -i, nil
		case syntax.PLUS:
			return i, nil
		case syntax.TILDE:
			return ^i, nil
		}
	case Float:
		switch op {
		case syntax.MINUS:
			return -v, nil
		case syntax.PLUS:
			return v, nil
		}
	case BigInt:
		switch op {
		case syntax.MINUS:
			return bigToValue(new(big.Int).Neg(v.v)), nil
		case syntax.PLUS:
			return v, nil
		case syntax.TILDE:
			return bigToValue(new(big.Int).Not(v.v)), nil
		}
	case HasUnary:
		if r, done, err := settled(v.Unary(t, op)); done {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", op, typeNameOf(x))
}

// swapOp returns the reflected comparison operator.
func swapOp(op syntax.Token) syntax.Token {
	switch op {
	case syntax.LT:
		return syntax.GT
	case syntax.GT:
		return syntax.LT
	case syntax.LE:
		return syntax.GE
	case syntax.GE:
		return syntax.LE
	}
	return op
}

// Compare evaluates x op y for LT, LE, GT, GE, EQEQ, NEQ, IN, NOTIN, IS,
// ISNOT.
func Compare(t *Thread, op syntax.Token, x, y Value) (Value, error) {
	switch op {
	case syntax.IN, syntax.NOTIN:
		ok, err := Contains(t, y, x)
		if err != nil {
			return nil, err
		}
		return Bool(ok == (op == syntax.IN)), nil
	case syntax.IS:
		return Bool(identical(x, y)), nil
	case syntax.ISNOT:
		return Bool(!identical(x, y)), nil
	}
	// Fast paths.
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			return Bool(cmpResult(op, cmpInt(int64(a), int64(b)))), nil
		}
	}
	if a, ok := x.(Str); ok {
		if b, ok := y.(Str); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
	}
	if c, ok, err := coreCompare(t, x, y, op); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return Bool(cmpResult(op, c)), nil
	}
	if hx, ok := x.(HasCompare); ok {
		if r, done, err := settled(hx.Compare(t, op, y)); done {
			return r, err
		}
	}
	if hy, ok := y.(HasCompare); ok {
		if r, done, err := settled(hy.Compare(t, swapOp(op), x)); done {
			return r, err
		}
	}
	switch op {
	case syntax.EQEQ:
		return Bool(identical(x, y)), nil
	case syntax.NEQ:
		return Bool(!identical(x, y)), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, typeNameOf(x), typeNameOf(y))
}

// cmpNotEqual is a comparison result meaning "unequal, and unordered".
const cmpNotEqual = 2

func cmpResult(op syntax.Token, c int) bool {
	if c == cmpNotEqual {
		return op == syntax.NEQ
	}
	switch op {
	case syntax.LT:
		return c < 0
	case syntax.LE:
		return c <= 0
	case syntax.GT:
		return c > 0
	case syntax.GE:
		return c >= 0
	case syntax.EQEQ:
		return c == 0
	case syntax.NEQ:
		return c != 0
	}
	return false
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return cmpNotEqual // NaN
}

func isOrdering(op syntax.Token) bool {
	return op == syntax.LT || op == syntax.LE || op == syntax.GT || op == syntax.GE
}

// coreCompare compares two core values. ok=false means the pair is not a
// core combination (the caller tries the host protocol). For == and != on
// unrelated core types it reports cmpNotEqual.
func coreCompare(t *Thread, x, y Value, op syntax.Token) (int, bool, error) {
	_, xb := x.(BigInt)
	_, yb := y.(BigInt)
	if xb || yb {
		if a, ok := toBig(x); ok {
			if b, ok := toBig(y); ok {
				return a.Cmp(b), true, nil
			}
			if f, ok := y.(Float); ok {
				return cmpBigFloat(a, float64(f)), true, nil
			}
		} else if b, ok := toBig(y); ok {
			if f, ok := x.(Float); ok {
				c := cmpBigFloat(b, float64(f))
				if c != cmpNotEqual {
					c = -c
				}
				return c, true, nil
			}
		}
	}
	switch a := x.(type) {
	case Int, Bool, Float:
		switch y.(type) {
		case Int, Bool:
			if _, isf := x.(Float); !isf {
				ai, _ := asInt(x)
				bi, _ := asInt(y)
				return cmpInt(ai, bi), true, nil
			}
			af, _ := toFloat(x)
			bf, _ := toFloat(y)
			return cmpFloat(af, bf), true, nil
		case Float:
			af, _ := toFloat(x)
			bf, _ := toFloat(y)
			return cmpFloat(af, bf), true, nil
		}
	case Str:
		if b, ok := y.(Str); ok {
			return strings.Compare(string(a), string(b)), true, nil
		}
	case NoneType:
		if _, ok := y.(NoneType); ok && !isOrdering(op) {
			return 0, true, nil
		}
	case *List:
		if b, ok := y.(*List); ok {
			return compareSeq(t, a.elems, b.elems, op)
		}
	case Tuple:
		if b, ok := y.(Tuple); ok {
			return compareSeq(t, a, b, op)
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && !isOrdering(op) {
			eq, err := dictEqual(t, a, b)
			if eq {
				return 0, true, err
			}
			return cmpNotEqual, true, err
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			return setCompare(t, a, b, op)
		}
	case *DictView:
		if a.kind == viewKeys {
			if b, ok := y.(*Set); ok {
				s, err := NewSetFrom(t, a, false)
				if err != nil {
					return 0, true, err
				}
				return setCompare(t, s, b, op)
			}
			if b, ok := y.(*DictView); ok && b.kind == viewKeys {
				s1, err := NewSetFrom(t, a, false)
				if err != nil {
					return 0, true, err
				}
				s2, err := NewSetFrom(t, b, false)
				if err != nil {
					return 0, true, err
				}
				return setCompare(t, s1, s2, op)
			}
		}
	case *Range:
		if b, ok := y.(*Range); ok && !isOrdering(op) {
			if rangeEqual(a, b) {
				return 0, true, nil
			}
			return cmpNotEqual, true, nil
		}
	}
	if isOrdering(op) {
		return 0, false, nil
	}
	// Equality between a core value and a different core type is false;
	// host values get their chance through the protocol.
	if isCore(x) && isCore(y) {
		if identical(x, y) {
			return 0, true, nil
		}
		return cmpNotEqual, true, nil
	}
	return 0, false, nil
}

// isCore reports whether v is one of the core value types, which never
// implement HasCompare.
func isCore(v Value) bool {
	switch v.(type) {
	case NoneType, Bool, Int, BigInt, Float, Str, Tuple, *List, *Dict, *Set, *Range,
		*Builtin, *SliceValue, NotImplementedType, EllipsisType:
		return true
	}
	return false
}

// compareSeq compares sequences lexicographically.
func compareSeq(t *Thread, a, b []Value, op syntax.Token) (int, bool, error) {
	if !isOrdering(op) && len(a) != len(b) {
		return cmpNotEqual, true, nil
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if identical(a[i], b[i]) {
			continue
		}
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return 0, true, err
		}
		if eq {
			continue
		}
		if !isOrdering(op) {
			return cmpNotEqual, true, nil
		}
		lt, err := Less(t, a[i], b[i])
		if err != nil {
			return 0, true, err
		}
		if lt {
			return -1, true, nil
		}
		return 1, true, nil
	}
	return cmpInt(int64(len(a)), int64(len(b))), true, nil
}

// identical reports x is y.
func identical(x, y Value) bool {
	switch a := x.(type) {
	case Tuple:
		b, ok := y.(Tuple)
		return ok && len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	case Int:
		b, ok := y.(Int)
		return ok && a == b
	case Str:
		b, ok := y.(Str)
		return ok && a == b
	case Float:
		b, ok := y.(Float)
		return ok && (a == b || (math.IsNaN(float64(a)) && math.IsNaN(float64(b))))
	case BigInt:
		b, ok := y.(BigInt)
		return ok && a.v.Cmp(b.v) == 0
	}
	if x == nil || y == nil {
		return x == y
	}
	tx := reflect.TypeOf(x)
	if tx != reflect.TypeOf(y) || !tx.Comparable() {
		return false
	}
	if tx.Kind() == reflect.Pointer {
		return x == y
	}
	return safeEqual(x, y)
}

// safeEqual compares two values of the same comparable type; a struct
// holding an interface with an uncomparable dynamic value compares unequal
// instead of panicking.
func safeEqual(x, y Value) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return x == y
}

// identityHash hashes a value by identity (pointers) or content
// (comparable values); ok=false if the value cannot be hashed.
func identityHash(v Value) (h uint64, ok bool) {
	defer func() {
		if recover() != nil {
			h, ok = 0, false
		}
	}()
	return maphash.Comparable(hashSeed, v), true
}

// Equal reports x == y (as a Python bool).
func Equal(t *Thread, x, y Value) (bool, error) {
	switch a := x.(type) {
	case Str:
		if b, ok := y.(Str); ok {
			return a == b, nil
		}
	case Int:
		if b, ok := y.(Int); ok {
			return a == b, nil
		}
	}
	r, err := Compare(t, syntax.EQEQ, x, y)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	return Truth(t, r)
}

// Less reports x < y, for sorting.
func Less(t *Thread, x, y Value) (bool, error) {
	r, err := Compare(t, syntax.LT, x, y)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	return Truth(t, r)
}

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case NoneType:
		return false, nil
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case BigInt:
		return x.v.Sign() != 0, nil
	case Float:
		return x != 0, nil
	case Str:
		return x != "", nil
	case Tuple:
		return len(x) > 0, nil
	case *List:
		return len(x.elems) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.Len() > 0, nil
	case *Range:
		return x.length() > 0, nil
	case *DictView:
		return x.d.Len() > 0, nil
	case HasTruth:
		return x.Truth(t)
	case HasLen:
		n, err := x.Len(t)
		return n > 0, err
	}
	return true, nil
}

var hashSeed = maphash.MakeSeed()

// strHash hashes a string (FNV-1a).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Hash returns hash(v), raising TypeError for unhashable values.
func Hash(t *Thread, v Value) (uint64, error) {
	switch x := v.(type) {
	case Str:
		return strHash(string(x)), nil
	case Int:
		return intHash(int64(x)), nil
	case BigInt:
		return bigHash(x.v), nil
	case Bool:
		return uint64(boolInt(x)), nil
	case Float:
		return floatHash(float64(x)), nil
	case NoneType:
		return 0x5a17c0de, nil
	case Tuple:
		h := uint64(0x345678)
		for _, e := range x {
			eh, err := Hash(t, e)
			if err != nil {
				return 0, err
			}
			h = (h ^ eh) * 1000003
			h ^= h >> 29
		}
		return h, nil
	case *List, *Dict:
		return 0, Errorf(TypeError, "unhashable type: '%s'", typeNameOf(v))
	case *Set:
		if !x.frozen {
			return 0, Errorf(TypeError, "unhashable type: 'set'")
		}
		var h uint64
		for _, e := range x.ht.entries {
			if !e.deleted {
				h ^= e.hash*0x9e3779b97f4a7c15 + 0x1f
			}
		}
		return h, nil
	case *Range:
		return strHash(fmt.Sprintf("range(%d,%d,%d)", x.Start, x.Stop, x.Step)), nil
	case *SliceValue:
		return 0, Errorf(TypeError, "unhashable type: 'slice'")
	case HasHash:
		return x.Hash(t)
	}
	if reflect.TypeOf(v).Comparable() {
		if h, ok := identityHash(v); ok {
			return h, nil
		}
	}
	return 0, Errorf(TypeError, "unhashable type: '%s'", typeNameOf(v))
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(string(x)), nil
	case Tuple:
		return len(x), nil
	case *List:
		return len(x.elems), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case *Range:
		return int(x.length()), nil
	case *DictView:
		return x.d.Len(), nil
	case HasLen:
		return x.Len(t)
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", typeNameOf(v))
}

// Contains reports whether x is in container (x in container).
func Contains(t *Thread, container, x Value) (bool, error) {
	switch c := container.(type) {
	case Str:
		s, ok := x.(Str)
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", typeNameOf(x))
		}
		return strings.Contains(string(c), string(s)), nil
	case *Dict:
		_, found, err := c.Get(t, x)
		return found, err
	case *Set:
		return c.Has(t, x)
	case *Range:
		return c.contains(t, x)
	case *DictView:
		return c.contains(t, x)
	case Tuple:
		return seqContains(t, c, x)
	case *List:
		return seqContains(t, c.elems, x)
	case HasContains:
		return c.Contains(t, x)
	}
	it, err := Iterate(t, container)
	if err != nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", typeNameOf(container))
	}
	for {
		v, ok, err := nextStep(t, it)
		if err != nil || !ok {
			return false, err
		}
		if identical(v, x) {
			return true, nil
		}
		eq, err := Equal(t, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

func seqContains(t *Thread, elems []Value, x Value) (bool, error) {
	for i := 0; i < len(elems); i++ {
		e := elems[i]
		if identical(e, x) {
			return true, nil
		}
		eq, err := Equal(t, e, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// indexValue converts an index to int64: ints, bools, and values with
// __index__.
func indexValue(t *Thread, v Value) (int64, bool, error) {
	if i, ok := asInt(v); ok {
		return i, true, nil
	}
	if _, ok := v.(BigInt); ok {
		return 0, false, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if isCore(v) {
		return 0, false, nil
	}
	if _, err := GetAttr(t, v, "__index__"); err == nil {
		m, _ := GetAttr(t, v, "__index__")
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return 0, false, err
		}
		if i, ok := asInt(r); ok {
			return i, true, nil
		}
	}
	return 0, false, nil
}

// GetItem evaluates x[key].
func GetItem(t *Thread, x, key Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		return seqGetItem(t, c.elems, key, "list", func(s []Value) Value { return NewList(s) })
	case Tuple:
		return seqGetItem(t, c, key, "tuple", func(s []Value) Value { return Tuple(s) })
	case *Dict:
		v, found, err := c.Get(t, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewKeyError(key)
		}
		return v, nil
	case Str:
		return strGetItem(t, c, key)
	case *Range:
		return c.getItem(t, key)
	case HasGetItem:
		return c.GetItem(t, key)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", typeNameOf(x))
}

// NewKeyError returns KeyError(key).
func NewKeyError(key Value) error {
	return NewException(KeyError, key)
}

func seqGetItem(t *Thread, elems []Value, key Value, name string, mk func([]Value) Value) (Value, error) {
	if sl, ok := key.(*SliceValue); ok {
		start, stop, step, err := sl.indices(t, len(elems))
		if err != nil {
			return nil, err
		}
		out := []Value{}
		if step == 1 {
			if stop > start {
				out = make([]Value, stop-start)
				copy(out, elems[start:stop])
			}
			return mk(out), nil
		}
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out = append(out, elems[i])
		}
		return mk(out), nil
	}
	i, ok, err := indexValue(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "%s indices must be integers or slices, not %s", name, typeNameOf(key))
	}
	n := int64(len(elems))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "%s index out of range", name)
	}
	return elems[i], nil
}

// indices computes the effective start, stop and step of the slice over a
// sequence of length n, as Python's slice.indices.
func (s *SliceValue) indices(t *Thread, n int) (start, stop, step int, err error) {
	get := func(v Value) (int64, bool, error) {
		if v == nil || v == None {
			return 0, false, nil
		}
		if b, ok := v.(BigInt); ok {
			// Out of range either way: clamp.
			if b.v.Sign() < 0 {
				return math.MinInt64 / 2, true, nil
			}
			return math.MaxInt64 / 2, true, nil
		}
		i, ok, err := indexValue(t, v)
		if err != nil {
			return 0, false, err
		}
		if !ok {
			return 0, false, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return i, true, nil
	}
	st, hasStep, err := get(s.Step)
	if err != nil {
		return 0, 0, 0, err
	}
	if !hasStep {
		st = 1
	}
	if st == 0 {
		return 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
	}
	ln := int64(n)
	adjust := func(v Value, def int64) (int64, error) {
		i, has, err := get(v)
		if err != nil {
			return 0, err
		}
		if !has {
			return def, nil
		}
		if i < 0 {
			i += ln
			if i < 0 {
				if st < 0 {
					i = -1
				} else {
					i = 0
				}
			}
		} else if i >= ln {
			if st < 0 {
				i = ln - 1
			} else {
				i = ln
			}
		}
		return i, nil
	}
	var defStart, defStop int64 = 0, ln
	if st < 0 {
		defStart, defStop = ln-1, -1
	}
	a, err := adjust(s.Start, defStart)
	if err != nil {
		return 0, 0, 0, err
	}
	b, err := adjust(s.Stop, defStop)
	if err != nil {
		return 0, 0, 0, err
	}
	return int(a), int(b), int(st), nil
}

// SetItem evaluates x[key] = v.
func SetItem(t *Thread, x, key, v Value) error {
	switch c := x.(type) {
	case *List:
		return c.setItem(t, key, v)
	case *Dict:
		return c.SetItem(t, key, v)
	case HasSetItem:
		return c.SetItem(t, key, v)
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", typeNameOf(x))
}

// DelItem evaluates del x[key].
func DelItem(t *Thread, x, key Value) error {
	switch c := x.(type) {
	case *List:
		return c.delItem(t, key)
	case *Dict:
		found, err := c.Delete(t, key)
		if err != nil {
			return err
		}
		if !found {
			return NewKeyError(key)
		}
		return nil
	case HasDelItem:
		return c.DelItem(t, key)
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", typeNameOf(x))
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) {
	var b strings.Builder
	if err := writeRepr(t, &b, v, nil); err != nil {
		return "", err
	}
	return b.String(), nil
}

// writeRepr appends repr(v) to b; path holds the containers being printed,
// to show recursive references as [...] / {...}.
func writeRepr(t *Thread, b *strings.Builder, v Value, path []Value) error {
	switch x := v.(type) {
	case NoneType:
		b.WriteString("None")
	case Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case Int:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case BigInt:
		b.WriteString(x.v.String())
	case Float:
		b.WriteString(floatRepr(float64(x)))
	case Str:
		b.WriteString(strRepr(string(x)))
	case NotImplementedType:
		b.WriteString("NotImplemented")
	case EllipsisType:
		b.WriteString("Ellipsis")
	case Tuple:
		b.WriteByte('(')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(t, b, e, path); err != nil {
				return err
			}
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *List:
		if inPath(path, v) {
			b.WriteString("[...]")
			return nil
		}
		path = append(path, v)
		b.WriteByte('[')
		for i := 0; i < len(x.elems); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(t, b, x.elems[i], path); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case *Dict:
		if inPath(path, v) {
			b.WriteString("{...}")
			return nil
		}
		path = append(path, v)
		b.WriteByte('{')
		first := true
		for _, e := range x.ht.entries {
			if e.deleted {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			if err := writeRepr(t, b, e.key, path); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := writeRepr(t, b, e.value, path); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case *Set:
		name := "set"
		if x.frozen {
			name = "frozenset"
		}
		if x.Len() == 0 {
			b.WriteString(name + "()")
			return nil
		}
		if inPath(path, v) {
			b.WriteString(name + "(...)")
			return nil
		}
		path = append(path, v)
		if x.frozen {
			b.WriteString("frozenset(")
		}
		b.WriteByte('{')
		for i, e := range x.Elems() {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(t, b, e, path); err != nil {
				return err
			}
		}
		b.WriteByte('}')
		if x.frozen {
			b.WriteByte(')')
		}
	case *DictView:
		b.WriteString(x.Type().Name + "(")
		l, err := ToSlice(t, x)
		if err != nil {
			return err
		}
		if err := writeRepr(t, b, NewList(l), path); err != nil {
			return err
		}
		b.WriteByte(')')
	case *Range:
		if x.Step == 1 {
			fmt.Fprintf(b, "range(%d, %d)", x.Start, x.Stop)
		} else {
			fmt.Fprintf(b, "range(%d, %d, %d)", x.Start, x.Stop, x.Step)
		}
	case *SliceValue:
		b.WriteString("slice(")
		for i, p := range []Value{x.Start, x.Stop, x.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			if p == nil {
				p = None
			}
			if err := writeRepr(t, b, p, path); err != nil {
				return err
			}
		}
		b.WriteByte(')')
	case HasRepr:
		s, err := x.Repr(t)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case *Class:
		if x.Module == "builtins" || x.Module == "" {
			fmt.Fprintf(b, "<class '%s'>", x.Name)
		} else {
			fmt.Fprintf(b, "<class '%s.%s'>", x.Module, x.Name)
		}
	default:
		c := v.Type()
		name := typeNameOf(v)
		if c != nil && c.Module != "" && c.Module != "builtins" {
			name = c.Module + "." + name
		}
		fmt.Fprintf(b, "<%s object at %#x>", name, fakeAddress(v))
	}
	return nil
}

// fakeAddress returns an identity-derived number for default reprs.
func fakeAddress(v Value) uint64 {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return uint64(rv.Pointer())
	}
	if reflect.TypeOf(v).Comparable() {
		if h, ok := identityHash(v); ok {
			return 0x7f0000000000 | (h & 0xffffffffff)
		}
	}
	return 0x7f0000000000
}

func inPath(path []Value, v Value) bool {
	for _, p := range path {
		if p == v {
			return true
		}
	}
	return false
}

// ToStr returns str(v).
func ToStr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case BigInt:
		return x.v.String(), nil
	case Float:
		return floatRepr(float64(x)), nil
	case HasStr:
		return x.Str(t)
	}
	return Repr(t, v)
}
