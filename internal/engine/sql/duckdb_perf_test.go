package sql

import (
	"context"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// TestDuckDBDefaults checks the DuckDB-only compilation choices: no join
// batching and no temp tables of shared filtered rows unless asked for,
// while PostgreSQL keeps both.
func TestDuckDBDefaults(t *testing.T) {
	count := func(d Dialect, opts CompileOptions, prefix string) int {
		ds := manyJoinsDataset()
		if prefix == "rows_" {
			ds = studyDataset(false)
		}
		prog, err := Compile(ds, d, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range prog.Setup() {
			if strings.HasPrefix(s, `CREATE TEMPORARY TABLE "`+prefix) {
				n++
			}
		}
		return n
	}
	if n := count(DuckDB, CompileOptions{}, "batch_"); n != 0 {
		t.Errorf("DuckDB: %d batches of 20 joins by default, want none", n)
	}
	if n := count(Postgres, CompileOptions{}, "batch_"); n != 2 {
		t.Errorf("PostgreSQL: %d batches of 20 joins by default, want 2", n)
	}
	if n := count(DuckDB, CompileOptions{MaxJoinCount: 10}, "batch_"); n != 2 {
		t.Errorf("DuckDB: %d batches of 20 joins under a limit of 10, want 2", n)
	}
	if n := count(DuckDB, CompileOptions{}, "rows_"); n != 0 {
		t.Errorf("DuckDB: %d temp tables of shared rows, want none", n)
	}
	if n := count(Postgres, CompileOptions{}, "rows_"); n == 0 {
		t.Errorf("PostgreSQL: no temp table of shared rows")
	}
}

// directDataset has a population that reads the patients table only and
// aggregations over clinical events and two filtered domains under them.
func directDataset() *querymodel.Dataset {
	var x qb
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	ev := must(querymodel.NewSelectTable(coreTable("clinical_events")))
	recent := x.where(ev, x.fn(querymodel.FnGE, x.col(ev, "date"), x.date("2021-01-01")))
	coded := x.where(recent, x.fn(querymodel.FnIn, x.col(recent, "snomedct_code"), codeSetOf(codes.SNOMEDCT, 0, 10)))
	high := x.where(recent, x.fn(querymodel.FnGT, x.col(recent, "numeric_value"), x.val(50.0)))
	vars := []querymodel.NamedSeries{
		{Name: "sex", Series: x.col(pat, "sex")},
		{Name: "recent", Series: x.agg(querymodel.AggCount, recent)},
		{Name: "coded", Series: x.agg(querymodel.AggExists, coded)},
		{Name: "coded_n", Series: x.agg(querymodel.AggCount, coded)},
		{Name: "high_max", Series: x.agg(querymodel.AggMax, x.col(high, "numeric_value"))},
		{Name: "high_codes", Series: x.agg(querymodel.AggCountDistinct, x.col(high, "snomedct_code"))},
	}
	pop := x.fn(querymodel.FnGT, x.col(pat, "date_of_birth"), x.date("1950-01-01"))
	return must(querymodel.NewDataset(pop, vars, nil, nil))
}

// TestDuckDBDirectPopulationAndFolding checks that on DuckDB a population
// reading one patient table is selected by the dataset query itself, that
// the aggregations of filtered domains are computed with FILTER in their
// parent's query, and that the results equal the in-memory engine's.
func TestDuckDBDirectPopulationAndFolding(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 2000); err != nil {
		t.Fatal(err)
	}
	src, err := readTables(ctx, eng)
	if err != nil {
		t.Fatal(err)
	}
	ds := directDataset()
	prog, err := Compile(ds, DuckDB, nil, CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	if err := prog.Dump(&sb); err != nil {
		t.Fatal(err)
	}
	dump := sb.String()
	if strings.Contains(dump, `"population_`) || strings.Contains(dump, `"patient_ids_`) {
		t.Errorf("DuckDB built a population table for a one-table population:\n%s", dump)
	}
	if !strings.Contains(dump, `CREATE TEMPORARY VIEW "results_`) || !strings.Contains(dump, `DROP VIEW IF EXISTS "results_`) {
		t.Errorf("DuckDB: the dataset table is not a temporary view:\n%s", dump)
	}
	if n := strings.Count(dump, "GROUP BY"); n != 1 {
		t.Errorf("DuckDB: %d GROUP BY queries, want 1 (filtered domains folded):\n%s", n, dump)
	}
	if n := strings.Count(dump, "FILTER (WHERE"); n != 4 {
		t.Errorf("DuckDB: %d FILTER clauses, want 4:\n%s", n, dump)
	}
	if pg, err := Compile(ds, Postgres, nil, CompileOptions{}); err != nil {
		t.Fatal(err)
	} else if s := strings.Join(pg.Setup(), "\n"); strings.Contains(s, "FILTER (") || !strings.Contains(s, `"population_`) {
		t.Errorf("PostgreSQL plan changed:\n%s", s)
	}
	want, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	got, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	wt := want.Tables[0]
	if len(got[0]) != wt.Len() || wt.Len() < 100 {
		t.Fatalf("got %d rows, want %d (and at least 100)", len(got[0]), wt.Len())
	}
	for i, row := range wt.Rows() {
		for j := range row {
			if !enginetest.Equal(got[0][i][j], row[j]) {
				t.Fatalf("row %d column %s: got %#v, want %#v", i, wt.Columns[j].Name, got[0][i][j], row[j])
			}
		}
	}
}

// materialisingBackend is the core backend with the tables named in
// material given as materialised queries.
type materialisingBackend struct {
	CoreBackend
	material map[string]bool
}

func (b materialisingBackend) Table(t *querymodel.Table) (TableSource, error) {
	if !b.material[t.TableName()] {
		return b.CoreBackend.Table(t)
	}
	name := t.TableName()
	return TableSource{Query: func(d Dialect) string { return "SELECT * FROM " + d.Quote(name) }, Materialise: true}, nil
}

// TestDuckDBInlinesSingleReads checks that on DuckDB a materialised
// backend table read by one statement is read as a sub-query, one read
// by several is still materialised, and the results equal the in-memory
// engine's.
func TestDuckDBInlinesSingleReads(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 1000); err != nil {
		t.Fatal(err)
	}
	src, err := readTables(ctx, eng)
	if err != nil {
		t.Fatal(err)
	}
	ds := directDataset()
	b := materialisingBackend{material: map[string]bool{"patients": true, "clinical_events": true}}
	prog, err := Compile(ds, DuckDB, b, CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dump := strings.Join(prog.Setup(), "\n")
	// patients is read by the dataset view only; clinical_events by the
	// one aggregation query.
	if strings.Contains(dump, `AS SELECT * FROM (SELECT * FROM`) {
		t.Errorf("a table read once was materialised:\n%s", dump)
	}
	if n := strings.Count(dump, `(SELECT * FROM "`); n != 2 {
		t.Errorf("%d inlined sub-queries, want 2:\n%s", n, dump)
	}
	if p, err := Compile(ds, Postgres, b, CompileOptions{}); err != nil {
		t.Fatal(err)
	} else if s := strings.Join(p.Setup(), "\n"); strings.Count(s, `AS SELECT * FROM (SELECT * FROM`) != 2 {
		t.Errorf("PostgreSQL no longer materialises both tables:\n%s", s)
	}
	want, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	for _, material := range []map[string]bool{b.material, {"clinical_events": true}} {
		e := New(eng.DB(), DuckDB, materialisingBackend{material: material}, testOptions())
		got, err := collect(ctx, e, ds)
		if err != nil {
			t.Fatal(err)
		}
		wt := want.Tables[0]
		if len(got[0]) != wt.Len() || wt.Len() < 50 {
			t.Fatalf("got %d rows, want %d (and at least 50)", len(got[0]), wt.Len())
		}
		for i, row := range wt.Rows() {
			for j := range row {
				if !enginetest.Equal(got[0][i][j], row[j]) {
					t.Fatalf("row %d column %s: got %#v, want %#v", i, wt.Columns[j].Name, got[0][i][j], row[j])
				}
			}
		}
	}
	// A table read by two statements stays materialised.
	var x qb
	ev := must(querymodel.NewSelectTable(coreTable("clinical_events")))
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	two := must(querymodel.NewDataset(x.fn(querymodel.FnGT, x.col(pat, "date_of_birth"), x.date("1950-01-01")), []querymodel.NamedSeries{
		{Name: "n", Series: x.agg(querymodel.AggCount, ev)},
		{Name: "last", Series: x.col(x.pick(ev, x.col(ev, "date"), querymodel.Last), "date")},
	}, nil, nil))
	prog, err = Compile(two, DuckDB, b, CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(prog.Setup(), "\n"); strings.Count(s, `AS SELECT * FROM (SELECT * FROM "clinical_events"`) != 1 {
		t.Errorf("clinical_events, read twice, is not materialised once:\n%s", s)
	}
}

// TestDuckDBRestrictsOnlyEventTables checks that on DuckDB only the
// scans of event tables are restricted to the population.
func TestDuckDBRestrictsOnlyEventTables(t *testing.T) {
	for _, d := range []Dialect{DuckDB, Postgres} {
		prog, err := Compile(studyDataset(true), d, nil, CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		restricted, events := 0, 0
		for _, s := range prog.Setup() {
			if !strings.Contains(s, `IN (SELECT "patient_id" FROM "population_`) {
				continue
			}
			restricted++
			if strings.Contains(s, `AS "row_id"`) {
				events++
			}
		}
		// (PostgreSQL's event table reads restricted shared rows.)
		if d == DuckDB && events != 1 {
			t.Errorf("DuckDB: the event table's rows are not restricted to the population")
		}
		if d == DuckDB && restricted != 1 {
			t.Errorf("DuckDB: %d restricted statements, want 1 (the event table)", restricted)
		}
		if d == Postgres && restricted < 3 {
			t.Errorf("PostgreSQL: %d restricted statements, want every scan", restricted)
		}
	}
}

// TestDuckDBPicksWithArgMax checks that on DuckDB picked rows are found
// with arg_max/arg_min (the ROW_NUMBER() left is the event table's
// row_id), and with ROW_NUMBER() on PostgreSQL.
func TestDuckDBPicksWithArgMax(t *testing.T) {
	for _, d := range []Dialect{DuckDB, Postgres} {
		prog, err := Compile(studyDataset(true), d, nil, CompileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		s := strings.Join(prog.Setup(), "\n")
		rn, args := strings.Count(s, "ROW_NUMBER()"), strings.Count(s, "arg_max(")+strings.Count(s, "arg_min(")
		if d == DuckDB && (rn != 1 || args < 4) {
			t.Errorf("DuckDB: %d ROW_NUMBER() (want 1) and %d arg_max/arg_min (want at least 4):\n%s", rn, args, s)
		}
		if d == Postgres && (rn < 5 || args != 0) {
			t.Errorf("PostgreSQL: %d ROW_NUMBER() and %d arg_max/arg_min:\n%s", rn, args, s)
		}
	}
}
