package ehrql

import (
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// globalsCases run a definition and compare named globals (Format for
// ehrQL values, repr otherwise), or expect an exact error.
var globalsCases = []struct {
	name    string
	src     string
	files   map[string]string
	args    []string
	want    map[string]string
	wantErr string
}{
	{name: "codelist", src: `
from ehrql import codelist_from_csv
from pathlib import Path
a = codelist_from_csv("codelists/a.csv", column="code")
b = codelist_from_csv(Path("codelists") / "a.csv", column="code", category_column="cat")
c = codelist_from_csv("codelists/crlf.csv", column="code", category_column=" term")
`, files: map[string]string{
		"codelists/a.csv":    "code,cat\n415270003, a\n,b\n415270003,c\n123456,d\n",
		"codelists/crlf.csv": "code, term\r\n1234567,x\r\n",
	}, want: map[string]string{
		"a": "['415270003', '123456']",
		"b": "{'415270003': 'c', '123456': 'd'}",
		"c": "{'1234567': 'x'}",
	}},
	{name: "codelist_missing", src: `
from ehrql import codelist_from_csv
a = codelist_from_csv("codelists/nope.csv", column="code")
`, wantErr: "CodelistError: No CSV file at codelists/nope.csv"},
	{name: "codelist_backslash", src: `
from ehrql.codes import codelist_from_csv
a = codelist_from_csv("codelists\\nope.csv", column="code")
`, wantErr: "CodelistError: No CSV file at codelists\\nope.csv\n\nHINT: Use forward slash (/) instead of backslash (\\) in file paths"},
	{name: "codelist_column", src: `
from ehrql import codelist_from_csv
a = codelist_from_csv("codelists/a.csv", column="id")
`, files: map[string]string{"codelists/a.csv": "code, term\n1234567,x\n"}, wantErr: "CodelistError: No column 'id' in CSV"},
	{name: "codelist_is_value_error", src: `
from ehrql import codelist_from_csv
try:
    codelist_from_csv("nope.csv", column="code")
except ValueError:
    ok = True
`, want: map[string]string{"ok": "True"}},
	{name: "codelist_wrong_system", src: `
from ehrql import codelist_from_csv
from ehrql.tables.core import clinical_events as e
cl = codelist_from_csv("c.csv", column="code")
x = e.snomedct_code.is_in(cl)
`, files: map[string]string{"c.csv": "code\nXaIvY\n"}, wantErr: "ValueError: Invalid SNOMEDCTCode: XaIvY"},
	{name: "parameters", src: `
from ehrql import get_parameter
a = get_parameter("start")
b = get_parameter("n", type=int)
c = get_parameter("missing", default="x")
d = get_parameter("many")
e = get_parameter("flag", type=bool)
`, args: []string{"--start", "2020-01-01", "--n=3", "--many", "a", "b", "--flag", "true"},
		want: map[string]string{"a": "'2020-01-01'", "b": "3", "c": "'x'", "d": "['a', 'b']", "e": "True"}},
	{name: "parameter_missing", src: `
from ehrql import get_parameter
a = get_parameter("start")
`, wantErr: "ParameterError: parameter `start` defined but no values found"},
	{name: "table_from_file_decorator", src: `
from ehrql.query_language import table_from_file, PatientFrame, Series
from datetime import date
@table_from_file("output/index.csv")
class index(PatientFrame):
    index_date = Series(date)
    n = Series(int)
x = index.index_date
y = index.exists_for_patient()
`, files: map[string]string{"output/index.csv": "patient_id,index_date,n\n1,2020-01-01,3\n2,,\n"},
		want: map[string]string{
			"x": "SelectColumn(InlinePatientTable(index_date n), index_date)",
			"y": "AggregateByPatient.Exists(InlinePatientTable(index_date n))",
		}},
	{name: "table_from_file_bad_row", src: `
from ehrql.tables import table_from_file, PatientFrame, Series
from datetime import date
@table_from_file("output/index.csv")
class index(PatientFrame):
    index_date = Series(date)
`, files: map[string]string{"output/index.csv": "patient_id,index_date\n1,2020-13-01\n"},
		wantErr: "FileValidationError: output/index.csv: row 1: column 'index_date': Dates must be in YYYY-MM-DD format: '2020-13-01'"},
	{name: "table_from_file_missing_column", src: `
from ehrql import table_from_file
t = table_from_file("t.csv", columns={"d": int})
`, files: map[string]string{"t.csv": "patient_id,x\n1,2\n"}, wantErr: "FileValidationError: t.csv: Missing columns: d"},
	{name: "table_from_file_missing_file", src: `
from ehrql import table_from_file
from datetime import date
t = table_from_file("output/t.csv.gz", columns={"d": date})
`, wantErr: "FileValidationError: File not found: output/t.csv.gz"},
	{name: "table_from_rows", src: `
from ehrql.tables import table_from_rows, PatientFrame, Series
@table_from_rows([(1, 10), (2, 20)])
class t(PatientFrame):
    i = Series(int)
x = t.i + 1
`, want: map[string]string{"x": "Function.Add(SelectColumn(InlinePatientTable(i), i), 1)"}},
	{name: "legacy_modules_share_tables", src: `
from ehrql.tables.beta import tpp as schema
from databuilder.tables.beta.tpp import patients as p2
from ehrql.tables.core import patients as p3
from databuilder.ehrql import Dataset, case
import ehrql.tables
x = schema.clinical_events.date
same = p2 is p3 and schema.patients is p3
cls = type(schema.clinical_events).__name__
sub = ehrql.tables.tpp.apcs.admission_date
h = schema.hospital_admissions.admission_method
`, want: map[string]string{
		"x":    "SelectColumn(SelectTable(clinical_events), date)",
		"same": "True",
		"cls":  "'clinical_events'",
		"sub":  "SelectColumn(SelectTable(apcs), admission_date)",
		"h":    "SelectColumn(SelectTable(hospital_admissions), admission_method)",
	}},
	{name: "frame_attributes", src: `
from ehrql.tables.tpp import clinical_events as e
f = e.where(e.date > "2020-01-01")
f.first_date = f.sort_by(f.date).first_for_patient().date
y = f.first_date.year
is_frame = isinstance(f, __import__("ehrql.query_language").query_language.EventFrame)
`, want: map[string]string{
		"y":        "Function.YearFromDate(SelectColumn(Pick(first, Sort(Filter(SelectTable(clinical_events), Function.GT(SelectColumn(SelectTable(clinical_events), date), date(2020-01-01))), SelectColumn(Filter(SelectTable(clinical_events), Function.GT(SelectColumn(SelectTable(clinical_events), date), date(2020-01-01))), date))), date))",
		"is_frame": "True",
	}},
	{name: "series_as_dict_values_and_getattr", src: `
from functools import reduce
import operator
from ehrql.tables.tpp import emergency_care_attendances as ec
conds = {i: getattr(ec, f"diagnosis_{i:02d}") == "1234567" for i in range(1, 3)}
x = reduce(operator.or_, conds.values())
`, want: map[string]string{
		"x": `Function.Or(Function.EQ(SelectColumn(SelectTable(emergency_care_attendances), diagnosis_01), SNOMEDCTCode("1234567")), Function.EQ(SelectColumn(SelectTable(emergency_care_attendances), diagnosis_02), SNOMEDCTCode("1234567")))`,
	}},
	{name: "version_and_error_class", src: `
import ehrql
v = isinstance(ehrql.__version__, str)
try:
    abs(ehrql.tables.core.clinical_events.count_for_patient())
except ehrql.Error as e:
    msg = str(e)
`, want: map[string]string{"v": "True", "msg": "'Instead of abs(x) use x.absolute()'"}},
}

func TestGlobals(t *testing.T) {
	for _, c := range globalsCases {
		t.Run(c.name, func(t *testing.T) {
			mod, _, err := runSource(t, c.src, c.files, c.args...)
			if c.wantErr != "" {
				if got := excMessage(err); got != c.wantErr {
					t.Fatalf("error\n got: %q\nwant: %q", got, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for name, want := range c.want {
				if got := formatGlobal(t, mod, name); got != want {
					t.Errorf("%s\n got: %s\nwant: %s", name, got, want)
				}
			}
		})
	}
}

func TestPermissionsAndShow(t *testing.T) {
	_, a, err := runSource(t, `
from ehrql import claim_permissions, show
from ehrql.tables.tpp import appointments
claim_permissions("appointments")
claim_permissions("appointments", "ukrr")
show(appointments.count_for_patient(), label="x")
`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.ClaimedPermissions(), ","); got != "appointments,ukrr" {
		t.Errorf("claimed = %s", got)
	}
	if s := a.Shows(); len(s) != 1 || s[0].Label != "x" || s[0].Line != 6 {
		t.Errorf("shows = %+v", s)
	}
}

// extractCases check Extract's slots.
var extractCases = []struct {
	name string
	src  string
	// errs lists the slots expected to hold errors, as "slot: message".
	errs []string
}{
	{"no_dataset", "x = 1\n", []string{
		"dataset: Did not find a variable called 'dataset' in dataset definition file",
		"measures: Did not find a variable called 'measures' in measures definition file",
		"test_data: No 'test_data' variable defined",
	}},
	{"wrong_types", "dataset = 1\nmeasures = 2\n", []string{
		"dataset: 'dataset' must be an instance of ehrql.Dataset",
		"measures: 'measures' must be an instance of ehrql.Measures",
		"test_data: No 'test_data' variable defined",
	}},
	{"no_population", "from ehrql import create_dataset, create_measures\ndataset = create_dataset()\nmeasures = create_measures()\ntest_data = {}\n", []string{
		"dataset: A population has not been defined; define one with define_population()",
		"measures: No measures defined",
	}},
}

func TestExtractErrors(t *testing.T) {
	for _, c := range extractCases {
		t.Run(c.name, func(t *testing.T) {
			mod, a, err := runSource(t, c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			md, err := a.Extract(mod)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, slot := range []string{"dataset", "measures", "test_data"} {
				if e, ok := md.Errors[slot]; ok {
					got = append(got, slot+": "+e.Message)
					if e.ExitCode != 10 {
						t.Errorf("%s exit code %d", slot, e.ExitCode)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.errs, "\n") {
				t.Errorf("errors\n got: %q\nwant: %q", got, c.errs)
			}
		})
	}
}

func TestExtractMeasures(t *testing.T) {
	mod, a, err := runSource(t, `
from ehrql import create_measures, INTERVAL, months, years
from ehrql.tables.core import patients, medications
measures = create_measures()
measures.define_defaults(intervals=months(2).starting_on("2020-01-01"))
num = medications.where(medications.date.is_during(INTERVAL)).exists_for_patient()
den = patients.exists_for_patient()
measures.define_measure("m1", numerator=num, denominator=den, group_by={"sex": patients.sex})
measures.define_measure("m2", numerator=num, denominator=den, intervals=years(1).ending_on("2020-12-31"))
measures.configure_disclosure_control(enabled=False)
measures.configure_dummy_data(population_size=50)
`, nil)
	if err != nil {
		t.Fatal(err)
	}
	md, err := a.Extract(mod)
	if err != nil {
		t.Fatal(err)
	}
	ms := md.Measures.Measures
	if len(ms) != 2 || ms[0].Name != "m1" || ms[1].Name != "m2" {
		t.Fatalf("measures = %+v", ms)
	}
	if got := len(ms[0].Intervals); got != 2 {
		t.Errorf("m1 intervals = %d", got)
	}
	if iv := ms[1].Intervals; len(iv) != 1 || iv[0].Start.String() != "2020-01-01" || iv[0].End.String() != "2020-12-31" {
		t.Errorf("m2 intervals = %v", iv)
	}
	if len(ms[0].GroupBy) != 1 || ms[0].GroupBy[0].Name != "sex" || len(ms[1].GroupBy) != 0 {
		t.Errorf("group by = %v / %v", ms[0].GroupBy, ms[1].GroupBy)
	}
	if md.MeasuresDisclosureControlConfig.Enabled || md.MeasuresDummyDataConfig.PopulationSize != 50 {
		t.Errorf("configs = %+v %+v", md.MeasuresDisclosureControlConfig, md.MeasuresDummyDataConfig)
	}
	if _, err := querymodel.Marshal(md); err != nil {
		t.Fatal(err)
	}
}

var measureErrorCases = []struct{ name, src, want string }{
	{"duplicate", `measures.define_measure("m", numerator=den, denominator=den, intervals=[(date(2020,1,1), date(2020,1,31))])
measures.define_measure("m", numerator=den, denominator=den, intervals=[("2020-01-01", "2020-01-31")])`, "Error: Measure already defined with name: m"},
	{"no_numerator", `measures.define_measure("m", denominator=den, intervals=[("2020-01-01", "2020-01-31")])`,
		"Error: No value supplied for 'numerator' and no default defined"},
	{"numerator_type", `measures.define_measure("m", numerator=patients.sex, denominator=den, intervals=[("2020-01-01", "2020-01-31")])`,
		"TypeError: Expecting a boolean or integer series, got series of type 'str'"},
	{"inconsistent_group", `measures.define_defaults(denominator=den, intervals=[("2020-01-01", "2020-01-31")])
measures.define_measure("a", numerator=den, group_by={"g": patients.sex})
measures.define_measure("b", numerator=den, group_by={"g": patients.date_of_birth.year})`,
		"Error: Inconsistent definition for `group_by` column: g"},
	{"bare_duration", `measures.define_measure("a", numerator=den, denominator=den, intervals=months(12))`,
		"TypeError: You must supply a date using `months(12).starting_on('<DATE>')` or `months(12).ending_on('<DATE>')`"},
	{"reserved_group", `measures.define_measure("a", numerator=den, denominator=den, intervals=[("2020-01-01", "2020-01-31")], group_by={"ratio": patients.sex})`,
		"ValueError: disallowed `group_by` column name: ratio"},
	{"defaults_twice", "measures.define_defaults()\nmeasures.define_defaults()",
		"Error: Defaults already set; cannot call `define_defaults()` more than once"},
}

func TestMeasureErrors(t *testing.T) {
	for _, c := range measureErrorCases {
		t.Run(c.name, func(t *testing.T) {
			src := "from ehrql import *\nfrom datetime import date\nfrom ehrql.tables.core import patients\nmeasures = Measures()\nden = patients.exists_for_patient()\n" + c.src + "\n"
			_, _, err := runSource(t, src, nil)
			if got := excMessage(err); got != c.want {
				t.Errorf("got: %q\nwant: %q", got, c.want)
			}
		})
	}
}

func TestTestDataEncoding(t *testing.T) {
	mod, a, err := runSource(t, `
from datetime import date
test_data = {1: {"patients": {"date_of_birth": date(2000, 1, 1), "sex": "male"}, "events": [], "expected_in_population": True, "expected_columns": {"n": 1.5}}}
`, nil)
	if err != nil {
		t.Fatal(err)
	}
	md, _ := a.Extract(mod)
	want := `{"dict": [[1, {"dict": [["patients", {"dict": [["date_of_birth", {"date": "2000-01-01"}], ["sex", "male"]]}], ["events", []], ["expected_in_population", true], ["expected_columns", {"dict": [["n", 1.5]]}]]}]]}`
	if string(md.TestData) != want {
		t.Errorf("got  %s\nwant %s", md.TestData, want)
	}
}

func TestTruthOfHelpers(t *testing.T) {
	// Frames are ordinary true objects; series are not.
	mod, _, err := runSource(t, "from ehrql.tables.core import patients\nx = bool(patients)\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := mod.Globals.Get("x"); v != python.True {
		t.Errorf("bool(patients) = %v", v)
	}
}
