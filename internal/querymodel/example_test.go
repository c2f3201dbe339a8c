package querymodel_test

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/codes"
	qm "github.com/opensafely-go/opensafely/internal/querymodel"
)

// How the ehrQL API layer builds
//
//	events = clinical_events.where(clinical_events.snomedct_code.is_in(codelist))
//	dataset.first = events.sort_by(events.date).first_for_patient().date
func Example() {
	clinicalEvents := &qm.Table{
		Module: "ehrql.tables.core", Attr: "clinical_events",
		Schema: qm.MustTableSchema(
			qm.Column{Name: "date", Type: qm.Date},
			qm.Column{Name: "snomedct_code", Type: qm.CodeType(codes.SNOMEDCT)},
		),
		Activation: qm.Activation{Kind: qm.ActivationByColumn, Column: "date"},
	}
	table, _ := qm.NewSelectTable(clinicalEvents)
	code, _ := qm.NewSelectColumn(table, "snomedct_code")
	c1, _ := codes.Parse(codes.SNOMEDCT, "123456")
	set, _ := qm.NewFrozenset(c1)
	inList, _ := qm.NewFunction(qm.FnIn, code, qm.MustValue(set))
	events, _ := qm.NewFilter(table, inList)
	date, _ := qm.NewSelectColumn(events, "date")
	sorted, _ := qm.NewSort(events, date)
	first, _ := qm.NewPickOneRowPerPatient(sorted, qm.First)
	firstDate, _ := qm.NewSelectColumn(first, "date")
	fmt.Println(firstDate.Type().SeriesName(), firstDate.Dim())

	// Combining with another table's event series fails.
	other, _ := qm.NewSelectColumn(table, "date")
	_, err := qm.NewFunction(qm.FnEQ, date, other)
	fmt.Println(err != nil)
	// Output:
	// Series[date] one row per patient
	// true
}
