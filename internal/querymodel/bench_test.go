package querymodel

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// build500 builds a dataset of 500 variables of typical shape over a shared
// event table: codelist filters with a date window, sort-and-pick, counts,
// exists, min/max and arithmetic. seed makes the graph new each call (so
// interning cannot return everything from a previous call).
func build500(tb testing.TB, seed int) *Dataset {
	P, E := p(tb), e(tb)
	start := CalendarDate{2000 + seed%7000, time.Month(1 + seed%12), 1}
	index := val(tb, start)
	dob := col(tb, P, "d1")
	pop := fn(tb, FnAnd, must(NewAggregate(AggExists, E)), fn(tb, FnNot, fn(tb, FnIsNull, dob)))
	ed, ec := col(tb, E, "d1"), col(tb, E, "c1")
	inWindow := fn(tb, FnAnd,
		fn(tb, FnGE, ed, fn(tb, FnDateAddYears, index, val(tb, -5))),
		fn(tb, FnLE, ed, index))
	vars := make([]NamedSeries, 0, 500)
	for i := 0; len(vars) < 500; i++ {
		items := make([]any, 20)
		for j := range items {
			items[j] = codes.Code{System: codes.SNOMEDCT, Value: fmt.Sprintf("%d", 100000+i*20+j)}
		}
		codelist := val(tb, must(NewFrozenset(items...)))
		matching := must(NewFilter(E, fn(tb, FnAnd, fn(tb, FnIn, ec, codelist), inWindow)))
		sorted := must(NewSort(matching, col(tb, matching, "d1")))
		first := must(NewPickOneRowPerPatient(sorted, First))
		last := must(NewPickOneRowPerPatient(sorted, Last))
		name := func(s string) string { return fmt.Sprintf("%s_%d", s, i) }
		vars = append(vars,
			NamedSeries{name("first_date"), col(tb, first, "d1")},
			NamedSeries{name("last_value"), col(tb, last, "f1")},
			NamedSeries{name("count"), must(NewAggregate(AggCount, matching))},
			NamedSeries{name("has"), must(NewAggregate(AggExists, matching))},
			NamedSeries{name("years_since"), fn(tb, FnDateDifferenceInYears, index,
				must(NewAggregate(AggMax, col(tb, matching, "d1"))))},
		)
	}
	return must(NewDataset(pop, vars, nil, nil))
}

func BenchmarkBuild500Variables(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		build500(b, i)
	}
}

func BenchmarkBuild500VariablesInterned(b *testing.B) {
	build500(b, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		build500(b, 0)
	}
}

func BenchmarkTransformAndMarshal500(b *testing.B) {
	ds := build500(b, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := must(RewriteSorts(ds))
		r = must(SpecialiseCases(r))
		must(Marshal(r))
	}
}

func TestBuild500(t *testing.T) {
	start := time.Now()
	ds := build500(t, 12345)
	if len(ds.Variables) != 500 {
		t.Fatalf("got %d variables", len(ds.Variables))
	}
	if build500(t, 12345) != ds {
		t.Error("rebuilding must give the same dataset")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("building 500 variables twice took %v", d)
	}
	if _, err := RewriteSorts(ds); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkUnmarshalGolden(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "module.golden.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Unmarshal(data, testRegistry); err != nil {
			b.Fatal(err)
		}
	}
}
