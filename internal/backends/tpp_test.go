package backends_test

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/backends"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/loadtables"
	"github.com/opensafely-go/opensafely/internal/loadtables/testdb"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

const logicalDir = "../loadtables/testdata/logical"

// TestTPPTablesMatchCore loads the same logical tables into the core shape
// and into TPP's physical shape, then checks that every TPP table query
// returns exactly the rows of the core table (with the opt-out and
// activation tables set so that nobody is excluded).
func TestTPPTablesMatchCore(t *testing.T) {
	checkTPPMatchesCore(t, logicalDir, 25)
	// ec and emergency_care_attendances share TPP's EC table: load apart.
	checkTPPMatchesCore(t, "../loadtables/testdata/logical_ec", 1)
	// HES records with their cost, diagnosis and procedure rows.
	checkTPPMatchesCore(t, "../loadtables/testdata/logical_hes", 8)
	// clinical_events_ranges shares TPP's CodedEvent tables with
	// clinical_events, ons_deaths_raw the ONS_Deaths table with ons_deaths.
	checkTPPMatchesCore(t, "../loadtables/testdata/logical_ranges", 2)
}

func checkTPPMatchesCore(t *testing.T, dir string, minTables int) {
	// The two shapes share table names that differ only in case (apcs and
	// APCS), so each goes to its own database.
	testdb.Each2(t, func(t *testing.T, coreDSN, tppDSN string) {
		ctx := context.Background()
		for b, dsn := range map[string]string{"core": coreDSN, "tpp": tppDSN} {
			if _, err := loadtables.Load(ctx, loadtables.Options{Dir: dir, DSN: dsn, Backend: b}); err != nil {
				t.Fatalf("load %s: %v", b, err)
			}
		}
		db, err := loadtables.Connect(ctx, coreDSN)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		tdb, err := loadtables.Connect(ctx, tppDSN)
		if err != nil {
			t.Fatal(err)
		}
		defer tdb.Close()
		d, _ := enginesql.DialectByName(db.Dialect)
		tpp := backends.NewTPP(nil)
		checked := 0
		for _, name := range backends.TPPTables() {
			for _, mod := range []string{"ehrql.tables.core", "ehrql.tables.tpp", "ehrql.tables.raw.tpp"} {
				lt, ok := tables.Lookup(mod, strings.TrimSuffix(name, "_raw"))
				if !ok || lt.TableName() != name || !fileExists(dir, name) {
					continue
				}
				t.Run(mod+"."+name, func(t *testing.T) {
					src, err := tpp.Table(lt)
					if err != nil {
						t.Fatal(err)
					}
					cols := lt.Schema.ColumnNames()
					quoted := []string{d.Quote("patient_id")}
					for _, c := range cols {
						quoted = append(quoted, d.Quote(c))
					}
					core := queryRows(t, db.DB, "SELECT "+strings.Join(quoted, ", ")+" FROM "+name)
					got := queryRows(t, tdb.DB, "SELECT "+strings.Join(quoted, ", ")+" FROM ("+src.Query(d)+") AS q")
					if len(core) == 0 {
						t.Fatalf("no test rows for %s", name)
					}
					if !slices.Equal(core, got) {
						t.Errorf("tpp rows differ from core rows for %s\ncore:\n%s\ntpp:\n%s", name, strings.Join(core, "\n"), strings.Join(got, "\n"))
					}
				})
				checked++
			}
		}
		if checked < minTables {
			t.Errorf("checked only %d tables", checked)
		}
	})
}

// queryRows runs q and returns its rows rendered as text, sorted.
func queryRows(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%v\nin: %s", err, q)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = render(v)
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func render(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case time.Time:
		return x.Format("2006-01-02")
	case int32:
		return fmt.Sprint(int64(x))
	case float64:
		if x == math.Trunc(x) {
			return fmt.Sprintf("%.1f", x)
		}
		return fmt.Sprint(x)
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

// TestTPPRewrite checks the population conditions and activation filters
// the TPP backend adds, and that permissions switch them off.
func TestTPPRewrite(t *testing.T) {
	ce, _ := tables.Lookup("ehrql.tables.core", "clinical_events")
	st, _ := querymodel.NewSelectTable(ce)
	exists, _ := querymodel.NewAggregate(querymodel.AggExists, st)
	ds, err := querymodel.NewDataset(exists, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	tpp := backends.NewTPP(nil)
	out, err := tpp.Rewrite(ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := querymodel.Format(out.Population)
	for _, want := range []string{"t1oo", "allowed_ndoo", "activated", "Filter"} {
		if !strings.Contains(text, want) {
			t.Errorf("rewritten population lacks %q:\n%s", want, text)
		}
	}
	all, err := tpp.Rewrite(ds, []string{"include_t1oo", "include_ndoo", "include_gp_unactivated"})
	if err != nil {
		t.Fatal(err)
	}
	if all != ds {
		t.Errorf("with every permission the dataset must be unchanged, got:\n%s", querymodel.Format(all.Population))
	}
}

func TestLookup(t *testing.T) {
	for name, want := range map[string]string{"": "core", "test": "core", "expectations": "core", "core": "core", "tpp": "tpp", "TPP": "tpp"} {
		b, err := backends.Lookup(name, nil)
		if err != nil || b.Name() != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, b, err, want)
		}
	}
	for _, bad := range []string{"emis", "nosuch"} {
		if _, err := backends.Lookup(bad, nil); err == nil {
			t.Errorf("Lookup(%q) succeeded", bad)
		}
	}
}

func TestExitCodeFor(t *testing.T) {
	for msg, code := range map[string]int{
		"DBPROCESS is dead or not enabled":                      3,
		"Invalid object name 'CodedEvent_SNOMED'.":              4,
		"The query processor ran out of internal resources":     6,
		"relation \"patients\" does not exist (SQLSTATE 42P01)": 5,
	} {
		err := backends.ExitCodeFor(fmt.Errorf("%s", msg), true)
		var dbe *backends.DBError
		if !errorsAs(err, &dbe) || dbe.ExitCode() != code {
			t.Errorf("%q: got %v, want exit code %d", msg, err, code)
		}
	}
	plain := fmt.Errorf("not a database error")
	if got := backends.ExitCodeFor(plain, false); got != plain {
		t.Errorf("non-database errors must pass through, got %v", got)
	}
}

func errorsAs(err error, target **backends.DBError) bool {
	e, ok := err.(*backends.DBError)
	if ok {
		*target = e
	}
	return ok
}

func fileExists(dir, table string) bool {
	_, err := os.Stat(filepath.Join(dir, table+".csv"))
	return err == nil
}

// covid_therapeutics combines the risk groups of three forms, dropping
// their "Patients with (a)" prefixes and splitting on " and ".
func TestTPPTherapeuticsRiskCohort(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		if _, err := loadtables.Load(ctx, loadtables.Options{Dir: "../loadtables/testdata/logical_ec", DSN: dsn, Backend: "tpp"}); err != nil {
			t.Fatal(err)
		}
		db, err := loadtables.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, s := range []string{
			"INSERT INTO Therapeutics (Patient_ID, CASIM05_risk_cohort, MOL1_high_risk_cohort, SOT02_risk_cohorts) VALUES " +
				"(1, 'Patients with a solid cancer and sickle cell', NULL, 'Patients with immune deficiencies'), " +
				"(2, '', 'liver disease', NULL), (3, NULL, NULL, NULL)",
		} {
			if _, err := db.Exec(s); err != nil {
				t.Fatal(err)
			}
		}
		d, _ := enginesql.DialectByName(db.Dialect)
		ct, _ := tables.Lookup("ehrql.tables.tpp", "covid_therapeutics")
		src, err := backends.NewTPP(nil).Table(ct)
		if err != nil {
			t.Fatal(err)
		}
		got := queryRows(t, db.DB, "SELECT "+d.Quote("patient_id")+", "+d.Quote("risk_cohort")+" FROM ("+src.Query(d)+") AS q")
		want := []string{"1|solid cancer,sickle cell,immune deficiencies", "2|liver disease", "3|NULL"}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// The TPP backend provides every table of the modules it serves, with
// every column, except the raw tables and parents (documented gaps).
func TestTPPProvidesTables(t *testing.T) {
	tpp := backends.NewTPP(nil)
	var provided, missing []string
	for _, b := range tables.Backends() {
		if b.Name != "tpp" {
			continue
		}
		for _, lt := range tables.BackendTables(b) {
			name := strings.TrimPrefix(lt.Module, "ehrql.tables.") + "." + lt.Attr
			src, err := tpp.Table(lt)
			if err != nil {
				missing = append(missing, name)
				continue
			}
			for _, d := range []enginesql.Dialect{enginesql.DuckDB, enginesql.Postgres, enginesql.MSSQL, enginesql.Trino} {
				q := src.Query(d)
				for _, c := range lt.Schema.ColumnNames() {
					if !strings.Contains(q, " AS "+d.Quote(c)) {
						t.Errorf("%s (%s): no column %s in %s", name, d.Name(), c, q)
					}
				}
			}
			provided = append(provided, name)
		}
	}
	for _, m := range missing {
		if !strings.HasPrefix(m, "raw.") && m != "tpp.parents" || m == "raw.tpp.ons_deaths" {
			t.Errorf("tpp backend lacks %s", m)
		}
	}
	if len(provided) < 30 {
		t.Errorf("only %d tables provided: %v", len(provided), provided)
	}
	t.Logf("provided %d tables; not provided: %v", len(provided), missing)
}
