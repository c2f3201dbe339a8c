package ehrql

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/tables"
)

// TestEveryTableHelperImplemented checks that each helper recorded by
// internal/tables has an implementation here, with the recorded kind.
func TestEveryTableHelperImplemented(t *testing.T) {
	for _, tbl := range tables.Tables() {
		for _, h := range tables.Helpers(tbl) {
			m, ok := helperImpls[h.Name]
			if !ok {
				t.Errorf("%s: helper %s not implemented", tables.QualifiedName(tbl), h.Name)
				continue
			}
			if m.prop != (h.Kind == tables.Property) {
				t.Errorf("%s: helper %s: property=%v, want kind %s", tables.QualifiedName(tbl), h.Name, m.prop, h.Kind)
			}
		}
	}
}

var helperCases = []struct{ name, src, want string }{
	{"emis_age_on", `from ehrql.tables.emis import patients
out = patients.age_on("2020-01-01")`, "Function.DateDifferenceInYears(date(2020-01-01), SelectColumn(SelectPatientTable(patients), date_of_birth))"},
	{"emis_registration", `from ehrql.tables.emis import patients
out = patients.has_practice_registration_spanning("2019-01-01", "2020-01-01")`,
		"Function.And(Function.LE(SelectColumn(SelectPatientTable(patients), registration_start_date), date(2019-01-01)), Function.Or(Function.GT(SelectColumn(SelectPatientTable(patients), registration_end_date), date(2020-01-01)), Function.IsNull(SelectColumn(SelectPatientTable(patients), registration_end_date))))"},
	{"efi", `from ehrql.tables.tpp import decision_support_values as dsv
out = dsv.electronic_frailty_index().numeric_value.maximum_for_patient()`,
		`AggregateByPatient.Max(SelectColumn(Filter(SelectTable(decision_support_values), Function.And(Function.EQ(SelectColumn(SelectTable(decision_support_values), algorithm_description), "UK Electronic Frailty Index (eFI)"), Function.EQ(SelectColumn(SelectTable(decision_support_values), algorithm_version), "1.0"))), numeric_value))`},
	{"picked_frame_keeps_columns", `from ehrql.tables.tpp import practice_registrations as r
out = r.sort_by(r.start_date).last_for_patient().practice_pseudo_id`,
		"SelectColumn(Pick(last, Sort(SelectTable(practice_registrations), SelectColumn(SelectTable(practice_registrations), start_date))), practice_pseudo_id)"},
}

func TestHelpers(t *testing.T) {
	for _, c := range helperCases {
		t.Run(c.name, func(t *testing.T) {
			mod, _, err := runSource(t, c.src+"\n", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := formatGlobal(t, mod, "out"); got != c.want {
				t.Errorf("got:  %s\nwant: %s", got, c.want)
			}
		})
	}
}

// TestEveryModuleImports imports every module of Modules and reads every
// table of the table modules.
func TestEveryModuleImports(t *testing.T) {
	var b strings.Builder
	names := make([]string, 0)
	for name := range New().Modules() {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		fmt.Fprintf(&b, "import %s as m%d\n", name, i)
		if tm, ok := tables.ModuleByName(name); ok {
			for _, attr := range tm.Tables {
				fmt.Fprintf(&b, "assert m%d.%s.exists_for_patient() is not None\n", i, attr)
			}
		}
	}
	if _, _, err := runSource(t, b.String(), nil); err != nil {
		t.Fatal(err)
	}
}
