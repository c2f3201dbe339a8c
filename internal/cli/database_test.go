package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/loadtables"
	"github.com/opensafely-go/opensafely/internal/loadtables/testdb"
)

// runOK runs the ehrql command and fails the test on a non-zero exit.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, Ehrql(), args...)
	if code != 0 {
		t.Fatalf("ehrql %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The example study gives byte-identical outputs (CSV and Arrow) whether it
// runs in memory over its dummy tables, in DuckDB over the same files, or
// against those tables loaded into a DuckDB file or a PostgreSQL database,
// in the core shape or in TPP's.
func TestGenerateDatasetFromDatabaseMatchesInMemory(t *testing.T) {
	t.Chdir("../../examples/study")
	def, tables := "analysis/dataset_definition.py", "dummy_tables"
	out := t.TempDir()
	for _, ext := range []string{".csv", ".arrow"} {
		runOK(t, "generate-dataset", def, "--dummy-tables", tables, "--output", filepath.Join(out, "memory"+ext))
		runOK(t, "generate-dataset", def, "--dummy-tables", tables, "--query-engine", "duckdb", "--output", filepath.Join(out, "duckfiles"+ext))
	}
	want := map[string][]byte{".csv": readFile(t, filepath.Join(out, "memory.csv")), ".arrow": readFile(t, filepath.Join(out, "memory.arrow"))}
	if !bytes.Contains(want[".csv"], []byte("\r\n1,101,female,43,18-64,T,2023-03-10,385.5,2\r\n")) {
		t.Fatalf("unexpected in-memory output:\n%s", want[".csv"])
	}
	for ext, w := range want {
		if got := readFile(t, filepath.Join(out, "duckfiles"+ext)); !bytes.Equal(got, w) {
			t.Errorf("--query-engine duckdb over the files: %s output differs from the in-memory run", ext)
		}
	}
	// A directory as the DSN: the localfile engine (in memory).
	if got := runOK(t, "generate-dataset", def, "--dsn", tables); got != string(want[".csv"]) {
		t.Errorf("--dsn DIR: stdout differs:\n%s", got)
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		for _, backend := range []string{"core", "tpp"} {
			// Two shapes in one database would clash (apcs and APCS); load
			// the TPP shape into a second database of the same kind.
			d := dsn
			if backend == "tpp" {
				if strings.HasPrefix(dsn, "duckdb") {
					d = testdb.DuckDB(t)
				} else {
					d = testdb.Postgres(t)
				}
			}
			runOK(t, "load-tables", tables, "--dsn", d, "--backend", backend)
			for ext, w := range want {
				path := filepath.Join(t.TempDir(), "db"+ext)
				runOK(t, "generate-dataset", def, "--dsn", d, "--backend", backend, "--output", path)
				if got := readFile(t, path); !bytes.Equal(got, w) {
					t.Errorf("%s backend: %s output differs from the in-memory run:\n%s", backend, ext, got)
				}
			}
			// Standard output and $DATABASE_URL.
			t.Setenv("DATABASE_URL", d)
			t.Setenv("OPENSAFELY_BACKEND", backend)
			if got := runOK(t, "generate-dataset", def); got != string(want[".csv"]) {
				t.Errorf("%s backend via $DATABASE_URL: stdout differs:\n%s", backend, got)
			}
			t.Setenv("DATABASE_URL", "")
			t.Setenv("OPENSAFELY_BACKEND", "")
		}
	})
}

// Realistic definitions give identical results through the core and tpp
// backends over the same logical data (generated dummy tables loaded into
// each shape), and the same as the in-memory engine.
func TestCoreAndTPPBackendsAgree(t *testing.T) {
	t.Chdir("../dummydata/testdata")
	// Not here: addresses, complex_tpp, ethnicity_imd, covid_tests,
	// measure_denominator and practice_region, whose generated data has
	// values TPP's tables cannot hold (an address with a postcode but no
	// MSOA, a negative test with a variant, one practice in two regions);
	// load-tables --backend tpp rejects such data (TestLoadTablesErrors).
	defs := []string{"adults", "apcs_emergency", "apcs_readmission", "asthma",
		"constrained", "covid_doses", "deaths", "deaths_covid", "deaths_elderly", "either", "emergency_care",
		"flu_vaccine", "hospital", "medication_windows", "negation",
		"pregnancy", "registered", "statins", "twenty", "vaccines", "women"}
	if testing.Short() {
		defs = defs[:6]
	}
	type prepared struct{ def, tables, want string }
	var cases []prepared
	for _, name := range defs {
		def := name + ".py"
		tables := filepath.Join(t.TempDir(), "tables")
		runOK(t, "create-dummy-tables", def, tables)
		want := runOK(t, "generate-dataset", def, "--dummy-tables", tables)
		if strings.Count(want, "\n") < 2 {
			t.Fatalf("%s: the dummy data gives no rows:\n%s", name, want)
		}
		cases = append(cases, prepared{def, tables, want})
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		fresh := func() string {
			if strings.HasPrefix(dsn, "duckdb") {
				return testdb.DuckDB(t)
			}
			return testdb.Postgres(t)
		}
		for _, c := range cases {
			t.Run(strings.TrimSuffix(c.def, ".py"), func(t *testing.T) {
				// Without registrations no patient was ever at an activated
				// practice, so TPP's activation rule would exclude everyone.
				if _, err := os.Stat(filepath.Join(c.tables, "practice_registrations.csv")); err != nil {
					t.Setenv("EHRQL_PERMISSIONS", `["include_gp_unactivated"]`)
				} else {
					t.Setenv("EHRQL_PERMISSIONS", "")
				}
				for _, backend := range []string{"core", "tpp"} {
					d := fresh()
					runOK(t, "load-tables", c.tables, "--dsn", d, "--backend", backend)
					if got := runOK(t, "generate-dataset", c.def, "--dsn", d, "--backend", backend); got != c.want {
						t.Errorf("%s backend differs from the in-memory engine\ngot:\n%s\nwant:\n%s", backend, got, c.want)
					}
				}
			})
		}
	})
}

// TPP's opt-out and activation rules exclude patients and rows unless the
// run holds the permission that lifts them.
func TestTPPRestrictionsAndPermissions(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"def.py": `from ehrql import create_dataset
from ehrql.tables.core import clinical_events, patients
dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.events = clinical_events.count_for_patient()
`,
		"tables/patients.csv":        "patient_id,date_of_birth,sex\n1,1980-01-01,female\n2,1990-01-01,male\n3,1970-01-01,male\n",
		"tables/clinical_events.csv": "patient_id,date,snomedct_code\n1,2020-01-01,123\n1,2024-01-01,123\n2,2020-01-01,123\n3,2020-01-01,123\n",
		"tables/practice_registrations.csv": "patient_id,start_date,end_date,practice_pseudo_id\n" +
			"1,2010-01-01,2022-01-01,10\n1,2022-01-01,,20\n2,2010-01-01,,10\n3,2010-01-01,,10\n",
	}
	for name, content := range files {
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dsn := testdb.DuckDB(t)
	runOK(t, "load-tables", "tables", "--dsn", dsn, "--backend", "tpp")
	// Patient 2 has a type-1 opt-out, patient 3 a national data opt-out;
	// practice 20 is not activated, so patient 1's events after leaving
	// practice 10 (2022-01-01) are hidden.
	db, err := loadtables.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"INSERT INTO PatientsWithTypeOneDissent VALUES (2)",
		"DELETE FROM PatientsWithoutNDOO WHERE Patient_ID = 3",
		"DELETE FROM DirectionsAcknowledged WHERE Organisation_ID = 20",
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	for _, c := range []struct{ perms, want string }{
		{"", "patient_id,events\r\n1,1\r\n"},
		{`["include_t1oo"]`, "patient_id,events\r\n1,1\r\n2,1\r\n"},
		{`["include_t1oo", "include_ndoo"]`, "patient_id,events\r\n1,1\r\n2,1\r\n3,1\r\n"},
		{`["include_t1oo", "include_ndoo", "include_gp_unactivated"]`, "patient_id,events\r\n1,2\r\n2,1\r\n3,1\r\n"},
	} {
		t.Setenv("EHRQL_PERMISSIONS", c.perms)
		if got := runOK(t, "generate-dataset", "def.py", "--dsn", dsn, "--backend", "tpp"); got != c.want {
			t.Errorf("EHRQL_PERMISSIONS=%s: got\n%s\nwant\n%s", c.perms, got, c.want)
		}
	}
}

// A real-data run needs the permissions in EHRQL_PERMISSIONS (claimed
// permissions do not count); otherwise exit 12 and no output file.
func TestRealDataPermissions(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.MkdirAll("tables", 0o755)
	os.WriteFile("tables/patients.csv", []byte("patient_id,date_of_birth,sex\n1,1990-01-01,female\n"), 0o644)
	os.WriteFile("tables/appointments.csv", []byte("patient_id,booked_date,start_date,seen_date,status\n1,2020-01-01,2020-01-02,,Finished\n"), 0o644)
	os.WriteFile("def.py", []byte(`from ehrql import create_dataset, claim_permissions
from ehrql.tables.tpp import appointments, patients
claim_permissions("appointments")
dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.n = appointments.count_for_patient()
dataset.add_event_table("appts", booked=appointments.booked_date)
`), 0o644)
	dsn := testdb.DuckDB(t)
	runOK(t, "load-tables", "tables", "--dsn", dsn)
	t.Setenv("EHRQL_PERMISSIONS", `["appointments"]`)
	code, _, errOut := run(t, Ehrql(), "generate-dataset", "def.py", "--dsn", dsn, "--output", "out/:csv")
	want := "You do not currently have all the permissions needed for this action.\n\n" +
		"Missing permissions are:\n\n" +
		"    * event_level_data: required in order to use the `dataset.add_event_table()` method\n\n" +
		"If you think this is a mistake and that you should have these permissions please contact OpenSAFELY support.\n"
	if code != 12 || !strings.HasSuffix(errOut, want) {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
	if _, err := os.Stat("out"); err == nil {
		t.Error("a refused run created its output")
	}
	t.Setenv("EHRQL_PERMISSIONS", "")
	code, _, errOut = run(t, Ehrql(), "generate-dataset", "def.py", "--dsn", dsn)
	if code != 12 || !strings.Contains(errOut, "    * appointments: required for access to the `tpp.appointments` table\n    * event_level_data") {
		t.Errorf("no permissions: code %d, stderr:\n%s", code, errOut)
	}
	t.Setenv("EHRQL_PERMISSIONS", `["appointments", "event_level_data"]`)
	runOK(t, "generate-dataset", "def.py", "--dsn", dsn, "--output", "out/:csv")
	if got := string(readFile(t, "out/dataset.csv")); got != "patient_id,n\r\n1,1\r\n" {
		t.Errorf("dataset.csv: %q", got)
	}
	if got := string(readFile(t, "out/appts.csv")); got != "patient_id,booked\r\n1,2020-01-01\r\n" {
		t.Errorf("appts.csv: %q", got)
	}
	t.Setenv("EHRQL_PERMISSIONS", "not json")
	if code, _, errOut := run(t, Ehrql(), "generate-dataset", "def.py", "--dsn", dsn); code == 0 || !strings.Contains(errOut, "EHRQL_PERMISSIONS must be a JSON list") {
		t.Errorf("bad EHRQL_PERMISSIONS: code %d, stderr:\n%s", code, errOut)
	}
}

// dump-dataset-sql prints numbered statements, each ending with ";" and a
// blank line, in the backend's dialect.
func TestDumpDatasetSQL(t *testing.T) {
	t.Chdir("../../examples/study")
	def := "analysis/dataset_definition.py"
	for _, c := range []struct {
		args  []string
		marks []string
	}{
		{nil, []string{"CREATE TEMPORARY TABLE", `"clinical_events"`}},
		{[]string{"--query-engine", "postgres"}, []string{"CREATE TEMPORARY TABLE", `"patients"`, "CREATE INDEX"}},
		{[]string{"--backend", "tpp"}, []string{"SELECT * INTO [#", "CodedEvent_SNOMED", "PatientsWithTypeOneDissent", "DirectionsAcknowledged"}},
		{[]string{"--backend", "tpp", "--query-engine", "duckdb"}, []string{"CodedEvent_SNOMED", "TIMESTAMP '9999-12-31 00:00:00'"}},
	} {
		out := runOK(t, append([]string{"dump-dataset-sql", def}, c.args...)...)
		if !strings.HasPrefix(out, "-- Run query 001 / ") || !strings.Contains(out, "-- Fetch results from query ") {
			t.Errorf("%v: bad headers:\n%s", c.args, out)
		}
		blocks := strings.Split(strings.TrimSuffix(out, "\n\n"), "\n\n")
		for _, b := range blocks {
			if !strings.HasPrefix(b, "-- ") || !strings.HasSuffix(b, ";") {
				t.Errorf("%v: malformed statement block:\n%s", c.args, b)
				break
			}
		}
		for _, m := range c.marks {
			if !strings.Contains(out, m) {
				t.Errorf("%v: output lacks %q", c.args, m)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "q.sql")
	runOK(t, "dump-dataset-sql", def, "--output", path)
	if !strings.HasPrefix(string(readFile(t, path)), "-- Run query 001") {
		t.Error("--output file lacks the statements")
	}
	if code, _, errOut := run(t, Ehrql(), "dump-dataset-sql", def, "--query-engine", "sqlite"); code != 2 || !strings.Contains(errOut, "sqlite query engine is not available") {
		t.Errorf("sqlite: code %d, stderr %s", code, errOut)
	}
}

func TestTestConnection(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dsn string) {
		if out := runOK(t, "test-connection", "-u", dsn); out != "SUCCESS\n" {
			t.Errorf("stdout %q", out)
		}
		t.Setenv("DATABASE_URL", dsn)
		if out := runOK(t, "test-connection", "-b", "tpp"); out != "SUCCESS\n" {
			t.Errorf("stdout %q", out)
		}
	})
	code, _, errOut := run(t, Ehrql(), "test-connection", "-u", "postgresql://nobody@127.0.0.1:1/none")
	if code != 5 || !strings.Contains(errOut, "cannot connect") {
		t.Errorf("unreachable server: code %d, stderr %s", code, errOut)
	}
}

func TestLoadTablesErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.MkdirAll("bad", 0o755)
	os.WriteFile("bad/nosuchtable.csv", []byte("patient_id\n1\n"), 0o644)
	os.MkdirAll("tpp", 0o755)
	os.WriteFile("tpp/clinical_events.csv", []byte("patient_id,date,snomedct_code,ctv3_code\n1,2020-01-01,123,Xa1\n"), 0o644)
	for name, content := range map[string]string{
		"badsex/patients.csv":    "patient_id,sex\n1,female\n2,robot\n",
		"badbool/addresses.csv":  "patient_id,has_postcode\n1,T\n2,yes\n",
		"nopid/patients.csv":     "patient_id,sex\n,female\n",
		"baddate/patients.csv":   "patient_id,date_of_birth\n1,2020-13-01\n",
		"badint/medications.csv": "patient_id,consultation_id\n1,1.5\n",
		"orphan/opa_cost.csv":    "patient_id,opa_ident,tariff_opp\n1,6001,1.0\n",
	} {
		os.MkdirAll(filepath.Dir(name), 0o755)
		os.WriteFile(name, []byte(content), 0o644)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"load-tables", "bad", "--dsn", testdb.DuckDB(t)}, 11, `No ehrQL table is called "nosuchtable"`},
		{[]string{"load-tables", "badsex", "--dsn", testdb.DuckDB(t)}, 11, "column sex has a value outside its categories"},
		{[]string{"load-tables", "badbool", "--dsn", testdb.DuckDB(t)}, 11, "invalid bool yes in column has_postcode"},
		{[]string{"load-tables", "nopid", "--dsn", testdb.DuckDB(t)}, 11, "patient_id must not be empty"},
		{[]string{"load-tables", "baddate", "--dsn", testdb.DuckDB(t)}, 11, "2020-13-01"},
		{[]string{"load-tables", "badint", "--dsn", testdb.DuckDB(t)}, 11, "1.5"},
		{[]string{"load-tables", "tpp", "--dsn", testdb.DuckDB(t), "--backend", "tpp"}, 11, "either a SNOMED CT or a CTV3 code, not both"},
		{[]string{"load-tables", "missing", "--dsn", testdb.DuckDB(t)}, 11, "Missing directory"},
		{[]string{"load-tables", "orphan", "--dsn", testdb.DuckDB(t), "--backend", "tpp"}, 11, "opa_ident 6001 has no OPA record to join"},
		{[]string{"load-tables", "bad"}, 2, "no database"},
		{[]string{"load-tables", "bad", "--dsn", "duckdb:///x", "--backend", "nosuch"}, 2, "unknown backend"},
	} {
		code, _, errOut := run(t, Ehrql(), c.args...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: code %d (want %d), stderr:\n%s", c.args, code, c.code, errOut)
		}
	}
	if _, err := os.Stat("x"); err == nil {
		t.Error("a refused load created a database")
	}
}

// Arrow table files (read by package fileformats, then appended or
// copied, rather than read by DuckDB itself) give the same results.
func TestArrowTablesThroughDatabases(t *testing.T) {
	t.Chdir("../dummydata/testdata")
	tables := filepath.Join(t.TempDir(), "tables")
	runOK(t, "create-dummy-tables", "asthma.py", tables+":arrow")
	want := runOK(t, "generate-dataset", "asthma.py", "--dummy-tables", tables)
	if got := runOK(t, "generate-dataset", "asthma.py", "--dummy-tables", tables, "--query-engine", "duckdb"); got != want {
		t.Errorf("--query-engine duckdb over Arrow files differs:\n%s\nwant:\n%s", got, want)
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		runOK(t, "load-tables", tables, "--dsn", dsn)
		if got := runOK(t, "generate-dataset", "asthma.py", "--dsn", dsn); got != want {
			t.Errorf("differs:\n%s\nwant:\n%s", got, want)
		}
	})
}

// A database error stops the run with exit code 5 and leaves no output.
func TestDatabaseErrorLeavesNoOutput(t *testing.T) {
	t.Chdir("../../examples/study")
	dsn := testdb.DuckDB(t)
	runOK(t, "load-tables", "dummy_tables", "--dsn", dsn)
	db, err := loadtables.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DROP TABLE medications"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out := filepath.Join(t.TempDir(), "dataset.arrow")
	code, _, errOut := run(t, Ehrql(), "generate-dataset", "analysis/dataset_definition.py", "--dsn", dsn, "--output", out)
	if code != 5 || !strings.Contains(errOut, "medications") || !strings.Contains(errOut, "Database error") {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 0 {
		t.Errorf("a failed run left files: %v", entries)
	}
}
