package measures

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/loadtables"
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
	return SQLSource{DB: eng.DB(), Dialect: eng.Dialect(), Options: testSQLOptions()}
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
