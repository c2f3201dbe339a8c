package sql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// manyJoinsDataset has 20 variables, each reading its own aggregation.
func manyJoinsDataset() *querymodel.Dataset {
	var x qb
	ev := must(querymodel.NewSelectTable(coreTable("clinical_events")))
	reg := must(querymodel.NewSelectTable(coreTable("practice_registrations")))
	var vars []querymodel.NamedSeries
	for i := 0; i < 20; i++ {
		f := x.where(ev, x.fn(querymodel.FnEQ, x.col(ev, "snomedct_code"), x.val(codes.Code{System: codes.SNOMEDCT, Value: genCode(i)})))
		vars = append(vars, querymodel.NamedSeries{Name: fmt.Sprintf("v%d", i), Series: x.agg(querymodel.AggCountDistinct, x.col(f, "date"))})
	}
	return must(querymodel.NewDataset(x.agg(querymodel.AggExists, reg), vars, nil, nil))
}

func TestJoinBatching(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 300); err != nil {
		t.Fatal(err)
	}
	ds := manyJoinsDataset()
	want, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := Compile(ds, DuckDB, nil, CompileOptions{MaxJoinCount: 3})
	if err != nil {
		t.Fatal(err)
	}
	batches := 0
	for _, s := range prog.Setup() {
		if strings.HasPrefix(s, `CREATE TEMPORARY TABLE "batch_`) {
			batches++
			if n := strings.Count(s, "LEFT OUTER JOIN"); n > 3 {
				t.Errorf("a batch joins %d tables, want at most 3:\n%s", n, s)
			}
		}
	}
	if batches != 7 {
		t.Errorf("got %d batches, want 7 (20 variables, 3 joins each)", batches)
	}
	var got [][]any
	if err := eng.Run(ctx, prog, func(_ int, row []any) error { got = append(got, append([]any(nil), row...)); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(want[0]) == 0 || !reflect.DeepEqual(got, want[0]) {
		t.Fatalf("batched results differ from unbatched ones (%d vs %d rows)", len(got), len(want[0]))
	}
	// With a limit above 20, one query joins all 20 tables.
	prog, err = Compile(ds, DuckDB, nil, CompileOptions{MaxJoinCount: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range prog.Setup() {
		if strings.Contains(s, `"batch_`) {
			t.Fatal("20 joins were batched under a limit of 20")
		}
	}
}

func TestEventTablePagination(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 200); err != nil {
		t.Fatal(err)
	}
	ds := studyDataset(true)
	want, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.BatchSize = 7
	small := New(eng.DB(), DuckDB, nil, opts)
	got, err := collect(ctx, small, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(want[1]) < 100 || len(want[0]) < 50 {
		t.Fatalf("too few rows to exercise pagination: %d, %d", len(want[0]), len(want[1]))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("table %d: batches of 7 give %d rows, one batch %d", i, len(got[i]), len(want[i]))
		}
	}
	for i := 1; i < len(got[0]); i++ {
		if got[0][i-1][0].(int64) >= got[0][i][0].(int64) {
			t.Fatalf("dataset rows not in patient_id order at row %d", i)
		}
	}
	for i := 1; i < len(got[1]); i++ {
		if got[1][i-1][0].(int64) > got[1][i][0].(int64) {
			t.Fatalf("event rows not in patient_id order at row %d", i)
		}
	}
}

func inlineSchema() *querymodel.TableSchema {
	return querymodel.MustTableSchema(
		querymodel.Column{Name: "n", Type: querymodel.Int},
		querymodel.Column{Name: "d", Type: querymodel.Date},
		querymodel.Column{Name: "s", Type: querymodel.Str},
	)
}

func TestInlinePatientTables(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 20); err != nil {
		t.Fatal(err)
	}
	var x qb
	d := must(querymodel.ParseDate("2020-02-29"))
	lit := must(querymodel.NewInlinePatientTable(&querymodel.LiteralRows{Rows: [][]any{
		{int64(3), int64(30), d, "it's"},
		{1, 10, nil, "a"},
		{int64(99), nil, d, nil},
	}}, inlineSchema()))
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	ds := must(querymodel.NewDataset(x.agg(querymodel.AggExists, lit), []querymodel.NamedSeries{
		{Name: "n", Series: x.col(lit, "n")},
		{Name: "d", Series: x.col(lit, "d")},
		{Name: "s", Series: x.col(lit, "s")},
		{Name: "sex_known", Series: x.fn(querymodel.FnNot, x.fn(querymodel.FnIsNull, x.col(pat, "sex")))},
	}, nil, nil))
	got, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	dd := querymodel.CalendarDate(d)
	want := [][]any{
		{int64(1), int64(10), nil, "a", true},
		{int64(3), int64(30), dd, "it's", true},
		{int64(99), nil, dd, nil, false},
	}
	if !reflect.DeepEqual(got[0], want) {
		t.Fatalf("got %v\nwant %v", got[0], want)
	}

	// A table_from_file table is read through the injected reader.
	file := must(querymodel.NewInlinePatientTable(&querymodel.FileRows{Format: "csv", Filename: "extra.csv"}, inlineSchema()))
	ds = must(querymodel.NewDataset(x.agg(querymodel.AggExists, file), []querymodel.NamedSeries{
		{Name: "n", Series: x.col(file, "n")},
	}, nil, nil))
	if _, err := eng.Compile(ds); err == nil || !strings.Contains(err.Error(), "extra.csv") {
		t.Fatalf("without a reader: got %v, want an error naming the file", err)
	}
	opts := testOptions()
	opts.Compile.InlineReader = func(rows *querymodel.FileRows, schema *querymodel.TableSchema) ([][]any, error) {
		if rows.Filename != "extra.csv" || schema != inlineSchema() && len(schema.Columns()) != 3 {
			return nil, errors.New("unexpected table")
		}
		out := make([][]any, 25000) // more than one INSERT batch
		for i := range out {
			out[i] = []any{int64(i + 1), int64(i * 2), nil, nil}
		}
		return out, nil
	}
	withReader := New(eng.DB(), DuckDB, nil, opts)
	got, err = collect(ctx, withReader, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(got[0]) != 25000 || got[0][24999][1] != int64(49998) {
		t.Fatalf("got %d rows, last %v", len(got[0]), got[0][len(got[0])-1])
	}
}

// mappedBackend stores patients as "pat" with other column names, and
// clinical_events as a query over "ev_a" and "ev_b" (materialised or not).
type mappedBackend struct{ materialise bool }

func (mappedBackend) Name() string { return "mapped" }
func (b mappedBackend) Table(t *querymodel.Table) (TableSource, error) {
	switch t.TableName() {
	case "patients":
		return TableSource{Name: "pat", Columns: map[string]string{
			"patient_id": "PatID", "date_of_birth": "DOB", "sex": "Sex", "date_of_death": "DOD",
		}}, nil
	case "clinical_events":
		return TableSource{Query: func(d Dialect) string {
			return "SELECT " + d.Quote("pid") + " AS patient_id, dt AS " + d.Quote("date") + ", code AS snomedct_code, val AS numeric_value FROM ev_a " +
				"UNION ALL SELECT pid, dt, code, NULL FROM ev_b WHERE dt IS NULL OR dt <> " + d.DateLiteral(querymodel.CalendarDate{Year: 9999, Month: 12, Day: 31})
		}, Materialise: b.materialise}, nil
	case "practice_registrations", "medications":
		return TableSource{Name: t.TableName()}, nil
	}
	return TableSource{}, fmt.Errorf("the mapped backend has no table %s", t.TableName())
}
func (mappedBackend) Rewrite(ds *querymodel.Dataset, _ []string) (*querymodel.Dataset, error) {
	return ds, nil
}

func TestMappedBackend(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 300); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE pat AS SELECT patient_id AS "PatID", date_of_birth AS "DOB", sex AS "Sex", date_of_death AS "DOD" FROM patients`,
		`CREATE TABLE ev_a AS SELECT patient_id AS pid, "date" AS dt, snomedct_code AS code, numeric_value AS val FROM clinical_events WHERE numeric_value IS NOT NULL`,
		`CREATE TABLE ev_b AS SELECT patient_id AS pid, "date" AS dt, snomedct_code AS code FROM clinical_events WHERE numeric_value IS NULL`,
		`INSERT INTO ev_b VALUES (1, DATE '9999-12-31', '100000')`,
	} {
		if err := eng.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	ds := studyDataset(true)
	want, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	for _, mat := range []bool{false, true} {
		mapped := New(eng.DB(), DuckDB, mappedBackend{materialise: mat}, testOptions())
		got, err := collect(ctx, mapped, ds)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[0], want[0]) || len(got[1]) != len(want[1]) {
			t.Fatalf("materialise=%v: mapped backend results differ from the core layout", mat)
		}
		prog, _ := mapped.Compile(ds)
		var dump strings.Builder
		prog.Dump(&dump)
		if strings.Contains(dump.String(), `"patients"`) || !strings.Contains(dump.String(), `"PatID"`) {
			t.Fatalf("materialise=%v: the SQL does not read the physical tables:\n%s", mat, dump.String())
		}
		if n := strings.Count(dump.String(), "FROM ev_a"); (mat && n != 1) || (!mat && n < 2) {
			t.Errorf("materialise=%v: the query table is read %d times", mat, n)
		}
	}
	ons := must(querymodel.NewSelectPatientTable(coreTable("ons_deaths")))
	var x qb
	bad := must(querymodel.NewDataset(x.agg(querymodel.AggExists, ons), nil, nil, nil))
	if _, err := Compile(bad, DuckDB, mappedBackend{}, CompileOptions{}); err == nil || !strings.Contains(err.Error(), "ons_deaths") {
		t.Fatalf("got %v, want the backend's error naming ons_deaths", err)
	}
}

func TestDumpFormat(t *testing.T) {
	prog, err := Compile(studyDataset(true), Postgres, nil, CompileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := prog.Dump(&b); err != nil {
		t.Fatal(err)
	}
	total := len(prog.Setup()) + len(prog.Results()) + len(prog.Cleanup())
	blocks := strings.Split(strings.TrimSuffix(b.String(), "\n\n"), ";\n\n")
	if len(blocks) != total {
		t.Fatalf("got %d statements, want %d", len(blocks), total)
	}
	for i, blk := range blocks {
		label := "Run query"
		if i >= len(prog.Setup()) && i < len(prog.Setup())+len(prog.Results()) {
			label = "Fetch results from query"
		}
		head := fmt.Sprintf("-- %s %03d / %03d\n", label, i+1, total)
		if !strings.HasPrefix(blk, head) {
			t.Fatalf("statement %d starts %q, want %q", i+1, blk[:min(len(blk), 40)], head)
		}
	}
	if !strings.Contains(b.String(), "'2022-01-01'") {
		t.Error("literals are not inlined")
	}
}

func TestParseDSN(t *testing.T) {
	for _, c := range []struct{ dsn, driver, ddsn, dialect string }{
		{"duckdb:///tmp/x.duckdb", "duckdb", "/tmp/x.duckdb", "duckdb"},
		{"duckdb://", "duckdb", "", "duckdb"},
		{"postgresql://u@h:5432/db", "pgx", "postgresql://u@h:5432/db", "postgres"},
		{"postgres://u@h/db", "pgx", "postgres://u@h/db", "postgres"},
		{"mssql://u:p@h:1433/db", "sqlserver", "sqlserver://u:p@h:1433/db", "mssql"},
		{"trino://u@h:8080/c/s", "trino", "http://u@h:8080/c/s", "trino"},
	} {
		drv, ddsn, d, err := ParseDSN(c.dsn)
		if err != nil || drv != c.driver || ddsn != c.ddsn || d.Name() != c.dialect {
			t.Errorf("ParseDSN(%q) = %q, %q, %v, %v", c.dsn, drv, ddsn, d, err)
		}
	}
	for _, bad := range []string{"", "sqlite:///x", "nonsense"} {
		if _, _, _, err := ParseDSN(bad); err == nil {
			t.Errorf("ParseDSN(%q): no error", bad)
		}
	}
}

func TestWithResultsAndRecovery(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 100); err != nil {
		t.Fatal(err)
	}
	var x qb
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	bad := must(querymodel.NewDataset(x.agg(querymodel.AggExists, pat), []querymodel.NamedSeries{
		{Name: "far", Series: x.fn(querymodel.FnDateAddYears, x.col(pat, "date_of_birth"), x.val(9000))},
	}, nil, nil))
	err := eng.EvaluateDataset(ctx, bad, func(int, []any) error { return nil })
	if !errors.Is(err, ErrDateRange) {
		t.Fatalf("got %v, want ErrDateRange", err)
	}
	// The failed run's temp tables must not break the next run.
	ds := studyDataset(false)
	var sum, n int64
	err = eng.WithResults(ctx, ds, func(conn *sql.Conn, table string) error {
		q := fmt.Sprintf("SELECT COUNT(*), SUM(%s) FROM %s", DuckDB.Quote("asthma_count"), DuckDB.Quote(table))
		return conn.QueryRowContext(ctx, q).Scan(&n, &sum)
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := collect(ctx, eng, ds)
	if err != nil {
		t.Fatal(err)
	}
	var wantSum int64
	for _, r := range rows[0] {
		wantSum += r[5].(int64)
	}
	if n != int64(len(rows[0])) || sum != wantSum || n == 0 {
		t.Fatalf("aggregate over the results table: %d rows, sum %d; want %d, %d", n, sum, len(rows[0]), wantSum)
	}
}

// TestNestedDateArithmetic chains 12 month and 12 day additions: the SQL
// must stay small (the date helpers are session functions where the
// dialect has them) and the values must match the in-memory engine.
func TestNestedDateArithmetic(t *testing.T) {
	ctx := context.Background()
	var x qb
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	d := x.col(pat, "date_of_birth")
	for i := 0; i < 12; i++ {
		d = x.fn(querymodel.FnDateAddMonths, d, x.val(1))
		d = x.fn(querymodel.FnDateAddDays, d, x.val(-1))
	}
	ds := must(querymodel.NewDataset(x.agg(querymodel.AggExists, pat), []querymodel.NamedSeries{{Name: "d", Series: d}}, nil, nil))
	engines := []*Engine{openDuckDB(t)}
	if os.Getenv("EHRQL_TEST_POSTGRES_DSN") != "" || os.Getenv("CI") != "" {
		engines = append(engines, openPostgres(t))
	}
	for _, d := range []Dialect{MSSQL, Trino} {
		if _, err := Compile(ds, d, nil, CompileOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, eng := range engines {
		prog, err := eng.Compile(ds)
		if err != nil {
			t.Fatal(err)
		}
		size := 0
		for _, s := range prog.Setup() {
			size += len(s)
		}
		if size > 20000 {
			t.Fatalf("%s: %d bytes of SQL for 24 nested date additions", eng.Dialect().Name(), size)
		}
		rows := [][]any{}
		for i := 1; i <= 50; i++ {
			rows = append(rows, []any{int64(i), querymodel.CalendarDate{Year: 1950 + i, Month: time.Month(1 + i%12), Day: 1 + i%28}, "female", nil})
		}
		if err := loadTables(ctx, eng, []enginetest.TableRows{{Table: coreTable("patients"), Rows: rows}}, ds); err != nil {
			t.Fatal(err)
		}
		got, err := collect(ctx, eng, ds)
		if err != nil {
			t.Fatal(err)
		}
		src := memory.MapSource{}
		if src[coreTable("patients")], err = memory.FromRows(coreTable("patients").Schema, rows); err != nil {
			t.Fatal(err)
		}
		want, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range want.Tables[0].Rows() {
			if !reflect.DeepEqual(got[0][i], row) {
				t.Fatalf("%s: row %d: got %v, want %v", eng.Dialect().Name(), i, got[0][i], row)
			}
		}
	}
}

// TestBindingAroundSubqueries: values bound once by a lambda (DuckDB)
// must not enclose sub-queries (is_in over an event series), which
// lambdas cannot contain.
func TestBindingAroundSubqueries(t *testing.T) {
	c := enginetest.Case{
		Tables: `
p
  | i1 | d1
1 | 1  | 2020-01-31
2 | 2  | 2020-02-29
3 |    | 2021-03-01
e
  | i1
1 | 1
2 | 5
`,
		Series: "(MinimumOf (DateAddMonths p.d1 1) (case (when (In p.i1 (CombineAsSet e.i1)) (DateAddDays p.d1 -1)) (else None)))",
		Want:   "1=2020-01-30; 2=2020-03-29; 3=2021-04-01",
	}
	engines := []*Engine{openDuckDB(t)}
	if os.Getenv("EHRQL_TEST_POSTGRES_DSN") != "" || os.Getenv("CI") != "" {
		engines = append(engines, openPostgres(t))
	}
	for _, eng := range engines {
		if err := enginetest.RunCase(context.Background(), &suiteEngine{eng: eng}, enginetest.Group{}, c); err != nil {
			t.Errorf("%s: %v", eng.Dialect().Name(), err)
		}
	}
}
