package querymodel

import (
	"errors"
	"testing"
)

func TestDataset(t *testing.T) {
	P, E := p(t), e(t)
	pop := must(NewAggregate(AggExists, E))
	pi, ei := col(t, P, "i1"), col(t, E, "i1")
	tests := []struct {
		name string
		pop  Series
		vars []NamedSeries
		err  string
	}{
		{"ok", pop, []NamedSeries{{"age", pi}, {"n", must(NewAggregate(AggCount, E))}}, ""},
		{"population int", pi, nil, "invalid population definition:\nExpecting a boolean series, got series of type 'int'"},
		{"population event", fn(t, FnGT, ei, val(t, 1)), nil, "invalid population definition:\nExpecting a series with only one value per patient"},
		{"population missing", nil, nil, "A population has not been defined; define one with define_population()"},
		{"event variable", pop, []NamedSeries{{"x", ei}}, "invalid variable 'x':\nExpecting a series with only one value per patient"},
		{"patient_id", pop, []NamedSeries{{"patient_id", pi}}, "'patient_id' is not an allowed variable name"},
		{"population name", pop, []NamedSeries{{"population", pi}}, "'population' is not an allowed variable name"},
		{"bad name", pop, []NamedSeries{{"_age", pi}}, "variable names must start with a letter, and contain only alphanumeric characters and underscores (you defined a variable '_age')"},
		{"repeated", pop, []NamedSeries{{"x", pi}, {"x", pi}}, "'x' is already set and cannot be reassigned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDataset(tt.pop, tt.vars, nil, nil)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				var de *DatasetError
				if !errors.As(err, &de) {
					t.Errorf("want *DatasetError, got %T", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s, ok := d.Variable("age"); !ok || s != pi {
				t.Error("Variable lookup failed")
			}
		})
	}
	if err := CheckVariableName("a1_b"); err != nil {
		t.Error(err)
	}
}

func TestInterning(t *testing.T) {
	build := func() Series {
		E := e(t)
		f := must(NewFilter(E, fn(t, FnIn, col(t, E, "s1"), val(t, must(NewFrozenset("a", "b"))))))
		s := must(NewSort(f, col(t, f, "d1")))
		pick := must(NewPickOneRowPerPatient(s, Last))
		return fn(t, FnAdd, col(t, pick, "i1"), val(t, 1))
	}
	a, b := build(), build()
	if a != b {
		t.Fatal("structurally equal graphs must be the same pointer")
	}
	m := map[Node]int{a: 1}
	if m[b] != 1 {
		t.Error("nodes must work as map keys")
	}
	other := fn(t, FnAdd, a.(*Function).Args[0], val(t, 2))
	if other == a {
		t.Error("different values must give different nodes")
	}
	if ID(a) == ID(other) {
		t.Error("ids must differ")
	}
}

func TestWalk(t *testing.T) {
	E := e(t)
	x := col(t, E, "i1")
	y := fn(t, FnAdd, x, x)
	z := fn(t, FnMultiply, y, y)
	var seen []Node
	Walk(z, func(n Node) bool { seen = append(seen, n); return true })
	want := []Node{z, y, x, E}
	if len(seen) != len(want) {
		t.Fatalf("visited %d nodes, want %d", len(seen), len(want))
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Errorf("visit %d = %T, want %T", i, seen[i], want[i])
		}
	}
	count := 0
	Walk(z, func(n Node) bool { count++; return n != y })
	if count != 2 {
		t.Errorf("pruned walk visited %d nodes", count)
	}
}

func TestConcurrentInterning(t *testing.T) {
	const workers = 8
	results := make(chan *Dataset, workers)
	for w := 0; w < workers; w++ {
		go func() { results <- build500(t, 777) }()
	}
	first := <-results
	for w := 1; w < workers; w++ {
		if got := <-results; got != first {
			t.Fatal("concurrent builds of the same graph gave different nodes")
		}
	}
}
