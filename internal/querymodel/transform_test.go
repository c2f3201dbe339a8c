package querymodel

import (
	"errors"
	"testing"
)

func TestRewriteSorts(t *testing.T) {
	E := e(t)
	sorted := must(NewSort(E, col(t, E, "d1")))
	pick := must(NewPickOneRowPerPatient(sorted, First))
	pop := must(NewAggregate(AggExists, E))
	ds := must(NewDataset(pop, []NamedSeries{
		{"i", col(t, pick, "i1")}, {"b", col(t, pick, "b1")}, {"d", col(t, pick, "d1")},
	}, nil, nil))

	got, err := RewriteSorts(ds)
	if err != nil {
		t.Fatal(err)
	}
	// Tie-breaks below the user's sort: b1 (as int) then i1; d1 is already
	// a direct sort key.
	wantSource := must(NewSort(
		must(NewSort(must(NewSort(E, col(t, E, "i1"))), fn(t, FnCastToInt, col(t, E, "b1")))),
		col(t, E, "d1")))
	wantPick := must(NewPickOneRowPerPatientWithColumns(wantSource, First, []string{"i1", "b1", "d1"}))
	want := must(NewDataset(pop, []NamedSeries{
		{"i", col(t, wantPick, "i1")}, {"b", col(t, wantPick, "b1")}, {"d", col(t, wantPick, "d1")},
	}, nil, nil))
	if got != want {
		t.Errorf("rewritten dataset differs:\ngot  %s\nwant %s", Format(got), Format(want))
	}
	if cols := wantPick.SelectedColumns; len(cols) != 3 || cols[0] != "b1" || cols[2] != "i1" {
		t.Errorf("selected columns = %v", cols)
	}
}

func TestRewriteSortsFilterChain(t *testing.T) {
	E := e(t)
	s := must(NewSort(E, col(t, E, "d1")))
	cond := fn(t, FnGT, col(t, E, "i2"), val(t, 0))
	f := must(NewFilter(s, cond))
	cond2 := fn(t, FnLT, col(t, f, "i3"), val(t, 9)) // from the filtered frame's domain
	g := must(NewFilter(f, cond2))
	pick := must(NewPickOneRowPerPatient(g, Last))
	exists := must(NewAggregate(AggExists, pick))
	v := col(t, pick, "i1")
	root := must(NewDataset(exists, []NamedSeries{{"v", v}}, nil, nil))

	got, err := RewriteSorts(root)
	if err != nil {
		t.Fatal(err)
	}
	base := must(NewSort(must(NewSort(E, col(t, E, "i1"))), col(t, E, "d1")))
	wantPick := must(NewPickOneRowPerPatientWithColumns(must(NewFilter(must(NewFilter(base, cond)), cond2)), Last, []string{"i1"}))
	want := must(NewDataset(must(NewAggregate(AggExists, wantPick)), []NamedSeries{{"v", col(t, wantPick, "i1")}}, nil, nil))
	if got != want {
		t.Errorf("got  %s\nwant %s", Format(got), Format(want))
	}
}

func TestRewriteSortsNoColumns(t *testing.T) {
	E := e(t)
	pick := must(NewPickOneRowPerPatient(must(NewSort(E, col(t, E, "d1"))), First))
	got, err := RewriteSorts(must(NewAggregate(AggExists, pick)))
	if err != nil {
		t.Fatal(err)
	}
	p2, ok := got.(*Aggregate).Source.(*PickOneRowPerPatientWithColumns)
	if !ok || len(p2.SelectedColumns) != 0 || p2.Source != pick.Source {
		t.Errorf("got %#v", got.(*Aggregate).Source)
	}
}

func TestSpecialiseCases(t *testing.T) {
	P := p(t)
	ps, a, b, c := col(t, P, "s1"), col(t, P, "i1"), col(t, P, "i2"), val(t, 0)
	eq := func(v string) Series { return fn(t, FnEQ, ps, val(t, v)) }
	notNull := func(s Series) Series { return fn(t, FnNot, fn(t, FnIsNull, s)) }
	isNull := func(s Series) Series { return fn(t, FnIsNull, s) }

	mapping := must(NewCase([]CaseArm{{eq("a"), val(t, 1)}, {eq("b"), nil}, {fn(t, FnEQ, ps, val(t, "c")), val(t, 3)}}, c))
	wantMap := must(NewFixedValueMap(ps, []MapEntry{{"a", 1}, {"b", nil}, {"c", 3}}, 0))
	coalesce := must(NewCase([]CaseArm{{notNull(a), a}, {fn(t, FnAnd, isNull(a), notNull(b)), b}}, c))
	single := must(NewCase([]CaseArm{{notNull(a), a}}, nil))
	untouched := must(NewCase([]CaseArm{{eq("a"), a}}, nil))
	mixedSources := must(NewCase([]CaseArm{{eq("a"), val(t, 1)}, {fn(t, FnEQ, col(t, P, "s2"), val(t, "b")), val(t, 2)}}, nil))
	guardNotEarlier := must(NewCase([]CaseArm{{fn(t, FnAnd, isNull(b), notNull(a)), a}}, nil))

	tests := []struct {
		name string
		in   Series
		want Node
	}{
		{"fixed value map", mapping, wantMap},
		{"coalesce", coalesce, must(NewCoalesce(a, b, c))},
		{"single source collapses", single, a},
		{"non-literal output stays", untouched, untouched},
		{"different sources stay", mixedSources, mixedSources},
		{"guard on a later source stays", guardNotEarlier, guardNotEarlier},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SpecialiseCases(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %s", Format(got))
			}
		})
	}
	// Inside a larger graph.
	ds := must(NewDataset(must(NewAggregate(AggExists, e(t))), []NamedSeries{{"x", fn(t, FnAdd, single, val(t, 1))}}, nil, nil))
	got := must(SpecialiseCases(ds)).(*Dataset)
	if got.Variables[0].Series != fn(t, FnAdd, a, val(t, 1)) {
		t.Error("nested case not rewritten")
	}
}

func TestSubstituteParameters(t *testing.T) {
	E := e(t)
	d1 := col(t, E, "d1")
	cond := fn(t, FnAnd, fn(t, FnGE, d1, IntervalStart), fn(t, FnLE, d1, IntervalEnd))
	n := must(NewAggregate(AggCount, must(NewFilter(E, cond))))
	iv := Interval{date(t, "2022-01-01"), date(t, "2022-01-31")}
	got, err := SubstituteParameters(n, IntervalValues(iv))
	if err != nil {
		t.Fatal(err)
	}
	wantCond := fn(t, FnAnd, fn(t, FnGE, d1, val(t, iv.Start)), fn(t, FnLE, d1, val(t, iv.End)))
	if got != must(NewAggregate(AggCount, must(NewFilter(E, wantCond)))) {
		t.Errorf("got %s", Format(got))
	}
	var pe *ParameterError
	if _, err := SubstituteParameters(n, map[string]any{"interval_start_date": iv.Start}); !errors.As(err, &pe) || pe.Name != "interval_end_date" {
		t.Errorf("missing parameter: %v", err)
	}
	if _, err := SubstituteParameters(n, map[string]any{"interval_start_date": 1, "interval_end_date": iv.End}); !errors.As(err, &pe) {
		t.Errorf("wrong type: %v", err)
	}
}

func mustJSON(t testing.TB, n any) string {
	b, err := Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFormat(t *testing.T) {
	E := e(t)
	pick := must(NewPickOneRowPerPatient(must(NewSort(E, col(t, E, "d1"))), First))
	got := Format(fn(t, FnAdd, col(t, pick, "i1"), val(t, 1)))
	want := "Function.Add(SelectColumn(Pick(first, Sort(SelectTable(e), SelectColumn(SelectTable(e), d1))), i1), 1)"
	if got != want {
		t.Errorf("Format = %s\nwant     %s", got, want)
	}
}
