package measures

import (
	"context"
	"errors"
	"github.com/opensafely-go/opensafely/internal/generate"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/fileformats"
)

// project writes files (name → content) into a temporary project
// directory and makes it the working directory.
func project(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

// run runs GenerateMeasures over dummy_tables and returns what it wrote to
// standard output.
func run(t *testing.T, output string) string {
	t.Helper()
	out := fileformats.Console
	if output != "" {
		var err error
		if out, err = fileformats.ParseOutputPath(output); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, log strings.Builder
	err := GenerateMeasures(context.Background(), Options{
		Definition:  "measures.py",
		Output:      out,
		DummyTables: "dummy_tables",
		Stdout:      &stdout,
		Log:         &log,
	})
	if err != nil {
		t.Fatalf("GenerateMeasures: %v\n%s", err, log.String())
	}
	return stdout.String()
}

// csv turns a literal with \n line ends into the CRLF CSV we write.
func csv(s string) string {
	return strings.ReplaceAll(strings.TrimLeft(s, "\n"), "\n", "\r\n")
}

func check(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\ngot:\n%s\nwant:\n%s", what, got, want)
	}
}

const basicDefinition = `
from ehrql import INTERVAL, create_measures, months
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
registered = patients.exists_for_patient()
measures.define_defaults(intervals=months(2).starting_on("2023-01-01"))
measures.define_measure("had_event", numerator=events.exists_for_patient(), denominator=registered)
measures.define_measure(
    "events_by_sex",
    numerator=events.count_for_patient(),
    denominator=registered,
    group_by={"sex": patients.sex},
)
`

// Patient 4 has no sex; patient 5 has events but no patients row, so is
// in no denominator. Events fall on month ends and month starts.
var basicTables = map[string]string{
	"dummy_tables/patients.csv": `patient_id,date_of_birth,sex
1,1980-01-01,female
2,1990-01-01,male
3,2000-01-01,female
4,1970-01-01,
`,
	"dummy_tables/clinical_events.csv": `patient_id,date,snomedct_code
1,2023-01-31,123456
1,2023-02-01,123456
2,2023-01-15,123456
3,2023-02-28,123456
3,2023-03-01,123456
3,2022-12-31,123456
5,2023-01-10,123456
`,
}

func withDefinition(def string, tables map[string]string) map[string]string {
	files := map[string]string{"measures.py": def}
	for k, v := range tables {
		files[k] = v
	}
	return files
}

func TestMonthlyGroupedMeasures(t *testing.T) {
	project(t, withDefinition(basicDefinition, basicTables))
	want := csv(`
measure,interval_start,interval_end,ratio,numerator,denominator,sex
had_event,2023-01-01,2023-01-31,0.5,2,4,
events_by_sex,2023-01-01,2023-01-31,0.5,1,2,female
events_by_sex,2023-01-01,2023-01-31,1.0,1,1,male
events_by_sex,2023-01-01,2023-01-31,0.0,0,1,
had_event,2023-02-01,2023-02-28,0.5,2,4,
events_by_sex,2023-02-01,2023-02-28,1.0,2,2,female
events_by_sex,2023-02-01,2023-02-28,0.0,0,1,male
events_by_sex,2023-02-01,2023-02-28,0.0,0,1,
`)
	check(t, "console", run(t, ""), want)

	run(t, "output/measures.csv")
	data, err := os.ReadFile("output/measures.csv")
	if err != nil {
		t.Fatal(err)
	}
	check(t, "file", string(data), want)
}

func TestOneFilePerMeasure(t *testing.T) {
	project(t, withDefinition(basicDefinition, basicTables))
	run(t, "output/measures/:csv")
	want := map[string]string{
		"had_event.csv": csv(`
interval_start,interval_end,ratio,numerator,denominator
2023-01-01,2023-01-31,0.5,2,4
2023-02-01,2023-02-28,0.5,2,4
`),
		"events_by_sex.csv": csv(`
interval_start,interval_end,ratio,numerator,denominator,sex
2023-01-01,2023-01-31,0.5,1,2,female
2023-01-01,2023-01-31,1.0,1,1,male
2023-01-01,2023-01-31,0.0,0,1,
2023-02-01,2023-02-28,1.0,2,2,female
2023-02-01,2023-02-28,0.0,0,1,male
2023-02-01,2023-02-28,0.0,0,1,
`),
	}
	entries, _ := os.ReadDir("output/measures")
	if len(entries) != len(want) {
		t.Errorf("got %d files, want %d", len(entries), len(want))
	}
	for name, w := range want {
		data, err := os.ReadFile(filepath.Join("output/measures", name))
		if err != nil {
			t.Fatal(err)
		}
		check(t, name, string(data), w)
	}
}

// Weekly intervals across a year end; an integer denominator (only
// patients with a positive value count, and sum); groups defined in order
// (denominator, intervals); two group-by columns, one shared.
func TestWeeksIntegerDenominatorAndGroupOrder(t *testing.T) {
	def := `
from ehrql import INTERVAL, create_measures, weeks
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
n = events.count_for_patient()
big = events.where(clinical_events.numeric_value > 10).count_for_patient()
old = patients.date_of_birth < INTERVAL.start_date - weeks(52 * 40)
measures.define_measure("big_share", numerator=big, denominator=n,
    intervals=weeks(2).starting_on("2023-12-25"), group_by={"sex": patients.sex, "old": old})
measures.define_measure("anyone", numerator=n, denominator=patients.exists_for_patient(),
    intervals=weeks(1).ending_on("2024-01-07"))
measures.define_measure("big_share_old", numerator=big, denominator=n,
    intervals=weeks(2).starting_on("2023-12-25"), group_by={"old": old})
`
	project(t, withDefinition(def, map[string]string{
		"dummy_tables/patients.csv": `patient_id,date_of_birth,sex
1,1950-01-01,female
2,1990-01-01,male
3,1960-01-01,female
`,
		"dummy_tables/clinical_events.csv": `patient_id,date,snomedct_code,numeric_value
1,2023-12-25,123456,20.0
1,2023-12-31,123456,5.0
1,2024-01-01,123456,
2,2023-12-24,123456,50.0
2,2024-01-07,123456,11.0
2,2024-01-08,123456,11.0
3,2023-12-31,123456,10.0
`,
	}))
	// Week 1 (2023-12-25..31): p1 n=2 big=1; p3 n=1 big=0 (both female,
	// old: one combination); p2 n=0 (out).
	// Week 2 (2024-01-01..07): p1 n=1 big=0; p2 n=1 big=1; p3 n=0 (out).
	// old: born before start - 280 weeks ≈ 1970s cut-off; p1, p3 old.
	want := csv(`
measure,interval_start,interval_end,ratio,numerator,denominator,sex,old
big_share,2023-12-25,2023-12-31,0.3333333333333333,1,3,female,T
big_share_old,2023-12-25,2023-12-31,0.3333333333333333,1,3,,T
big_share,2024-01-01,2024-01-07,0.0,0,1,female,T
big_share,2024-01-01,2024-01-07,1.0,1,1,male,F
big_share_old,2024-01-01,2024-01-07,0.0,0,1,,T
big_share_old,2024-01-01,2024-01-07,1.0,1,1,,F
anyone,2024-01-01,2024-01-07,0.6666666666666666,2,3,,
`)
	check(t, "weeks", run(t, ""), want)
}

const disclosureDefinition = `
from ehrql import INTERVAL, create_measures, years
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
measures.define_measure("m", numerator=events.exists_for_patient(),
    denominator=patients.exists_for_patient(), group_by={"sex": patients.sex},
    intervals=years(1).starting_on("2023-01-01"))
`

func TestDisclosureControl(t *testing.T) {
	// female: 23 patients, 8 with an event → 25 and 10, ratio 0.4;
	// male: 13 patients, 5 with an event → 15 and 0, ratio 0.0;
	// intersex: 6 patients, all with events → 0 and 0, ratio NULL.
	var pats, evs strings.Builder
	pats.WriteString("patient_id,date_of_birth,sex\n")
	evs.WriteString("patient_id,date,snomedct_code\n")
	id := 0
	add := func(sex string, n, withEvent int) {
		for i := 0; i < n; i++ {
			id++
			pats.WriteString(strconv.Itoa(id) + ",1980-01-01," + sex + "\n")
			if i < withEvent {
				evs.WriteString(strconv.Itoa(id) + ",2023-06-01,123456\n")
			}
		}
	}
	add("female", 23, 8)
	add("male", 13, 5)
	add("intersex", 6, 6)
	project(t, withDefinition(disclosureDefinition, map[string]string{
		"dummy_tables/patients.csv":        pats.String(),
		"dummy_tables/clinical_events.csv": evs.String(),
	}))
	want := csv(`
measure,interval_start,interval_end,ratio,numerator,denominator,sex
m,2023-01-01,2023-12-31,0.4,10,25,female
m,2023-01-01,2023-12-31,0.0,0,15,male
m,2023-01-01,2023-12-31,,0,0,intersex
`)
	check(t, "disclosure control", run(t, ""), want)
}

func TestRoundCount(t *testing.T) {
	for _, c := range []struct{ in, want int64 }{
		{-3, 0}, {0, 0}, {1, 0}, {7, 0}, {8, 10}, {9, 10}, {10, 10}, {12, 10}, {13, 15},
		{17, 15}, {18, 20}, {22, 20}, {23, 25}, {1002, 1000}, {1003, 1005},
	} {
		if got := roundCount(c.in); got != c.want {
			t.Errorf("roundCount(%d) = %d, want %d", c.in, got, c.want)
		}
	}
	r := Row{Numerator: 8, Denominator: 7}
	ApplyDisclosureControl(&r)
	if r.Numerator != 10 || r.Denominator != 0 || r.RatioValid {
		t.Errorf("ApplyDisclosureControl: %+v", r)
	}
}

// An ungrouped measure with nobody in its denominator still has a row.
func TestEmptyDenominator(t *testing.T) {
	def := `
from ehrql import INTERVAL, create_measures, months
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
has = clinical_events.where(clinical_events.date.is_during(INTERVAL)).exists_for_patient()
measures.define_measure("m", numerator=has, denominator=has,
    intervals=months(2).starting_on("2024-01-01"))
`
	project(t, withDefinition(def, map[string]string{
		"dummy_tables/patients.csv":        "patient_id,date_of_birth,sex\n1,1980-01-01,female\n",
		"dummy_tables/clinical_events.csv": "patient_id,date,snomedct_code\n1,2024-02-29,123456\n",
	}))
	want := csv(`
measure,interval_start,interval_end,ratio,numerator,denominator
m,2024-01-01,2024-01-31,,0,0
m,2024-02-01,2024-02-29,1.0,1,1
`)
	check(t, "empty", run(t, ""), want)
}

func TestDummyDataFileIsValidatedAndCopied(t *testing.T) {
	project(t, withDefinition(basicDefinition, map[string]string{
		"dummy.csv": "measure,interval_start,interval_end,ratio,numerator,denominator,sex\nhad_event,2023-01-01,2023-01-31,0.5,1,2,\n",
		"bad.csv":   "measure,interval_start,interval_end,ratio,numerator,denominator\nhad_event,2023-01-01,2023-01-31,0.5,1,2\n",
	}))
	var stdout strings.Builder
	opts := Options{Definition: "measures.py", Output: fileformats.Console, DummyDataFile: "dummy.csv", Stdout: &stdout, Log: &strings.Builder{}}
	if err := GenerateMeasures(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	check(t, "copy", stdout.String(), csv("measure,interval_start,interval_end,ratio,numerator,denominator,sex\nhad_event,2023-01-01,2023-01-31,0.5,1,2,\n"))
	opts.DummyDataFile = "bad.csv"
	err := GenerateMeasures(context.Background(), opts)
	var fv *fileformats.FileValidationError
	if !errors.As(err, &fv) {
		t.Fatalf("missing column: got %v, want a FileValidationError", err)
	}
}

func TestGeneratedDummyData(t *testing.T) {
	project(t, map[string]string{"measures.py": basicDefinition + "measures.configure_dummy_data(population_size=20, timeout=20)\n"})
	var stdout, log strings.Builder
	err := GenerateMeasures(context.Background(), Options{Definition: "measures.py", Output: fileformats.Console, Stdout: &stdout, Log: &log})
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\r\n")
	if lines[0] != "measure,interval_start,interval_end,ratio,numerator,denominator,sex" || len(lines) < 3 {
		t.Fatalf("output:\n%s", stdout.String())
	}
	// had_event rows have denominator 20: every generated patient is in it.
	if !strings.HasPrefix(lines[1], "had_event,2023-01-01,2023-01-31,") || !strings.HasSuffix(lines[1], ",20,") {
		t.Errorf("first row %q", lines[1])
	}
}

func TestDefaultPopulationSize(t *testing.T) {
	project(t, map[string]string{"measures.py": basicDefinition})
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	// 1 denominator × 2 intervals × 1 group-by column × 10.
	if got := DefaultPopulationSize(details.Measures); got != 20 {
		t.Errorf("DefaultPopulationSize = %d, want 20", got)
	}
}

// Measures with different denominators and interval lists share one
// evaluation per distinct interval.
func TestOneEvaluationPerDistinctInterval(t *testing.T) {
	def := basicDefinition + `
measures.define_measure("feb_only", numerator=events.exists_for_patient(),
    denominator=events.exists_for_patient(), intervals=months(1).starting_on("2023-02-01"))
`
	project(t, withDefinition(def, basicTables))
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Dataset(details.Measures)
	if err != nil {
		t.Fatal(err)
	}
	src, err := generate.ReadDummyTables("dummy_tables", ds)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	rows, err := Compute(context.Background(), src, details.Measures, ComputeOptions{OnInterval: func(done, total int) {
		calls++
		if total != 2 {
			t.Errorf("total intervals %d, want 2", total)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("%d evaluations, want 2", calls)
	}
	// The feb_only group comes after the first group's rows: p1 and p3
	// have February events.
	last := rows[len(rows)-1]
	if last.Measure != "feb_only" || last.Numerator != 2 || last.Denominator != 2 || last.Ratio != 1 {
		t.Errorf("last row %+v", last)
	}
	if len(rows) != 9 {
		t.Errorf("%d rows, want 9", len(rows))
	}
}

func TestDummyDataDirectoryForDirectoryOutput(t *testing.T) {
	project(t, withDefinition(basicDefinition, map[string]string{
		"dummy/had_event.csv":     "interval_start,interval_end,ratio,numerator,denominator\n2023-01-01,2023-01-31,0.5,1,2\n",
		"dummy/events_by_sex.csv": "interval_start,interval_end,ratio,numerator,denominator,sex\n2023-01-01,2023-01-31,,0,0,male\n",
	}))
	out, err := fileformats.ParseOutputPath("output/:csv")
	if err != nil {
		t.Fatal(err)
	}
	err = GenerateMeasures(context.Background(), Options{Definition: "measures.py", Output: out, DummyDataFile: "dummy", Log: &strings.Builder{}})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("output/events_by_sex.csv")
	if err != nil {
		t.Fatal(err)
	}
	check(t, "copied", string(data), csv("interval_start,interval_end,ratio,numerator,denominator,sex\n2023-01-01,2023-01-31,,0,0,male\n"))
}

func TestProjectedTimeout(t *testing.T) {
	def := strings.Replace(basicDefinition, "months(2)", "months(13)", 1)
	project(t, withDefinition(def, basicTables))
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := Dataset(details.Measures)
	src, err := generate.ReadDummyTables("dummy_tables", ds)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compute(context.Background(), src, details.Measures, ComputeOptions{MaxRuntime: time.Nanosecond, Workers: 1})
	var te *TimeoutError
	if !errors.As(err, &te) || te.ExitCode() != 14 || te.Done != 12 || te.Total != 13 {
		t.Fatalf("got %v, want a TimeoutError after 12 of 13 intervals", err)
	}
	if _, err := Compute(context.Background(), src, details.Measures, ComputeOptions{MaxRuntime: -1}); err != nil {
		t.Fatalf("check disabled: %v", err)
	}
}
