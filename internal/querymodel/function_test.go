package querymodel

import (
	"errors"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
)

func TestFunctionTypes(t *testing.T) {
	P, E := p(t), e(t)
	pi, pf, pb, ps, pd := col(t, P, "i1"), col(t, P, "f1"), col(t, P, "b1"), col(t, P, "s1"), col(t, P, "d1")
	pc, pm := col(t, P, "c1"), col(t, P, "m1")
	ei := col(t, E, "i1")
	snomed := val(t, codes.Code{System: codes.SNOMEDCT, Value: "123456"})
	ctv3 := val(t, codes.Code{System: codes.CTV3, Value: "Y1234"})
	intSet := val(t, must(NewFrozenset(1, 2)))
	strSet := val(t, must(NewFrozenset("a")))
	emptySet := val(t, must(NewFrozenset()))
	none := val(t, nil)

	tests := []struct {
		name string
		op   FuncOp
		args []Series
		want Type   // result type when err == ""
		dim  Dim    // result dimension when err == ""
		err  string // exact message
	}{
		{"eq int", FnEQ, []Series{pi, val(t, 1)}, Bool, OneRowPerPatient, ""},
		{"eq bool is not int", FnEQ, []Series{pi, val(t, true)}, Type{}, 0, "Expected type 'Series[int]' but got 'Series[bool]'"},
		{"eq int float", FnEQ, []Series{pi, val(t, 1.0)}, Type{}, 0, "Expected type 'Series[int]' but got 'Series[float]'"},
		{"eq str int", FnNE, []Series{ps, pi}, Type{}, 0, "Expected type 'Series[str]' but got 'Series[int]'"},
		{"eq codes", FnEQ, []Series{pc, snomed}, Bool, OneRowPerPatient, ""},
		{"eq code systems differ", FnEQ, []Series{pc, ctv3}, Type{}, 0, "Expected type 'Series[SNOMEDCTCode]' but got 'Series[CTV3Code]'"},
		{"eq code vs str", FnEQ, []Series{pc, val(t, "123456")}, Type{}, 0, "Expected type 'Series[SNOMEDCTCode]' but got 'Series[str]'"},
		{"eq none", FnEQ, []Series{pi, none}, Bool, OneRowPerPatient, ""},
		{"lt date", FnLT, []Series{pd, val(t, date(t, "2020-01-01"))}, Bool, OneRowPerPatient, ""},
		{"lt bool not comparable", FnLT, []Series{pb, pb}, Type{}, 0, "Expected type 'Series[Comparable]' but got 'Series[bool]'"},
		{"ge multi not comparable", FnGE, []Series{pm, pm}, Type{}, 0, "Expected type 'Series[Comparable]' but got 'Series[ICD10MultiCodeString]'"},
		{"and", FnAnd, []Series{pb, val(t, true)}, Bool, OneRowPerPatient, ""},
		{"and int", FnAnd, []Series{pb, pi}, Type{}, 0, "Expected type 'Series[bool]' but got 'Series[int]'"},
		{"or none", FnOr, []Series{pb, none}, Bool, OneRowPerPatient, ""},
		{"not", FnNot, []Series{pb}, Bool, OneRowPerPatient, ""},
		{"not int", FnNot, []Series{pi}, Type{}, 0, "Expected type 'Series[bool]' but got 'Series[int]'"},
		{"is null any", FnIsNull, []Series{pc}, Bool, OneRowPerPatient, ""},
		{"add int", FnAdd, []Series{pi, val(t, 1)}, Int, OneRowPerPatient, ""},
		{"add float", FnAdd, []Series{pf, val(t, 1.5)}, Float, OneRowPerPatient, ""},
		{"add int float", FnAdd, []Series{pi, pf}, Type{}, 0, "Expected type 'Series[int]' but got 'Series[float]'"},
		{"add float int literal", FnAdd, []Series{pf, val(t, 1)}, Type{}, 0, "Expected type 'Series[float]' but got 'Series[int]'"},
		{"add bool", FnAdd, []Series{pb, pb}, Type{}, 0, "Expected type 'Series[Numeric]' but got 'Series[bool]'"},
		{"add str", FnAdd, []Series{ps, ps}, Type{}, 0, "Expected type 'Series[Numeric]' but got 'Series[str]'"},
		{"subtract", FnSubtract, []Series{pf, pf}, Float, OneRowPerPatient, ""},
		{"multiply", FnMultiply, []Series{pi, pi}, Int, OneRowPerPatient, ""},
		{"negate", FnNegate, []Series{pi}, Int, OneRowPerPatient, ""},
		{"absolute float", FnAbsolute, []Series{pf}, Float, OneRowPerPatient, ""},
		{"truediv int", FnTrueDivide, []Series{pi, pi}, Float, OneRowPerPatient, ""},
		{"floordiv float", FnFloorDivide, []Series{pf, pf}, Int, OneRowPerPatient, ""},
		{"power", FnPower, []Series{pi, pi}, Float, OneRowPerPatient, ""},
		{"cast bool to int", FnCastToInt, []Series{pb}, Int, OneRowPerPatient, ""},
		{"cast float to int", FnCastToInt, []Series{pf}, Int, OneRowPerPatient, ""},
		{"cast str to int", FnCastToInt, []Series{ps}, Type{}, 0, "Expected type 'Series[Numeric | bool]' but got 'Series[str]'"},
		{"cast int to float", FnCastToFloat, []Series{pi}, Float, OneRowPerPatient, ""},
		{"cast bool to float", FnCastToFloat, []Series{pb}, Type{}, 0, "Expected type 'Series[Numeric]' but got 'Series[bool]'"},
		{"date add days", FnDateAddDays, []Series{pd, pi}, Date, OneRowPerPatient, ""},
		{"date add months float", FnDateAddMonths, []Series{pd, pf}, Type{}, 0, "Expected type 'Series[int]' but got 'Series[float]'"},
		{"date add years", FnDateAddYears, []Series{pd, val(t, 1)}, Date, OneRowPerPatient, ""},
		{"date diff", FnDateDifferenceInYears, []Series{pd, val(t, date(t, "2020-01-01"))}, Int, OneRowPerPatient, ""},
		{"date diff str", FnDateDifferenceInDays, []Series{pd, ps}, Type{}, 0, "Expected type 'Series[date]' but got 'Series[str]'"},
		{"date diff months", FnDateDifferenceInMonths, []Series{pd, pd}, Int, OneRowPerPatient, ""},
		{"year", FnYearFromDate, []Series{pd}, Int, OneRowPerPatient, ""},
		{"month", FnMonthFromDate, []Series{pd}, Int, OneRowPerPatient, ""},
		{"day of int", FnDayFromDate, []Series{pi}, Type{}, 0, "Expected type 'Series[date]' but got 'Series[int]'"},
		{"first of year", FnToFirstOfYear, []Series{pd}, Date, OneRowPerPatient, ""},
		{"first of month", FnToFirstOfMonth, []Series{pd}, Date, OneRowPerPatient, ""},
		{"contains str", FnStringContains, []Series{ps, val(t, "x")}, Bool, OneRowPerPatient, ""},
		{"contains multi code", FnStringContains, []Series{pm, val(t, codes.Code{System: codes.ICD10, Value: "M069"})}, Bool, OneRowPerPatient, ""},
		{"contains multi prefix", FnStringContains, []Series{pm, val(t, must(codes.Parse(codes.ICD10Multi, "M06")))}, Bool, OneRowPerPatient, ""},
		{"contains int", FnStringContains, []Series{pi, val(t, "x")}, Type{}, 0, "Expected type 'Series[str]' but got 'Series[int]'"},
		{"in", FnIn, []Series{pi, intSet}, Bool, OneRowPerPatient, ""},
		{"in empty set", FnIn, []Series{ps, emptySet}, Bool, OneRowPerPatient, ""},
		{"in wrong set", FnIn, []Series{pi, strSet}, Type{}, 0, "Expected type 'Series[Set[int]]' but got 'Series[Set[str]]'"},
		{"in scalar", FnIn, []Series{pi, val(t, 1)}, Type{}, 0, "Expected type 'Series[Set[int]]' but got 'Series[int]'"},
		{"in set lhs", FnIn, []Series{intSet, intSet}, Type{}, 0, "Expected type 'Series[Any]' but got 'Series[Set[int]]'"},
		{"minimum of", FnMinimumOf, []Series{pi, val(t, 3), ei}, Int, ManyRowsPerPatient, ""},
		{"maximum of mixed", FnMaximumOf, []Series{pd, val(t, 3)}, Type{}, 0, "Expected type 'Series[date]' but got 'Series[int]'"},
		{"maximum of none", FnMaximumOf, []Series{none, pf}, Float, OneRowPerPatient, ""},
		{"event dimension", FnAdd, []Series{ei, pi}, Int, ManyRowsPerPatient, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := NewFunction(tt.op, tt.args...)
			if tt.err != "" {
				var te *TypeError
				if !errors.As(err, &te) || err.Error() != tt.err {
					t.Fatalf("error = %v, want TypeError %q", err, tt.err)
				}
				if te.Node != tt.op.String() {
					t.Errorf("TypeError.Node = %q", te.Node)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if f.Type() != tt.want || f.Dim() != tt.dim {
				t.Errorf("got %v/%v, want %v/%v", f.Type(), f.Dim(), tt.want, tt.dim)
			}
		})
	}
}

func TestFunctionArity(t *testing.T) {
	pi := col(t, p(t), "i1")
	if _, err := NewFunction(FnAdd, pi); err == nil {
		t.Error("Add with one argument should fail")
	}
	if _, err := NewFunction(FnMinimumOf); err == nil {
		t.Error("MinimumOf with no sources should fail")
	}
	if _, err := NewFunction(FuncOp(200), pi); err == nil {
		t.Error("unknown op should fail")
	}
	if _, err := NewFunction(FnNot, nil); err == nil {
		t.Error("nil argument should fail")
	}
	for op := FnEQ; op < numFuncOps; op++ {
		back, ok := LookupFunc(op.String())
		if !ok || back != op {
			t.Errorf("LookupFunc(%s) = %v", op, back)
		}
	}
}
