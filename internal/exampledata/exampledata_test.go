package exampledata

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// TestColumnsMatchCoreSchemas: every written column exists in the core
// table of the same name with the same type.
func TestColumnsMatchCoreSchemas(t *testing.T) {
	for _, name := range TableNames {
		tbl, ok := tables.Lookup("ehrql.tables.core", name)
		if !ok {
			t.Fatalf("no core table %s", name)
		}
		schema := map[string]querymodel.Type{}
		for _, c := range tbl.Schema.Columns() {
			schema[c.Name] = c.Type
		}
		for _, c := range Spec(name)[1:] {
			if typ, ok := schema[c.Name]; !ok || typ != c.Type {
				t.Errorf("%s.%s: type %v, core schema has %v (present %v)", name, c.Name, c.Type, typ, ok)
			}
		}
	}
}

// TestPlausible checks the invariants the package documents over a
// larger population, reading the written files back.
func TestPlausible(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, fileformats.FormatArrow, Generate(Options{Patients: 2000, EventsPerPatient: 10, MedicationsPerPatient: 5, Seed: 7})); err != nil {
		t.Fatal(err)
	}
	read := func(name string) *fileformats.Table {
		tbl, err := fileformats.ReadTable(filepath.Join(dir, name+".arrow"), Spec(name), fileformats.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return tbl
	}
	today := DefaultToday
	pats := read("patients")
	if pats.Len() != 2000 {
		t.Fatalf("%d patients", pats.Len())
	}
	birth := map[int64]querymodel.CalendarDate{}
	death := map[int64]querymodel.CalendarDate{}
	sexes := map[string]int{}
	for i, id := range pats.PatientIDs {
		if id != int64(i+1) {
			t.Fatalf("row %d has patient %d", i, id)
		}
		dob := pats.Columns[0].Dates[i]
		if dob.Day != 1 || dob.Compare(today) > 0 {
			t.Errorf("patient %d born %v", id, dob)
		}
		birth[id] = dob
		sexes[pats.Columns[1].Strs[i]]++
		if !pats.Columns[2].IsNull(i) {
			d := pats.Columns[2].Dates[i]
			if d.Compare(dob) <= 0 || d.Compare(today) > 0 {
				t.Errorf("patient %d born %v died %v", id, dob, d)
			}
			death[id] = d
		}
	}
	if len(death) < 50 || len(death) > 400 || sexes["female"] < 800 || sexes["male"] < 800 {
		t.Errorf("%d deaths, sexes %v", len(death), sexes)
	}
	inLife := func(table string, id int64, d querymodel.CalendarDate) {
		end := today
		if dd, ok := death[id]; ok {
			end = dd
		}
		if d.Compare(birth[id]) < 0 || d.Compare(end) > 0 {
			t.Errorf("%s: patient %d (born %v, end %v) has a row dated %v", table, id, birth[id], end, d)
		}
	}
	regs := read("practice_registrations")
	open := map[int64]int{}
	for i, id := range regs.PatientIDs {
		start := regs.Columns[0].Dates[i]
		inLife("practice_registrations", id, start)
		if regs.Columns[1].IsNull(i) {
			open[id]++
		} else if end := regs.Columns[1].Dates[i]; end.Compare(start) < 0 {
			t.Errorf("patient %d registration %v..%v", id, start, end)
		}
	}
	for id := range birth {
		_, dead := death[id]
		if !dead && open[id] != 1 {
			t.Errorf("living patient %d has %d open registrations", id, open[id])
		}
	}
	for _, name := range []string{"clinical_events", "medications"} {
		tbl := read(name)
		if tbl.Len() < 2000*2 {
			t.Errorf("%s: only %d rows", name, tbl.Len())
		}
		for i, id := range tbl.PatientIDs {
			inLife(name, id, tbl.Columns[0].Dates[i])
			if i > 0 && id < tbl.PatientIDs[i-1] {
				t.Fatalf("%s not sorted by patient at row %d", name, i)
			}
		}
	}
	ev := read("clinical_events")
	withValue := 0
	for i := range ev.PatientIDs {
		if !ev.Columns[2].IsNull(i) {
			withValue++
		}
	}
	if withValue == 0 || withValue == ev.Len() {
		t.Errorf("%d of %d events have a numeric value", withValue, ev.Len())
	}
	ons := read("ons_deaths")
	if ons.Len() == 0 {
		t.Error("no ONS deaths")
	}
	for i, id := range ons.PatientIDs {
		if d := ons.Columns[0].Dates[i]; d != death[id] || d.Year < 2019 {
			t.Errorf("ONS death of %d on %v, date of death %v", id, d, death[id])
		}
	}
}

func TestDeterministicAndNoOverwrite(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := Write(dir, fileformats.FormatCSV, Generate(Tutorial())); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range TableNames {
		x, _ := os.ReadFile(filepath.Join(a, name+".csv"))
		y, _ := os.ReadFile(filepath.Join(b, name+".csv"))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s.csv differs between runs (or is empty)", name)
		}
	}
	other, _ := os.ReadFile(filepath.Join(a, "patients.csv"))
	if _, err := Write(a, fileformats.FormatCSV, Generate(Options{Patients: 5, Seed: 9})); !errors.Is(err, ErrExists) {
		t.Errorf("overwrite: error %v, want ErrExists", err)
	}
	if now, _ := os.ReadFile(filepath.Join(a, "patients.csv")); !bytes.Equal(now, other) {
		t.Error("a refused write changed a file")
	}
}
