package querymodel

import (
	"fmt"
)

// FuncOp is a Function.* operation.
type FuncOp uint8

// The functions.
const (
	FnEQ FuncOp = iota + 1
	FnNE
	FnLT
	FnLE
	FnGT
	FnGE
	FnAnd
	FnOr
	FnNot
	FnIsNull
	FnNegate
	FnAbsolute
	FnAdd
	FnSubtract
	FnMultiply
	FnTrueDivide
	FnFloorDivide
	FnPower
	FnCastToInt
	FnCastToFloat
	FnDateAddDays
	FnDateAddMonths
	FnDateAddYears
	FnDateDifferenceInDays
	FnDateDifferenceInMonths
	FnDateDifferenceInYears
	FnYearFromDate
	FnMonthFromDate
	FnDayFromDate
	FnToFirstOfYear
	FnToFirstOfMonth
	FnStringContains
	FnIn
	FnMinimumOf
	FnMaximumOf
	numFuncOps
)

// paramKind is the class of values a signature parameter accepts.
type paramKind uint8

const (
	pFixed      paramKind = iota // exactly the given type
	pAnyT                        // any non-set type, binds T
	pComparable                  // Comparable, binds T
	pNumeric                     // Numeric, binds T
	pSetT                        // Set[T], binds T to the element
	pNumOrBool                   // int, float or bool; no binding
	pStrLike                     // str or a multi-code string; no binding
	pNeedle                      // str, a code, or a multi-code prefix; no binding
)

type param struct {
	kind paramKind
	typ  Type // for pFixed
}

// signature describes one function: its argument names, their types and
// the result. A variadic signature has one parameter, repeated.
type signature struct {
	name     string
	fields   []string // "lhs", "rhs", "source"; "sources" when variadic
	params   []param
	variadic bool
	result   param // pFixed (typ) or pAnyT meaning "the type bound to T"
}

var (
	fixed = func(t Type) param { return param{kind: pFixed, typ: t} }
	anyT  = param{kind: pAnyT}
	compT = param{kind: pComparable}
	numT  = param{kind: pNumeric}
	unary = []string{"source"}
	bin   = []string{"lhs", "rhs"}
)

var signatures = [numFuncOps]signature{
	FnEQ:                     {"EQ", bin, []param{anyT, anyT}, false, fixed(Bool)},
	FnNE:                     {"NE", bin, []param{anyT, anyT}, false, fixed(Bool)},
	FnLT:                     {"LT", bin, []param{compT, compT}, false, fixed(Bool)},
	FnLE:                     {"LE", bin, []param{compT, compT}, false, fixed(Bool)},
	FnGT:                     {"GT", bin, []param{compT, compT}, false, fixed(Bool)},
	FnGE:                     {"GE", bin, []param{compT, compT}, false, fixed(Bool)},
	FnAnd:                    {"And", bin, []param{fixed(Bool), fixed(Bool)}, false, fixed(Bool)},
	FnOr:                     {"Or", bin, []param{fixed(Bool), fixed(Bool)}, false, fixed(Bool)},
	FnNot:                    {"Not", unary, []param{fixed(Bool)}, false, fixed(Bool)},
	FnIsNull:                 {"IsNull", unary, []param{anyT}, false, fixed(Bool)},
	FnNegate:                 {"Negate", unary, []param{numT}, false, anyT},
	FnAbsolute:               {"Absolute", unary, []param{numT}, false, anyT},
	FnAdd:                    {"Add", bin, []param{numT, numT}, false, anyT},
	FnSubtract:               {"Subtract", bin, []param{numT, numT}, false, anyT},
	FnMultiply:               {"Multiply", bin, []param{numT, numT}, false, anyT},
	FnTrueDivide:             {"TrueDivide", bin, []param{numT, numT}, false, fixed(Float)},
	FnFloorDivide:            {"FloorDivide", bin, []param{numT, numT}, false, fixed(Int)},
	FnPower:                  {"Power", bin, []param{numT, numT}, false, fixed(Float)},
	FnCastToInt:              {"CastToInt", unary, []param{{kind: pNumOrBool}}, false, fixed(Int)},
	FnCastToFloat:            {"CastToFloat", unary, []param{numT}, false, fixed(Float)},
	FnDateAddDays:            {"DateAddDays", bin, []param{fixed(Date), fixed(Int)}, false, fixed(Date)},
	FnDateAddMonths:          {"DateAddMonths", bin, []param{fixed(Date), fixed(Int)}, false, fixed(Date)},
	FnDateAddYears:           {"DateAddYears", bin, []param{fixed(Date), fixed(Int)}, false, fixed(Date)},
	FnDateDifferenceInDays:   {"DateDifferenceInDays", bin, []param{fixed(Date), fixed(Date)}, false, fixed(Int)},
	FnDateDifferenceInMonths: {"DateDifferenceInMonths", bin, []param{fixed(Date), fixed(Date)}, false, fixed(Int)},
	FnDateDifferenceInYears:  {"DateDifferenceInYears", bin, []param{fixed(Date), fixed(Date)}, false, fixed(Int)},
	FnYearFromDate:           {"YearFromDate", unary, []param{fixed(Date)}, false, fixed(Int)},
	FnMonthFromDate:          {"MonthFromDate", unary, []param{fixed(Date)}, false, fixed(Int)},
	FnDayFromDate:            {"DayFromDate", unary, []param{fixed(Date)}, false, fixed(Int)},
	FnToFirstOfYear:          {"ToFirstOfYear", unary, []param{fixed(Date)}, false, fixed(Date)},
	FnToFirstOfMonth:         {"ToFirstOfMonth", unary, []param{fixed(Date)}, false, fixed(Date)},
	FnStringContains:         {"StringContains", bin, []param{{kind: pStrLike}, {kind: pNeedle}}, false, fixed(Bool)},
	FnIn:                     {"In", bin, []param{anyT, {kind: pSetT}}, false, fixed(Bool)},
	FnMinimumOf:              {"MinimumOf", []string{"sources"}, []param{compT}, true, anyT},
	FnMaximumOf:              {"MaximumOf", []string{"sources"}, []param{compT}, true, anyT},
}

// String returns the qualified name, "Function.EQ".
func (op FuncOp) String() string {
	if op == 0 || op >= numFuncOps {
		return "Function.?"
	}
	return "Function." + signatures[op].name
}

// Fields returns the serialised argument names of op: ["lhs", "rhs"],
// ["source"] or ["sources"] (variadic).
func (op FuncOp) Fields() []string {
	if op == 0 || op >= numFuncOps {
		return nil
	}
	return signatures[op].fields
}

// Variadic reports whether op takes a tuple of sources.
func (op FuncOp) Variadic() bool { return op > 0 && op < numFuncOps && signatures[op].variadic }

// LookupFunc returns the op called name ("EQ" or "Function.EQ").
func LookupFunc(name string) (FuncOp, bool) {
	for op := FnEQ; op < numFuncOps; op++ {
		if signatures[op].name == name || op.String() == name {
			return op, true
		}
	}
	return 0, false
}

// Function applies Op to Args row by row (patient values broadcast over
// rows). Its dimension is the highest of its arguments'.
type Function struct {
	header
	Op   FuncOp
	Args []Series
	typ  Type
}

// Type implements Series.
func (f *Function) Type() Type { return f.typ }

// NewFunction type-checks and domain-checks args against op's signature
// and returns the function node.
func NewFunction(op FuncOp, args ...Series) (*Function, error) {
	if op == 0 || op >= numFuncOps {
		return nil, &ArgumentError{Node: "Function", Msg: fmt.Sprintf("unknown function %d", op)}
	}
	sig := &signatures[op]
	name := op.String()
	if sig.variadic {
		if len(args) == 0 {
			return nil, &ArgumentError{Node: name, Msg: "at least one source is required"}
		}
	} else if len(args) != len(sig.params) {
		return nil, &ArgumentError{Node: name, Msg: fmt.Sprintf("takes %d arguments, got %d", len(sig.params), len(args))}
	}
	var bound Type // the type variable T; zero until bound
	for i, a := range args {
		p, field := sig.params[0], sig.fields[0]
		if !sig.variadic {
			p, field = sig.params[i], sig.fields[i]
		}
		if a == nil {
			return nil, &ArgumentError{Node: name, Msg: field + " must not be nil"}
		}
		if err := checkParam(name, field, p, a.Type(), &bound); err != nil {
			return nil, err
		}
	}
	typ := sig.result.typ
	if sig.result.kind == pAnyT {
		typ = bound
		if !typ.IsValid() {
			typ = Null
		}
	}
	dom, err := commonDomain(name, args)
	if err != nil {
		return nil, err
	}
	dim := OneRowPerPatient
	if dom != nil {
		dim = ManyRowsPerPatient
	}
	n := &Function{header: header{dim: dim, dom: dom}, Op: op, Args: append([]Series(nil), args...), typ: typ}
	k := newKey(name)
	for _, a := range args {
		k.node(a)
	}
	return intern(k.String(), n), nil
}

// MustFunction is NewFunction for arguments known to be valid; it panics
// on error.
func MustFunction(op FuncOp, args ...Series) *Function {
	f, err := NewFunction(op, args...)
	if err != nil {
		panic(err)
	}
	return f
}

// checkParam checks got against p, binding *bound (the type variable T).
func checkParam(node, field string, p param, got Type, bound *Type) error {
	fail := func(expected string) error {
		return &TypeError{Node: node, Field: field, Expected: expected, Got: got}
	}
	isNull := got.Kind() == KindNull && !got.IsSet()
	bindTo := func(t Type, class string, ok bool) error {
		if bound.IsValid() {
			if !matches(*bound, t) {
				return fail(bound.SeriesName())
			}
			return nil
		}
		if !ok {
			return fail(class)
		}
		if t.Kind() != KindNull {
			*bound = t
		}
		return nil
	}
	switch p.kind {
	case pFixed:
		if !matches(p.typ, got) {
			return fail(p.typ.SeriesName())
		}
	case pAnyT:
		if got.IsSet() {
			return fail("Series[Any]")
		}
		return bindTo(got, "Series[Any]", true)
	case pComparable:
		return bindTo(got, "Series[Comparable]", isNull || got.IsComparable())
	case pNumeric:
		return bindTo(got, "Series[Numeric]", isNull || got.IsNumeric())
	case pSetT:
		if isNull {
			return nil
		}
		if !got.IsSet() {
			exp := "Set[Any]"
			if bound.IsValid() {
				exp = SetOf(*bound).SeriesName()
			}
			return fail(exp)
		}
		el := got.Elem()
		if el.Kind() == KindNull { // the empty set matches anything
			return nil
		}
		if bound.IsValid() && *bound != el {
			return fail(SetOf(*bound).SeriesName())
		}
		*bound = el
	case pNumOrBool:
		if !(isNull || got.IsNumeric() || got == Bool) {
			return fail("Series[Numeric | bool]")
		}
	case pStrLike:
		if !(isNull || got == Str || (got.Kind() == KindCode && got.System().IsMulti())) {
			return fail(Str.SeriesName())
		}
	case pNeedle:
		if !(isNull || got == Str || (got.Kind() == KindCode && !got.IsSet())) {
			return fail(Str.SeriesName())
		}
	}
	return nil
}
