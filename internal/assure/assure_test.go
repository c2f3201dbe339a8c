package assure

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func date(y int, m time.Month, d int) querymodel.CalendarDate {
	return querymodel.CalendarDate{Year: y, Month: m, Day: d}
}

func TestParse(t *testing.T) {
	raw := `{"dict": [[7, {"dict": [
		["patients", {"dict": [["date_of_birth", {"date": "1980-01-01"}], ["sex", "female"]]}],
		["events", [{"dict": [["code", {"SNOMEDCTCode": "123"}], ["value", 1.5], ["n", 2], ["flag", true], ["x", null]]}]],
		["expected_columns", {"dict": [["pair", {"tuple": [1, "a"]}]]}]
	]}]]}`
	got, err := Parse(json.RawMessage(raw))
	if err != nil {
		t.Fatal(err)
	}
	want := []Patient{{ID: 7, Data: Dict{
		{"patients", Dict{{"date_of_birth", date(1980, 1, 1)}, {"sex", "female"}}},
		{"events", List{Dict{
			{"code", codes.Code{System: codes.SNOMEDCT, Value: "123"}},
			{"value", 1.5}, {"n", int64(2)}, {"flag", true}, {"x", nil},
		}}},
		{"expected_columns", Dict{{"pair", Tuple{int64(1), "a"}}}},
	}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse:\n got %#v\nwant %#v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{`[1, 2]`, "'test_data' must be a dict of patient ids to test data, got list"},
		{`{"dict": [["a", {"dict": []}]]}`, "patient ids in 'test_data' must be integers, got 'a'"},
		{`{"dict": [[1, [1]]]}`, "the test data of patient 1 must be a dict, got list"},
		{`{"dict": [[1, {"dict": []}], [1, {"dict": []}]]}`, "patient id 1 appears more than once in 'test_data'"},
		{`{"dict": [[1, {"date": "2021-02-30"}]]}`, "assure: cannot decode test_data"},
		{`{"dict": [[1, {"Weird": 1}]]}`, `unsupported value tagged "Weird"`},
		{`{"dict": [[1, inf]]}`, "assure: cannot decode test_data"},
	} {
		_, err := Parse(json.RawMessage(c.raw))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%s): error %v, want %q", c.raw, err, c.want)
		}
		var de *querymodel.DefinitionError
		if strings.HasPrefix(c.want, "'test_data'") && (!errors.As(err, &de) || de.ExitCode != 10) {
			t.Errorf("Parse(%s): %T, want a DefinitionError with exit code 10", c.raw, err)
		}
	}
}

func TestPythonValues(t *testing.T) {
	snomed := codes.Code{System: codes.SNOMEDCT, Value: "123"}
	for _, c := range []struct {
		v         any
		str, repr string
	}{
		{nil, "None", "None"},
		{true, "True", "True"},
		{int64(-3), "-3", "-3"},
		{2.0, "2.0", "2.0"},
		{1e-05, "1e-05", "1e-05"},
		{"it's", "it's", `"it's"`},
		{"a'b\"c\n", "a'b\"c\n", `'a\'b"c\n'`},
		{date(2020, 1, 5), "2020-01-05", "datetime.date(2020, 1, 5)"},
		{snomed, "123", "SNOMEDCTCode('123')"},
		{List{int64(1), "x"}, "[1, 'x']", "[1, 'x']"},
		{Tuple{int64(1)}, "(1,)", "(1,)"},
		{Dict{{"a", nil}}, "{'a': None}", "{'a': None}"},
	} {
		if got := pyStr(c.v); got != c.str {
			t.Errorf("pyStr(%#v) = %q, want %q", c.v, got, c.str)
		}
		if got := pyRepr(c.v); got != c.repr {
			t.Errorf("pyRepr(%#v) = %q, want %q", c.v, got, c.repr)
		}
	}
}

func TestEqual(t *testing.T) {
	snomed := codes.Code{System: codes.SNOMEDCT, Value: "123"}
	ctv3 := codes.Code{System: codes.CTV3, Value: "123"}
	for _, c := range []struct {
		a, b any
		want bool
	}{
		{nil, nil, true},
		{nil, int64(0), false},
		{int64(0), nil, false},
		{int64(74), 74.0, true},
		{true, int64(1), true},
		{false, 0.0, true},
		{int64(1) << 62, float64(int64(1)<<62) + 1, true}, // as in Python: the float is exactly 2**62
		{int64(3), int64(4), false},
		{0.1, 0.1, true},
		{"a", "a", true},
		{"1", int64(1), false},
		{"123", snomed, true},
		{snomed, "123", true},
		{snomed, ctv3, false},
		{date(2020, 1, 1), date(2020, 1, 1), true},
		{"2020-01-01", date(2020, 1, 1), false},
		{List{int64(1)}, List{1.0}, true},
		{List{int64(1)}, Tuple{int64(1)}, false},
		{Dict{{"a", int64(1)}, {"b", nil}}, Dict{{"b", nil}, {"a", 1.0}}, true},
		{Dict{{"a", int64(1)}}, Dict{{"a", int64(2)}}, false},
	} {
		if got := equal(c.a, c.b); got != c.want {
			t.Errorf("equal(%#v, %#v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestReportString(t *testing.T) {
	ok := &Report{}
	if got, want := ok.String(), "Validate test data: All OK!\nValidate results: All OK!\n"; got != want || !ok.OK() {
		t.Errorf("empty report: %q (OK %v), want %q", got, ok.OK(), want)
	}
	r := &Report{
		Data: []PatientProblems{{Patient: 1, Problems: []Problem{
			InvalidValues{Table: "patients", Values: []InvalidValue{{"date_of_birth", "must be the first day of a month", "2020-01-05"}}},
		}}},
		Results: []PatientProblems{
			{Patient: 3, Problems: []Problem{InPopulation{}}},
			{Patient: 2, Problems: []Problem{UnexpectedValues{Values: []Mismatch{{"age", "73", "72"}}}}},
		},
	}
	want := `Validate test data: Found errors with 1 patient(s)
 * Patient 1 had 1 test data value(s) in table 'patients' that did not meet the constraint(s)
   * for column 'date_of_birth' with 'must be the first day of a month', got '2020-01-05'
Validate results: Found errors with 2 patient(s)
 * Patient 3 was unexpectedly in the population
 * Patient 2 had unexpected output value(s)
   * for column 'age', expected '73', got '72'
`
	if got := r.String(); got != want || r.OK() {
		t.Errorf("report:\n%s\nwant (the §12 example):\n%s", got, want)
	}
}

// loadDataset loads a definition written into a temporary project.
func loadDataset(t *testing.T, src string) *querymodel.Dataset {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("def.py", []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	md, err := ehrql.Load(loader.Options{Path: "def.py", Log: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	if e := md.Errors["dataset"]; e != nil {
		t.Fatal(e)
	}
	return md.Dataset
}

// TestCheckTablesSharingAName: a dataset reading two tables both called
// "patients" (core and EMIS) takes one entry for both; columns of either
// are valid and each table is loaded with its own schema.
func TestCheckTablesSharingAName(t *testing.T) {
	ds := loadDataset(t, `
from ehrql import create_dataset
from ehrql.tables import core, emis

dataset = create_dataset()
dataset.define_population(core.patients.exists_for_patient())
dataset.sex = core.patients.sex
dataset.imd = emis.patients.imd_rounded
`)
	patients := []Patient{
		{ID: 1, Data: Dict{
			{"patients", Dict{{"sex", "female"}, {"imd_rounded", int64(1200)}}},
			{"expected_columns", Dict{{"sex", "female"}, {"imd", int64(1200)}}},
		}},
		{ID: 2, Data: Dict{
			{"patients", Dict{{"sex", "male"}, {"imd_rounded", int64(1250)}, {"bogus", int64(1)}}},
			{"expected_columns", Dict{{"sex", "male"}, {"imd", int64(1250)}}},
		}},
	}
	r, err := Check(context.Background(), ds, patients)
	if err != nil {
		t.Fatal(err)
	}
	want := &Report{Data: []PatientProblems{{Patient: 2, Problems: []Problem{
		InvalidValues{Table: "patients", Values: []InvalidValue{{"imd_rounded", "must be between 0 and 32800 in steps of 100", "1250"}}},
		UnknownColumns{Table: "patients", Invalid: []string{"bogus"}, Valid: []string{
			"date_of_birth", "sex", "date_of_death", "registration_start_date", "registration_end_date",
			"practice_pseudo_id", "rural_urban_classification", "imd_rounded",
		}},
	}}}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("report:\n got %#v\nwant %#v", r, want)
	}
}

// TestRun runs the test files of testdata through Run and checks the
// error types; the CLI test checks their reports byte for byte.
func TestRun(t *testing.T) {
	src, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(src)
	run := func(file string, args ...string) (string, error) {
		var out bytes.Buffer
		err := Run(context.Background(), Options{File: file, UserArgs: args, Report: &out, Log: &bytes.Buffer{}})
		return out.String(), err
	}
	if out, err := run("test_all_ok.py"); err != nil || out != "Validate test data: All OK!\nValidate results: All OK!\n" {
		t.Errorf("test_all_ok.py: %q, %v", out, err)
	}
	if _, err := run("test_user_args.py", "--born", "1990"); err != nil {
		t.Errorf("test_user_args.py: %v", err)
	}
	out, err := run("test_population.py")
	var ae *Error
	if !errors.As(err, &ae) || ae.ExitCode() != 13 || len(ae.Report.Results) != 2 || ae.Report.String() != out {
		t.Errorf("test_population.py: %v (report %q)", err, out)
	}
	_, err = run("test_no_test_data.py")
	var de *querymodel.DefinitionError
	if !errors.As(err, &de) || de.Message != "No 'test_data' variable defined" || de.ExitCode != 10 {
		t.Errorf("test_no_test_data.py: %#v", err)
	}
	_, err = run("no_such_file.py")
	var le *loader.DefinitionError
	if !errors.As(err, &le) {
		t.Errorf("missing file: %T %v, want a loader error", err, err)
	}
}

func TestTruthy(t *testing.T) {
	for _, c := range []struct {
		v    any
		want bool
	}{
		{nil, false}, {false, false}, {true, true}, {int64(0), false}, {int64(2), true},
		{0.0, false}, {0.5, true}, {"", false}, {"no", true}, {List{}, false}, {Dict{{"a", nil}}, true},
		{date(2020, 1, 1), true},
	} {
		if got := truthy(c.v); got != c.want {
			t.Errorf("truthy(%#v) = %v, want %v", c.v, got, c.want)
		}
	}
}
