package measures

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/loadtables"
	"github.com/opensafely-go/opensafely/internal/logging"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// writeCSVTables writes the tables of src that ds reads as CSV files
// named after them in dir (the --dummy-tables layout).
func writeCSVTables(tb testing.TB, dir string, ds *querymodel.Dataset, src memory.MapSource) {
	tb.Helper()
	for _, t := range generate.UsedTables(ds) {
		d := src[t]
		f, err := os.Create(filepath.Join(dir, t.TableName()+".csv"))
		if err != nil {
			tb.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		cols := t.Schema.Columns()
		w.WriteString("patient_id")
		for _, c := range cols {
			w.WriteString("," + c.Name)
		}
		w.WriteString("\n")
		var buf []byte
		for i, id := range d.PatientIDs {
			buf = strconv.AppendInt(buf[:0], id, 10)
			for _, c := range cols {
				buf = append(buf, ',')
				col := d.Columns[c.Name]
				if col == nil || !col.IsValid(i) {
					continue
				}
				switch v := col.Value(c.Type, i).(type) {
				case querymodel.CalendarDate:
					buf = append(buf, v.String()...)
				case float64:
					buf = strconv.AppendFloat(buf, v, 'g', -1, 64)
				default:
					buf = fmt.Append(buf, v)
				}
			}
			buf = append(buf, '\n')
			w.Write(buf)
		}
		if err := w.Flush(); err != nil {
			tb.Fatal(err)
		}
		f.Close()
	}
}

func testSQLOptions() enginesql.Options {
	return enginesql.Options{Retries: 1, RetrySleep: time.Millisecond}
}

// openTestDB opens an empty database of the named kind: an in-memory
// DuckDB, or a fresh schema of EHRQL_TEST_POSTGRES_DSN (dropped at the
// end; without the variable the test is skipped, or fails under CI).
func openTestDB(t testing.TB, kind string) SQLSource {
	src, _ := openTestDSN(t, kind)
	return src
}

// openTestDSN is openTestDB, also returning the database's DSN.
func openTestDSN(t testing.TB, kind string) (SQLSource, string) {
	t.Helper()
	ctx := context.Background()
	dsn := "duckdb://"
	if kind == "postgres" {
		base := os.Getenv("EHRQL_TEST_POSTGRES_DSN")
		if base == "" {
			if os.Getenv("CI") != "" {
				t.Fatal("EHRQL_TEST_POSTGRES_DSN is not set (CI must provide a PostgreSQL server)")
			}
			t.Skip("EHRQL_TEST_POSTGRES_DSN is not set")
		}
		schema := fmt.Sprintf("ehrql_measures_%d_%d", os.Getpid(), time.Now().UnixNano())
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+enginesql.Postgres.Quote(schema)); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			admin.ExecContext(ctx, "DROP SCHEMA "+enginesql.Postgres.Quote(schema)+" CASCADE")
			admin.Close()
		})
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		dsn = base + sep + "search_path=" + schema
	}
	eng, err := enginesql.OpenWith(ctx, dsn, nil, testSQLOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	return SQLSource{DB: eng.DB(), Dialect: eng.Dialect(), Options: testSQLOptions()}, dsn
}

// loadDefinition writes def to a temporary project and loads it.
func loadDefinition(t testing.TB, def string) *querymodel.MeasureCollection {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "measures.py"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	return details.Measures
}

// TestSQLMatchesMemory runs the same measures over the same data in
// memory, on DuckDB and on PostgreSQL, with and without disclosure
// control, and requires identical rows in identical order.
func TestSQLMatchesMemory(t *testing.T) {
	coll := loadDefinition(t, expandDefinition)
	src := benchSource(t, coll, 1200)
	combined, err := Dataset(coll)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeCSVTables(t, dir, combined, src)
	// The in-memory engine reads the same files.
	fromFiles, err := generate.ReadDummyTables(dir, combined)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, kind := range []string{"duckdb", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			db := openTestDB(t, kind)
			if err := loadtables.LoadFiles(ctx, db.DB, kind, dir, generate.UsedTables(combined)); err != nil {
				t.Fatal(err)
			}
			for _, dc := range []bool{false, true} {
				want, err := Compute(ctx, fromFiles, coll, ComputeOptions{DisclosureControl: dc})
				if err != nil {
					t.Fatal(err)
				}
				got, err := ComputeSQL(ctx, db, coll, ComputeOptions{DisclosureControl: dc})
				if err != nil {
					t.Fatal(err)
				}
				compareRows(t, fmt.Sprintf("%s, disclosure control %v", kind, dc), got, want)
			}
		})
	}
}

// compareRows requires got and want to be equal, in order.
func compareRows(t *testing.T, what string, got, want []Row) {
	t.Helper()
	if len(want) < 400 {
		t.Fatalf("%s: only %d rows: the data does not exercise the measures", what, len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := rowString(got[i]), rowString(want[i])
		if g != w {
			t.Fatalf("%s: row %d differs (%d rows, want %d):\n got %s\nwant %s", what, i, len(got), len(want), g, w)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
}

func rowString(r Row) string {
	ratio := "NULL"
	if r.RatioValid {
		ratio = fmt.Sprintf("%.12g", r.Ratio)
	}
	return fmt.Sprintf("%s %s %s %s %d %d %#v", r.Measure, r.IntervalStart, r.IntervalEnd, ratio, r.Numerator, r.Denominator, r.Groups)
}

// TestGenerateMeasuresOnDatabases runs generate-measures with --dsn
// against DuckDB and PostgreSQL, and with --query-engine duckdb over the
// table files, and requires the very bytes the in-memory run writes, for
// one combined file and for one file per measure.
func TestGenerateMeasuresOnDatabases(t *testing.T) {
	def := strings.Replace(basicDefinition, "create_measures, months", "create_measures, months, weeks", 1) + `
measures.define_measure("events_by_sex_weekly", numerator=events.count_for_patient(), denominator=registered,
    group_by={"sex": patients.sex}, intervals=weeks(6).starting_on("2023-01-01"))
`
	project(t, withDefinition(def, basicTables))
	ctx := context.Background()
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	combined, err := Dataset(details.Measures)
	if err != nil {
		t.Fatal(err)
	}
	// generate runs GenerateMeasures into out/NAME/... and returns the
	// files written, by path below out/NAME.
	generate1 := func(t *testing.T, name, output string, opts Options) map[string]string {
		t.Helper()
		base := filepath.Join("out", name)
		out, err := fileformats.ParseOutputPath(filepath.Join(base, output))
		if err != nil {
			t.Fatal(err)
		}
		var log strings.Builder
		opts.Definition, opts.Output, opts.Log, opts.Logger = "measures.py", out, &log, logging.New(&log, logging.Info)
		if err := GenerateMeasures(ctx, opts); err != nil {
			t.Fatalf("%s: GenerateMeasures: %v\n%s", name, err, log.String())
		}
		files := map[string]string{}
		filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(base, p)
				files[rel] = string(b)
			}
			return nil
		})
		os.RemoveAll(base)
		return files
	}
	duckPath := filepath.Join(t.TempDir(), "data.duckdb")
	duck, err := sql.Open("duckdb", duckPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := loadtables.LoadFiles(ctx, duck, "duckdb", "dummy_tables", generate.UsedTables(combined)); err != nil {
		t.Fatal(err)
	}
	duck.Close()
	pgDSN := ""
	if os.Getenv("EHRQL_TEST_POSTGRES_DSN") != "" || os.Getenv("CI") != "" {
		var pg SQLSource
		pg, pgDSN = openTestDSN(t, "postgres")
		if err := loadtables.LoadFiles(ctx, pg.DB, "postgres", "dummy_tables", generate.UsedTables(combined)); err != nil {
			t.Fatal(err)
		}
	}
	for _, output := range []string{"measures.csv", "per_measure/:csv"} {
		want := generate1(t, "memory", output, Options{DummyTables: "dummy_tables"})
		if len(want) == 0 || len(want["measures.csv"]+want["per_measure/events_by_sex.csv"]) < 100 {
			t.Fatalf("in-memory output %v", want)
		}
		runs := map[string]Options{
			"duckdb-files": {DummyTables: "dummy_tables", QueryEngine: "duckdb"},
			"duckdb-dsn":   {DSN: "duckdb://" + duckPath},
		}
		if pgDSN != "" {
			runs["postgres-dsn"] = Options{DSN: pgDSN}
		}
		for name, opts := range runs {
			got := generate1(t, name, output, opts)
			if len(got) != len(want) {
				t.Fatalf("%s %s: files %v, want %v", name, output, got, want)
			}
			for p, w := range want {
				if got[p] != w {
					t.Errorf("%s: %s:\n%s\nwant:\n%s", name, p, got[p], w)
				}
			}
		}
	}
}
