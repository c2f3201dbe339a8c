package querymodel

import (
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// The spec-test schema: patient table p and event tables e and e2.
func specColumns(withI3 bool) []Column {
	cols := []Column{
		{Name: "i1", Type: Int}, {Name: "i2", Type: Int},
		{Name: "b1", Type: Bool}, {Name: "b2", Type: Bool},
		{Name: "c1", Type: CodeType(codes.SNOMEDCT)},
		{Name: "m1", Type: CodeType(codes.ICD10Multi)},
		{Name: "m2", Type: CodeType(codes.OPCS4Multi)},
		{Name: "d1", Type: Date}, {Name: "d2", Type: Date},
		{Name: "s1", Type: Str}, {Name: "s2", Type: Str},
		{Name: "f1", Type: Float}, {Name: "f2", Type: Float},
	}
	if withI3 {
		cols = append(cols, Column{Name: "i3", Type: Int})
	}
	return cols
}

var (
	tableP = &Table{Module: "tests.schema", Attr: "p", Patient: true,
		Schema: MustTableSchema(specColumns(false)...)}
	tableE = &Table{Module: "tests.schema", Attr: "e",
		Schema: MustTableSchema(specColumns(true)...)}
	tableE2 = &Table{Module: "tests.schema", Attr: "e2", Name: "e2_raw",
		Schema: MustTableSchema(specColumns(true)...), RequiredPermission: "perm",
		Activation: Activation{Kind: ActivationByColumn, Column: "d1"}}
	testRegistry = MapRegistry{}
)

func init() {
	for _, t := range []*Table{tableP, tableE, tableE2} {
		testRegistry.Add(t)
	}
}

// must panics on error; a panic fails the test with a stack trace.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func p(t testing.TB) *SelectPatientTable { return must(NewSelectPatientTable(tableP)) }
func e(t testing.TB) *SelectTable        { return must(NewSelectTable(tableE)) }
func e2(t testing.TB) *SelectTable       { return must(NewSelectTable(tableE2)) }

func col(t testing.TB, f Frame, name string) *SelectColumn {
	return must(NewSelectColumn(f, name))
}

func val(t testing.TB, v any) *Value { return must(NewValue(v)) }

func fn(t testing.TB, op FuncOp, args ...Series) *Function {
	return must(NewFunction(op, args...))
}

func date(t testing.TB, s string) CalendarDate { return must(ParseDate(s)) }
