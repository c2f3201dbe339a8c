package sql

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

func coreTable(name string) *querymodel.Table {
	t, ok := tables.Lookup("ehrql.tables.core", name)
	if !ok {
		panic("no core table " + name)
	}
	return t
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// qb builds query-model nodes tersely.
type qb struct{}

func (qb) fn(op querymodel.FuncOp, args ...querymodel.Series) querymodel.Series {
	return must(querymodel.NewFunction(op, args...))
}
func (qb) val(v any) querymodel.Series { return must(querymodel.NewValue(v)) }
func (qb) col(f querymodel.Frame, name string) querymodel.Series {
	return must(querymodel.NewSelectColumn(f, name))
}
func (qb) agg(op querymodel.AggOp, src querymodel.Node) querymodel.Series {
	return must(querymodel.NewAggregate(op, src))
}
func (qb) where(f querymodel.Frame, c querymodel.Series) querymodel.Frame {
	return must(querymodel.NewFilter(f, c))
}
func (qb) pick(f querymodel.Frame, key querymodel.Series, pos querymodel.Position) querymodel.Frame {
	return must(querymodel.NewPickOneRowPerPatient(must(querymodel.NewSort(f, key)), pos))
}
func (qb) date(s string) querymodel.Series {
	return must(querymodel.NewValue(must(querymodel.ParseDate(s))))
}

// genCode is the SNOMED code number k of the synthetic data.
func genCode(k int) string { return strconv.Itoa(100000 + k*7) }

func codeSetOf(sys codes.System, from, to int) querymodel.Series {
	var items []any
	for k := from; k < to; k++ {
		items = append(items, codes.Code{System: sys, Value: genCode(k)})
	}
	return must(querymodel.NewValue(must(querymodel.NewFrozenset(items...))))
}

// studyDataset is a 20-variable, definition-shaped dataset over the core
// tables, with one event table when events is set.
func studyDataset(events bool) *querymodel.Dataset {
	var x qb
	index := x.date("2022-01-01")
	yearAgo := x.date("2021-01-01")
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	reg := must(querymodel.NewSelectTable(coreTable("practice_registrations")))
	ev := must(querymodel.NewSelectTable(coreTable("clinical_events")))
	med := must(querymodel.NewSelectTable(coreTable("medications")))

	regOn := x.where(reg, x.fn(querymodel.FnAnd,
		x.fn(querymodel.FnLE, x.col(reg, "start_date"), index),
		x.fn(querymodel.FnOr,
			x.fn(querymodel.FnGT, x.col(reg, "end_date"), index),
			x.fn(querymodel.FnIsNull, x.col(reg, "end_date")))))
	regPick := x.pick(regOn, x.col(regOn, "start_date"), querymodel.Last)
	dob := x.col(pat, "date_of_birth")
	age := x.fn(querymodel.FnDateDifferenceInYears, index, dob)

	asthma := x.where(ev, x.fn(querymodel.FnIn, x.col(ev, "snomedct_code"), codeSetOf(codes.SNOMEDCT, 0, 40)))
	asthmaBefore := x.where(asthma, x.fn(querymodel.FnLT, x.col(asthma, "date"), index))
	diab := x.where(ev, x.fn(querymodel.FnIn, x.col(ev, "snomedct_code"), codeSetOf(codes.SNOMEDCT, 40, 60)))
	diabLastYear := x.where(diab, x.fn(querymodel.FnAnd,
		x.fn(querymodel.FnGE, x.col(diab, "date"), yearAgo),
		x.fn(querymodel.FnLT, x.col(diab, "date"), index)))
	hba1c := x.where(ev, x.fn(querymodel.FnEQ, x.col(ev, "snomedct_code"), x.val(codes.Code{System: codes.SNOMEDCT, Value: genCode(5)})))
	statins := x.where(med, x.fn(querymodel.FnIn, x.col(med, "dmd_code"), codeSetOf(codes.DMD, 0, 30)))
	statinsLastYear := x.where(statins, x.fn(querymodel.FnGE, x.col(statins, "date"), yearAgo))
	firstAsthma := x.pick(asthmaBefore, x.col(asthmaBefore, "date"), querymodel.First)
	lastAsthma := x.pick(asthmaBefore, x.col(asthmaBefore, "date"), querymodel.Last)
	firstDiab := x.pick(diab, x.col(diab, "date"), querymodel.First)
	firstStatin := x.pick(statins, x.col(statins, "date"), querymodel.First)
	lastStatin := x.pick(statins, x.col(statins, "date"), querymodel.Last)
	ageBand := must(querymodel.NewCase([]querymodel.CaseArm{
		{When: x.fn(querymodel.FnLT, age, x.val(18)), Then: x.val("0-17")},
		{When: x.fn(querymodel.FnLT, age, x.val(40)), Then: x.val("18-39")},
		{When: x.fn(querymodel.FnLT, age, x.val(65)), Then: x.val("40-64")},
	}, x.val("65+")))

	vars := []querymodel.NamedSeries{
		{Name: "age", Series: age},
		{Name: "sex", Series: x.col(pat, "sex")},
		{Name: "practice", Series: x.col(regPick, "practice_pseudo_id")},
		{Name: "registered_since", Series: x.col(regPick, "start_date")},
		{Name: "asthma_count", Series: x.agg(querymodel.AggCount, asthmaBefore)},
		{Name: "has_asthma", Series: x.agg(querymodel.AggExists, asthmaBefore)},
		{Name: "first_asthma", Series: x.col(firstAsthma, "date")},
		{Name: "last_asthma", Series: x.col(lastAsthma, "date")},
		{Name: "last_asthma_value", Series: x.col(lastAsthma, "numeric_value")},
		{Name: "diabetes_last_year", Series: x.agg(querymodel.AggCount, diabLastYear)},
		{Name: "has_diabetes", Series: x.agg(querymodel.AggExists, diab)},
		{Name: "first_diabetes", Series: x.col(firstDiab, "date")},
		{Name: "max_hba1c", Series: x.agg(querymodel.AggMax, x.col(hba1c, "numeric_value"))},
		{Name: "mean_asthma_value", Series: x.agg(querymodel.AggMean, x.col(asthma, "numeric_value"))},
		{Name: "statin_count", Series: x.agg(querymodel.AggCount, statins)},
		{Name: "first_statin", Series: x.col(firstStatin, "date")},
		{Name: "last_statin", Series: x.col(lastStatin, "date")},
		{Name: "statin_last_year", Series: x.agg(querymodel.AggExists, statinsLastYear)},
		{Name: "distinct_codes", Series: x.agg(querymodel.AggCountDistinct, x.col(ev, "snomedct_code"))},
		{Name: "age_band", Series: ageBand},
		{Name: "episodes", Series: must(querymodel.NewCountEpisodes(x.col(asthma, "date"), 30))},
		{Name: "months_registered", Series: x.fn(querymodel.FnDateDifferenceInMonths, index, x.col(regPick, "start_date"))},
	}
	pop := x.fn(querymodel.FnAnd,
		x.agg(querymodel.AggExists, regPick),
		x.fn(querymodel.FnOr,
			x.fn(querymodel.FnIsNull, x.col(pat, "date_of_death")),
			x.fn(querymodel.FnGT, x.col(pat, "date_of_death"), index)))
	var evs []querymodel.NamedFrame
	if events {
		scf := must(querymodel.NewSeriesCollectionFrame([]querymodel.NamedSeries{
			{Name: "date", Series: x.col(asthma, "date")},
			{Name: "code", Series: x.col(asthma, "snomedct_code")},
			{Name: "value", Series: x.col(asthma, "numeric_value")},
			{Name: "age", Series: age},
		}))
		evs = []querymodel.NamedFrame{{Name: "asthma_events", Frame: scf}}
	}
	return must(querymodel.NewDataset(pop, vars, evs, nil))
}

// generateCore fills the core tables of a DuckDB database with synthetic
// data for n patients (about 40 clinical events, 20 medications and 2
// registrations each), set-based in SQL.
func generateCore(ctx context.Context, eng *Engine, n int) error {
	d := eng.Dialect()
	for _, name := range []string{"patients", "practice_registrations", "clinical_events", "medications"} {
		t := coreTable(name)
		for _, q := range []string{DropTableSQL(d, t), CreateTableSQL(d, t)} {
			if err := eng.Exec(ctx, q); err != nil {
				return err
			}
		}
	}
	stmts := []string{
		fmt.Sprintf(`INSERT INTO patients SELECT i,
			make_date(1920 + CAST(hash(i) %% 100 AS INTEGER), 1 + CAST(hash(i, 1) %% 12 AS INTEGER), 1),
			['female', 'male', 'intersex', 'unknown'][1 + CAST(hash(i, 2) %% 4 AS INTEGER)],
			CASE WHEN hash(i, 3) %% 20 = 0 THEN DATE '2010-01-01' + CAST(hash(i, 4) %% 4748 AS INTEGER) END
			FROM range(1, %d) AS r(i)`, n+1),
		fmt.Sprintf(`INSERT INTO practice_registrations SELECT i,
			DATE '2005-01-01' + CAST(hash(i, k, 5) %% 6000 AS INTEGER),
			CASE WHEN hash(i, k, 6) %% 3 = 0 THEN NULL ELSE DATE '2012-01-01' + CAST(hash(i, k, 7) %% 5000 AS INTEGER) END,
			CAST(hash(i, k, 8) %% 1000 AS BIGINT)
			FROM range(1, %d) AS r(i), range(0, 2) AS s(k)`, n+1),
		fmt.Sprintf(`INSERT INTO clinical_events SELECT i,
			CASE WHEN hash(i, k, 9) %% 50 = 0 THEN NULL ELSE DATE '2010-01-01' + CAST(hash(i, k, 10) %% 4748 AS INTEGER) END,
			CAST(100000 + 7 * CAST(CASE WHEN hash(i, k, 11) %% 4 = 0 THEN hash(i, k, 12) %% 100 ELSE hash(i, k, 12) %% 2000 END AS BIGINT) AS VARCHAR),
			CASE WHEN hash(i, k, 13) %% 3 = 0 THEN NULL ELSE CAST(hash(i, k, 14) %% 1000 AS DOUBLE) / 10 END
			FROM range(1, %d) AS r(i), range(0, 40) AS s(k)`, n+1),
		fmt.Sprintf(`INSERT INTO medications SELECT i,
			DATE '2010-01-01' + CAST(hash(i, k, 15) %% 4748 AS INTEGER),
			CAST(100000 + 7 * CAST(hash(i, k, 16) %% 500 AS BIGINT) AS VARCHAR)
			FROM range(1, %d) AS r(i), range(0, 20) AS s(k)`, n+1),
	}
	for _, q := range stmts {
		if err := eng.Exec(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// readTables reads the core tables back as memory-engine data.
func readTables(ctx context.Context, eng *Engine) (memory.MapSource, error) {
	src := memory.MapSource{}
	for _, name := range []string{"patients", "practice_registrations", "clinical_events", "medications"} {
		t := coreTable(name)
		cols := []ResultColumn{{"patient_id", querymodel.Int}}
		for _, c := range t.Schema.Columns() {
			cols = append(cols, ResultColumn{c.Name, c.Type})
		}
		r := &ResultTable{Columns: cols, key: "patient_id", sel: &selectStmt{from: &fromItem{table: t.TableName()}}}
		for _, c := range cols {
			r.sel.cols = append(r.sel.cols, selCol{colRef{"", c.Name}, ""})
		}
		rows, err := eng.DB().QueryContext(ctx, r.fetchSQL(eng.Dialect(), false, 0, 0))
		if err != nil {
			return nil, err
		}
		var data [][]any
		holders := make([]any, len(cols))
		for j, c := range cols {
			holders[j] = newHolder(c.Type)
		}
		for rows.Next() {
			if err := rows.Scan(holders...); err != nil {
				rows.Close()
				return nil, err
			}
			row := make([]any, len(cols))
			for j, c := range cols {
				row[j] = holderValue(holders[j], c.Type)
			}
			data = append(data, row)
		}
		rows.Close()
		if src[t], err = memory.FromRows(t.Schema, data); err != nil {
			return nil, err
		}
	}
	return src, nil
}

func collect(ctx context.Context, eng *Engine, ds *querymodel.Dataset) ([][][]any, error) {
	out := make([][][]any, 1+len(ds.Events))
	err := eng.EvaluateDataset(ctx, ds, func(table int, row []any) error {
		out[table] = append(out[table], slices.Clone(row))
		return nil
	})
	return out, err
}

// TestStudyMatchesMemoryEngine runs a realistic dataset with an event
// table over generated data and compares every value with the in-memory
// engine.
func TestStudyMatchesMemoryEngine(t *testing.T) {
	ctx := context.Background()
	eng := openDuckDB(t)
	if err := generateCore(ctx, eng, 3000); err != nil {
		t.Fatal(err)
	}
	src, err := readTables(ctx, eng)
	if err != nil {
		t.Fatal(err)
	}
	ds := studyDataset(true)
	want, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]*Engine{"duckdb": eng}
	if os.Getenv("EHRQL_TEST_POSTGRES_DSN") != "" || os.Getenv("CI") != "" {
		pg := openPostgres(t)
		if err := copyTables(ctx, src, pg); err != nil {
			t.Fatal(err)
		}
		engines["postgres"] = pg
	}
	for name, e := range engines {
		got, err := collect(ctx, e, ds)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for ti, wt := range want.Tables {
			if len(got[ti]) != wt.Len() {
				t.Fatalf("%s: table %s: got %d rows, want %d", name, wt.Name, len(got[ti]), wt.Len())
			}
			if ti > 0 {
				continue // event rows: compared as multisets below
			}
			for i, row := range wt.Rows() {
				for j := range row {
					if !enginetest.Equal(got[ti][i][j], row[j]) {
						t.Fatalf("%s: table %s row %d column %s: got %#v, want %#v", name, wt.Name, i, wt.Columns[j].Name, got[ti][i][j], row[j])
					}
				}
			}
		}
		counts := map[string]int{}
		for _, row := range want.Tables[1].Rows() {
			counts[fmt.Sprint(row)]++
		}
		for _, row := range got[1] {
			counts[fmt.Sprint(row)]--
		}
		for k, n := range counts {
			if n != 0 {
				t.Fatalf("%s: event row %s: count differs by %d", name, k, n)
			}
		}
		if len(got[0]) < 1000 {
			t.Fatalf("%s: population of %d is too small to be a useful check", name, len(got[0]))
		}
	}
}

// copyTables loads memory-engine data into another database.
func copyTables(ctx context.Context, src memory.MapSource, eng *Engine) error {
	var trs []enginetest.TableRows
	for t, d := range src {
		tr := enginetest.TableRows{Table: t}
		for i := 0; i < d.Len(); i++ {
			row := []any{d.PatientIDs[i]}
			for _, c := range t.Schema.Columns() {
				col := d.Columns[c.Name]
				var v any
				if col != nil {
					v = col.Value(c.Type, i)
				}
				row = append(row, v)
			}
			tr.Rows = append(tr.Rows, row)
		}
		trs = append(trs, tr)
	}
	d := eng.Dialect()
	for _, tr := range trs {
		for _, q := range []string{DropTableSQL(d, tr.Table), CreateTableSQL(d, tr.Table)} {
			if err := eng.Exec(ctx, q); err != nil {
				return err
			}
		}
		for start := 0; start < len(tr.Rows); start += 5000 {
			if err := eng.Exec(ctx, InsertSQL(d, tr.Table, tr.Rows[start:min(start+5000, len(tr.Rows))])); err != nil {
				return err
			}
		}
	}
	return nil
}

// BenchmarkDuckDBStudy runs the 20-variable dataset over generated data
// already loaded in DuckDB (set EHRQL_BENCH_1M for a million patients).
func BenchmarkDuckDBStudy(b *testing.B) {
	sizes := []int{100_000}
	if os.Getenv("EHRQL_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	ctx := context.Background()
	for _, n := range sizes {
		b.Run(fmt.Sprintf("patients=%d", n), func(b *testing.B) {
			eng := openDuckDB(b)
			start := time.Now()
			if err := generateCore(ctx, eng, n); err != nil {
				b.Fatal(err)
			}
			b.Logf("generated %d patients in %v", n, time.Since(start))
			ds := studyDataset(false)
			b.ResetTimer()
			for b.Loop() {
				rows := 0
				if err := eng.EvaluateDataset(ctx, ds, func(int, []any) error { rows++; return nil }); err != nil {
					b.Fatal(err)
				}
				if rows == 0 {
					b.Fatal("empty population")
				}
			}
		})
	}
}
