package querymodel

import (
	"errors"
	"strings"
	"testing"
)

const domainMsg = "Cannot combine series which are drawn from different tables and both have more than one value per patient."

func TestDomains(t *testing.T) {
	P, E, E2 := p(t), e(t), e2(t)
	ei, e2i, pi := col(t, E, "i1"), col(t, E2, "i1"), col(t, P, "i1")
	cond := fn(t, FnGT, ei, val(t, 1))
	filtered := must(NewFilter(E, cond))
	fi := col(t, filtered, "i1")

	// Same table, same filters, different sort: same domain.
	sorted := must(NewSort(E, ei))
	filteredAfterSort := must(NewFilter(sorted, cond))
	if DomainOf(filteredAfterSort) != DomainOf(filtered) {
		t.Error("sorting must not change the domain")
	}
	if _, err := NewFunction(FnAdd, col(t, filteredAfterSort, "i2"), fi); err != nil {
		t.Errorf("series of one domain should combine: %v", err)
	}
	if DomainOf(E).Table() != tableE || DomainOf(filtered).Parent() != DomainOf(E) {
		t.Error("domain structure wrong")
	}

	tests := []struct {
		name  string
		build func() error
		err   string // prefix of the message; "" for success
	}{
		{"event plus patient", func() error { _, err := NewFunction(FnAdd, ei, pi); return err }, ""},
		{"different tables", func() error { _, err := NewFunction(FnAdd, ei, e2i); return err }, domainMsg},
		{"same table different filters", func() error { _, err := NewFunction(FnAdd, ei, fi); return err }, domainMsg},
		{"eq hint", func() error {
			_, err := NewFunction(FnEQ, ei, e2i)
			if err != nil && !strings.Contains(err.Error(), "Use `x.is_in(y)` instead of `x == y`") {
				return errors.New("missing is_in hint")
			}
			return err
		}, domainMsg},
		{"filter by ancestor domain", func() error { _, err := NewFilter(filtered, fn(t, FnLT, ei, val(t, 9))); return err }, ""},
		{"filter by own domain", func() error { _, err := NewFilter(filtered, fn(t, FnLT, fi, val(t, 9))); return err }, ""},
		{"filter by patient series", func() error { _, err := NewFilter(E, fn(t, FnGT, pi, val(t, 0))); return err }, ""},
		{"filter by descendant domain", func() error { _, err := NewFilter(E, fn(t, FnLT, fi, val(t, 9))); return err }, domainMsg},
		{"filter by other table", func() error { _, err := NewFilter(E, fn(t, FnLT, e2i, val(t, 9))); return err }, domainMsg},
		{"filter needs bool", func() error { _, err := NewFilter(E, ei); return err }, "Expected type 'Series[bool]' but got 'Series[int]'"},
		{"filter patient frame", func() error { _, err := NewFilter(P, col(t, P, "b1")); return err }, "Filter: source must be a frame with many rows per patient"},
		{"sort by constant", func() error { _, err := NewSort(E, pi); return err }, "Cannot sort by a constant value"},
		{"sort by literal", func() error { _, err := NewSort(E, val(t, 1)); return err }, "Cannot sort by a constant value"},
		{"sort by other table", func() error { _, err := NewSort(E, e2i); return err }, domainMsg},
		{"sort by bool", func() error { _, err := NewSort(E, col(t, E, "b1")); return err }, ""},
		{"sort patient frame", func() error { _, err := NewSort(P, pi); return err }, "Sort: source must be a frame with many rows per patient"},
		{"pick unsorted", func() error { _, err := NewPickOneRowPerPatient(filtered, First); return err }, "PickOneRowPerPatient: source must be sorted"},
		{"pick sorted then filtered", func() error { _, err := NewPickOneRowPerPatient(filteredAfterSort, Last); return err }, ""},
		{"pick bad position", func() error { _, err := NewPickOneRowPerPatient(sorted, 0); return err }, "PickOneRowPerPatient: position must be First or Last"},
		{"missing column", func() error { _, err := NewSelectColumn(E, "nope"); return err }, `SelectColumn: no column "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.build()
			if tt.err == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Fatalf("error = %v, want prefix %q", err, tt.err)
			}
		})
	}
	var dm *DomainMismatchError
	if _, err := NewFunction(FnAdd, ei, e2i); !errors.As(err, &dm) || dm.Node != "Function.Add" {
		t.Errorf("want *DomainMismatchError, got %#v", err)
	}
	var se *InvalidSortError
	if _, err := NewSort(E, pi); !errors.As(err, &se) {
		t.Errorf("want *InvalidSortError, got %#v", err)
	}
}

func TestPickDimension(t *testing.T) {
	E := e(t)
	pick := must(NewPickOneRowPerPatient(must(NewSort(E, col(t, E, "d1"))), First))
	c := col(t, pick, "i1")
	if pick.Dim() != OneRowPerPatient || c.Dim() != OneRowPerPatient || DomainOf(c) != nil {
		t.Error("a pick has one row per patient in the patient domain")
	}
	if _, err := NewFunction(FnAdd, c, col(t, e2(t), "i1")); err != nil {
		t.Errorf("picked column combines with any table: %v", err)
	}
}

func TestAggregates(t *testing.T) {
	P, E := p(t), e(t)
	tests := []struct {
		name string
		op   AggOp
		src  Node
		want Type
		err  string
	}{
		{"exists event", AggExists, E, Bool, ""},
		{"exists patient", AggExists, P, Bool, ""},
		{"count", AggCount, E, Int, ""},
		{"count series", AggCount, col(t, E, "i1"), Type{}, "AggregateByPatient.Count: source must be a frame"},
		{"count distinct", AggCountDistinct, col(t, E, "c1"), Int, ""},
		{"min date", AggMin, col(t, E, "d1"), Date, ""},
		{"max str", AggMax, col(t, E, "s1"), Str, ""},
		{"max bool", AggMax, col(t, E, "b1"), Type{}, "Expected type 'Series[Comparable]' but got 'Series[bool]'"},
		{"sum int", AggSum, col(t, E, "i1"), Int, ""},
		{"sum float", AggSum, col(t, E, "f1"), Float, ""},
		{"sum bool", AggSum, col(t, E, "b1"), Type{}, "Expected type 'Series[Numeric]' but got 'Series[bool]'"},
		{"mean int", AggMean, col(t, E, "i1"), Float, ""},
		{"mean date", AggMean, col(t, E, "d1"), Type{}, "Expected type 'Series[Numeric]' but got 'Series[date]'"},
		{"combine as set", AggCombineAsSet, col(t, E, "c1"), SetOf(col(t, E, "c1").Type()), ""},
		{"aggregate patient series", AggSum, col(t, P, "i1"), Type{}, "Argument must be an EventSeries (i.e. have many values per patient); you supplied a PatientSeries with only one value per patient"},
		{"combine patient series", AggCombineAsSet, col(t, P, "i1"), Type{}, "Argument must be an EventSeries"},
		{"count episodes", AggCountEpisodes, col(t, E, "d1"), Int, ""},
		{"count episodes int", AggCountEpisodes, col(t, E, "i1"), Type{}, "Expected type 'Series[date]' but got 'Series[int]'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := NewAggregate(tt.op, tt.src)
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Type() != tt.want || a.Dim() != OneRowPerPatient || DomainOf(a) != nil {
				t.Errorf("got %v %v", a.Type(), a.Dim())
			}
		})
	}
	var pd *PatientDomainError
	if _, err := NewAggregate(AggMax, col(t, P, "i1")); !errors.As(err, &pd) {
		t.Errorf("want *PatientDomainError, got %v", err)
	}
	a := must(NewCountEpisodes(col(t, E, "d1"), 7))
	b := must(NewCountEpisodes(col(t, E, "d1"), 14))
	if a == b || a.MaximumGapDays != 7 {
		t.Error("gap must be part of the node")
	}
}

func TestSeriesCollectionFrame(t *testing.T) {
	P, E, E2 := p(t), e(t), e2(t)
	f, err := NewSeriesCollectionFrame([]NamedSeries{{"d", col(t, E, "d1")}, {"sex", col(t, P, "s1")}})
	if err != nil {
		t.Fatal(err)
	}
	if f.Dim() != ManyRowsPerPatient || DomainOf(f) != DomainOf(E) {
		t.Error("event table dimension/domain wrong")
	}
	if c := col(t, f, "sex"); c.Type() != Str {
		t.Error("event table column type wrong")
	}
	for _, tt := range []struct {
		members []NamedSeries
		err     string
	}{
		{nil, "event tables must be defined with at least one column"},
		{[]NamedSeries{{"x", col(t, P, "i1")}}, "event tables must have columns with more than one value per patient; "},
		{[]NamedSeries{{"x", col(t, E, "i1")}, {"y", col(t, E2, "i1")}}, "cannot combine series drawn from different tables; create a new event table "},
		{[]NamedSeries{{"x", col(t, E, "i1")}, {"x", col(t, E, "i2")}}, `SeriesCollectionFrame: duplicate column "x"`},
	} {
		if _, err := NewSeriesCollectionFrame(tt.members); err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("error = %v, want %q", err, tt.err)
		}
	}
}

func TestTableConstructors(t *testing.T) {
	if _, err := NewSelectTable(tableP); err == nil {
		t.Error("patient table as SelectTable should fail")
	}
	if _, err := NewSelectPatientTable(tableE); err == nil {
		t.Error("event table as SelectPatientTable should fail")
	}
	if _, err := NewSelectTable(nil); err == nil {
		t.Error("nil table should fail")
	}
	f, _ := TableFrame(tableP)
	if _, ok := f.(*SelectPatientTable); !ok {
		t.Error("TableFrame of a patient table")
	}
	if must(NewSelectTable(tableE)) != e(t) {
		t.Error("tables must intern")
	}
	rows := &LiteralRows{Rows: [][]any{{int64(1), int64(10)}}}
	schema := MustTableSchema(Column{Name: "n", Type: Int})
	a := must(NewInlinePatientTable(rows, schema))
	if a != must(NewInlinePatientTable(rows, schema)) {
		t.Error("inline tables with the same rows must intern")
	}
	if a != must(NewInlinePatientTable(&LiteralRows{Rows: [][]any{{1, 10}}}, schema)) {
		t.Error("inline tables are compared by row content")
	}
	if a == must(NewInlinePatientTable(&LiteralRows{Rows: [][]any{{1, 11}}}, schema)) {
		t.Error("inline tables with different rows must differ")
	}
	if a.Dim() != OneRowPerPatient || col(t, a, "n").Type() != Int {
		t.Error("inline table shape")
	}
}
