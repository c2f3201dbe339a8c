package fileformats

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

func TestReadDummyTablesDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "patients.csv"), "patient_id,sex,date_of_birth,unused\n3,male,1980-01-01,x\n1,female,,x\n2,,1990-06-01,x\n")
	writeFile(t, filepath.Join(dir, "clinical_events.csv"), "patient_id,date,snomedct_code\n2,2020-01-01,123456\n1,2021-01-01,\n2,2019-01-01,654321\n")
	writeFile(t, filepath.Join(dir, "README.md"), "notes")
	writeFile(t, filepath.Join(dir, "other.txt~"), "backup")

	patients := schemaSpecs(t, "ehrql.tables.core", "patients")
	events := schemaSpecs(t, "ehrql.tables.core", "clinical_events")
	got, err := ReadDummyTables(dir+"/", []TableSpec{patients, events})
	if err != nil {
		t.Fatal(err)
	}
	p := got[0]
	if !slices.Equal(p.PatientIDs, []int64{1, 2, 3}) {
		t.Errorf("patient ids %v", p.PatientIDs)
	}
	if sex := p.Column("sex"); sex.Value(0) != "female" || sex.Value(1) != nil || sex.Value(2) != "male" {
		t.Errorf("sex %v", sex)
	}
	if dod := p.Column("date_of_death"); dod == nil || dod.Value(0) != nil || dod.Len() != 3 {
		t.Errorf("missing column should be all NULL: %+v", dod)
	}
	e := got[1]
	// Sorted by patient, stable within a patient.
	want := [][]any{{int64(1), date(2021, 1, 1)}, {int64(2), date(2020, 1, 1)}, {int64(2), date(2019, 1, 1)}}
	for i, w := range want {
		if e.PatientIDs[i] != w[0] || e.Column("date").Value(i) != w[1] {
			t.Errorf("event row %d = %v", i, e.Row(i))
		}
	}
	if e.Column("snomedct_code").Value(0) != nil || e.Column("snomedct_code").Value(1) != "123456" {
		t.Errorf("codes %v", e.Column("snomedct_code").Strs)
	}
}

func schemaSpecs(t *testing.T, module, attr string) TableSpec {
	t.Helper()
	tbl, ok := tables.Registry.LookupTable(module, attr)
	if !ok {
		t.Fatalf("no table %s.%s", module, attr)
	}
	return TableSpec{Name: tbl.TableName(), Columns: SpecsFromSchema(tbl.Schema)}
}

func TestSpecsFromSchema(t *testing.T) {
	specs := SpecsFromSchema(querymodel.MustTableSchema(
		querymodel.Column{Name: "sex", Type: querymodel.Str, Constraints: []querymodel.Constraint{
			querymodel.NotNull{}, querymodel.Categorical{Values: []any{"female", "male"}}}},
		querymodel.Column{Name: "age", Type: querymodel.Int, Constraints: []querymodel.Constraint{querymodel.ClosedRange{Min: 0, Max: 120, Step: 1}}},
		querymodel.Column{Name: "n", Type: querymodel.Int, Constraints: []querymodel.Constraint{querymodel.Categorical{Values: []any{1, 2}}}},
	))
	want := []ColumnSpec{
		PatientIDSpec(),
		// NotNull constraints are not enforced on files, as in the reference.
		{Name: "sex", Type: querymodel.Str, Categories: []any{"female", "male"}},
		{Name: "age", Type: querymodel.Int, Range: &IntRange{0, 120}},
		{Name: "n", Type: querymodel.Int, Categories: []any{int64(1), int64(2)}},
	}
	if len(specs) != len(want) {
		t.Fatalf("got %d specs", len(specs))
	}
	for i := range want {
		g, w := specs[i], want[i]
		if g.Name != w.Name || g.Type != w.Type || g.NotNull != w.NotNull || !sameRows([][]any{g.Categories}, [][]any{w.Categories}) ||
			(g.Range == nil) != (w.Range == nil) || g.Range != nil && *g.Range != *w.Range {
			t.Errorf("spec %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestReadTablesErrors(t *testing.T) {
	one := []TableSpec{{Name: "patients", Columns: []ColumnSpec{PatientIDSpec()}}}
	three := []TableSpec{
		{Name: "dataset", Columns: []ColumnSpec{PatientIDSpec()}},
		{Name: "events", Columns: []ColumnSpec{PatientIDSpec()}},
		{Name: "meds", Columns: []ColumnSpec{PatientIDSpec()}},
	}
	base := t.TempDir()
	chdir(t, base)

	_, err := ReadTables("nowhere", one, DummyTablesOptions)
	checkValidationError(t, err, "Missing file or directory: nowhere")

	os.Mkdir("empty", 0o777)
	writeFile(t, "empty/notes.txt", "")
	_, err = ReadTables("empty", one, DummyTablesOptions)
	checkValidationError(t, err, "No supported file formats found in: empty")

	writeFile(t, "mixed/a.csv", "patient_id\n")
	writeFile(t, "mixed/b.arrow", "")
	writeFile(t, "mixed/c.csv.gz", "")
	_, err = ReadTables("mixed/", one, DummyTablesOptions)
	checkValidationError(t, err, "Found multiple file formats (.arrow, .csv, .csv.gz) in: mixed")

	writeFile(t, "partial/dataset.csv", "patient_id\n1\n")
	_, err = ReadTables("partial", three, DummyTablesOptions)
	checkValidationError(t, err, "Missing file: partial/events.csv")

	writeFile(t, "output/data.csv", "patient_id\n1\n")
	_, err = ReadTables("output/data.csv", three, ReadOptions{})
	checkValidationError(t, err, "Attempting to read 3 tables, but input only provides a single table\n"+
		"      Try moving -> output/data.csv\n"+
		"              to -> output/data/dataset.csv\n"+
		"          adding -> events.csv, meds.csv\n"+
		"  and using path -> output/data/")
	// A single table may come from a single file.
	got, err := ReadTables("output/data.csv", one, ReadOptions{})
	if err != nil || got[0].Len() != 1 {
		t.Errorf("single file: %v, %v", got, err)
	}

	_, err = ReadTable("data.txt", one[0].Columns, ReadOptions{})
	checkValidationError(t, err, "Unsupported file type: .txt")
	_, err = ReadTable("missing.csv", one[0].Columns, ReadOptions{})
	checkValidationError(t, err, "Missing file: missing.csv")
	_, err = ReadTable("output", one[0].Columns, ReadOptions{})
	checkValidationError(t, err, "Unsupported file type: ")
}

func chdir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}

func TestCopyDataset(t *testing.T) {
	specs := []ColumnSpec{
		PatientIDSpec(),
		{Name: "age", Type: querymodel.Int, Range: &IntRange{0, 120}},
		{Name: "sex", Type: querymodel.Str, Categories: []any{"female", "male"}},
		{Name: "died", Type: querymodel.Bool},
	}
	dataset := []TableSpec{{Name: "dataset", Columns: specs}}
	dir := t.TempDir()
	src := writeFile(t, filepath.Join(dir, "dummy.csv"), "sex,patient_id,age,died,extra\nmale,2,40,T,x\nfemale,1,,F,y\n")

	// CSV in, Arrow out, file order kept.
	out, _ := ParseOutputPath(filepath.Join(dir, "out", "dataset.arrow"))
	if err := CopyDataset(src, dataset, out, nil); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTable(filepath.Join(dir, "out", "dataset.arrow"), specs, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{int64(2), int64(40), "male", true}, {int64(1), nil, "female", false}}
	if !sameRows(tableRows(got), want) {
		t.Errorf("got %v, want %v", tableRows(got), want)
	}

	// Arrow in, console out.
	var buf bytes.Buffer
	if err := CopyDataset(filepath.Join(dir, "out", "dataset.arrow"), dataset, Console, &buf); err != nil {
		t.Fatal(err)
	}
	if want := "patient_id,age,sex,died\r\n2,40,male,T\r\n1,,female,F\r\n"; buf.String() != want {
		t.Errorf("console %q, want %q", buf.String(), want)
	}

	// Every output column is required, and values are validated; nothing
	// is written on error.
	bad := writeFile(t, filepath.Join(dir, "bad.csv"), "patient_id,age,died\n1,2,T\n")
	out, _ = ParseOutputPath(filepath.Join(dir, "never", "dataset.csv"))
	err = CopyDataset(bad, dataset, out, nil)
	checkValidationError(t, err, "Missing columns: sex")
	bad = writeFile(t, filepath.Join(dir, "bad2.csv"), "patient_id,age,sex,died\n1,2,other,T\n")
	err = CopyDataset(bad, dataset, out, nil)
	checkValidationError(t, err, "row 1: column 'sex': 'other' not in valid categories: 'female', 'male'")
	if _, err := os.Stat(filepath.Join(dir, "never")); !os.IsNotExist(err) {
		t.Errorf("output directory created: %v", err)
	}
}
