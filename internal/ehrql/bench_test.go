package ehrql

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/loader"
)

// bigDefinition generates a definition of about 2,500 lines defining 500
// variables of the kinds real studies use.
func bigDefinition() string {
	var b strings.Builder
	b.WriteString(`from ehrql import create_dataset, case, when, days, years, codelist_from_csv, minimum_of
from ehrql.tables.tpp import patients, practice_registrations, clinical_events, medications, apcs

index_date = "2022-01-01"
codes = codelist_from_csv("codes.csv", column="code")
dataset = create_dataset()
dataset.define_population(practice_registrations.for_patient_on(index_date).exists_for_patient())
`)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, `
# block %[1]d
events_%[1]d = clinical_events.where(clinical_events.snomedct_code.is_in(codes)).where(
    clinical_events.date.is_on_or_before(index_date - days(%[1]d))
)
dataset.has_%[1]d = events_%[1]d.exists_for_patient()
dataset.first_%[1]d = events_%[1]d.sort_by(events_%[1]d.date).first_for_patient().date
count_%[1]d = events_%[1]d.count_for_patient()
value_%[1]d = events_%[1]d.sort_by(events_%[1]d.date).last_for_patient().numeric_value
dataset.band_%[1]d = case(
    when(count_%[1]d == 0).then("none"),
    when(count_%[1]d < 3).then("few"),
    when(count_%[1]d < 10).then("some"),
    when(value_%[1]d > 100.0).then("high"),
    when(value_%[1]d.is_null()).then("unknown"),
    otherwise="many",
)
meds_%[1]d = medications.where(
    medications.date.is_between_but_not_on(index_date - years(1), index_date - days(%[1]d))
)
dataset.meds_%[1]d = meds_%[1]d.exists_for_patient() & patients.is_alive_on(index_date)
stay_%[1]d = apcs.where(apcs.all_diagnoses.contains("I2")).admission_date.maximum_for_patient()
dataset.end_%[1]d = minimum_of(
    patients.date_of_death,
    dataset.first_%[1]d + days(%[1]d),
    stay_%[1]d,
)
`, i)
	}
	return b.String()
}

func BenchmarkLoadLargeDefinition(b *testing.B) {
	dir := b.TempDir()
	src := bigDefinition()
	if err := os.WriteFile(filepath.Join(dir, "big.py"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "codes.csv"), []byte("code\n195967001\n233678006\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		md, err := Load(loader.Options{Path: "big.py", Root: dir, Env: map[string]string{}})
		if err != nil {
			b.Fatal(err)
		}
		if n := len(md.Dataset.Variables); n != 500 {
			b.Fatalf("%d variables", n)
		}
	}
	b.ReportMetric(float64(strings.Count(src, "\n")), "lines")
}
