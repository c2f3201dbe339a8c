package assure

import (
	"fmt"
	"strings"
)

// Report is the outcome of checking test data: the problems found with
// the test data and with the results, per patient, in test_data order.
// Patients without problems are not listed.
type Report struct {
	Data    []PatientProblems
	Results []PatientProblems
}

// PatientProblems are the problems found with one patient.
type PatientProblems struct {
	Patient  int64
	Problems []Problem
}

// Problem is one problem with a patient's test data or results. The
// implementations are InvalidValues, UnknownColumns, TooManyRows,
// MissingTable, MalformedData, InPopulation, NotInPopulation,
// UnexpectedValues, UnexpectedEvents and CannotValidate.
type Problem interface {
	// lines returns the report lines for patient id, without the final
	// newline.
	lines(id int64) []string
}

// InvalidValues: supplied values that do not have the column's type or
// break one of its constraints.
type InvalidValues struct {
	Table  string
	Values []InvalidValue
}

// InvalidValue is one value that broke a constraint (or had the wrong
// type); Constraint is the constraint's description and Value the value as
// Python's str() prints it.
type InvalidValue struct {
	Column, Constraint, Value string
}

// UnknownColumns: column names the table does not have (Invalid, without
// duplicates, in the order given), with the table's columns (Valid).
type UnknownColumns struct {
	Table          string
	Invalid, Valid []string
}

// TooManyRows: more than one row for a table with one row per patient.
type TooManyRows struct {
	Table string
	Rows  int
}

// MissingTable: no entry for a table the dataset reads.
type MissingTable struct{ Table string }

// MalformedData: an entry of the wrong shape, such as rows that are not
// dicts or an expected_columns that is not a dict.
type MalformedData struct{ Msg string }

// InPopulation: the patient is in the population but should not be.
type InPopulation struct{}

// NotInPopulation: the patient is not in the population but should be.
type NotInPopulation struct{}

// UnexpectedValues: output values that differ from expected_columns.
type UnexpectedValues struct{ Values []Mismatch }

// Mismatch is one expected column and what the dataset gave instead, both
// as Python's str() prints them.
type Mismatch struct {
	Column, Expected, Actual string
}

// UnexpectedEvents: the patient's rows of an event table differ from
// expected_events; Expected and Actual are the lists of row dicts as
// Python's repr() prints them.
type UnexpectedEvents struct {
	Table, Expected, Actual string
}

// CannotValidate: the results could not be compared, for the reasons
// given (for example an expected column that the dataset lacks).
type CannotValidate struct{ Reasons []string }

func (p InvalidValues) lines(id int64) []string {
	out := []string{fmt.Sprintf(" * Patient %d had %d test data value(s) in table '%s' that did not meet the constraint(s)", id, len(p.Values), p.Table)}
	for _, v := range p.Values {
		out = append(out, fmt.Sprintf("   * for column '%s' with '%s', got '%s'", v.Column, v.Constraint, v.Value))
	}
	return out
}

func (p UnknownColumns) lines(id int64) []string {
	return []string{
		fmt.Sprintf(" * Patient %d had invalid columns in the test data for table '%s'", id, p.Table),
		"       invalid columns: " + reprList(p.Invalid),
		"     valid columns are: " + reprList(p.Valid),
	}
}

func reprList(names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = quote(n)
	}
	return strings.Join(parts, ", ")
}

func (p TooManyRows) lines(id int64) []string {
	return []string{fmt.Sprintf(" * Patient %d had %d rows of test data for table '%s' but this table accepts at most one row per patient", id, p.Rows, p.Table)}
}

func (p MissingTable) lines(id int64) []string {
	return []string{fmt.Sprintf(" * Patient %d had no test data for table '%s' (use an empty list for a table with no rows for the patient)", id, p.Table)}
}

func (p MalformedData) lines(id int64) []string {
	return []string{fmt.Sprintf(" * Patient %d had invalid test data: %s", id, p.Msg)}
}

func (InPopulation) lines(id int64) []string {
	return []string{fmt.Sprintf(" * Patient %d was unexpectedly in the population", id)}
}

func (NotInPopulation) lines(id int64) []string {
	return []string{fmt.Sprintf(" * Patient %d was unexpectedly not in the population", id)}
}

func (p UnexpectedValues) lines(id int64) []string {
	out := []string{fmt.Sprintf(" * Patient %d had unexpected output value(s)", id)}
	for _, m := range p.Values {
		out = append(out, fmt.Sprintf("   * for column '%s', expected '%s', got '%s'", m.Column, m.Expected, m.Actual))
	}
	return out
}

func (p UnexpectedEvents) lines(id int64) []string {
	return []string{
		fmt.Sprintf(" * Patient %d had unexpected event data in table '%s'", id, p.Table),
		"   * expected: " + p.Expected,
		"   * actual: " + p.Actual,
	}
}

func (p CannotValidate) lines(id int64) []string {
	out := []string{fmt.Sprintf(" * Patient %d results cannot be validated", id)}
	for _, r := range p.Reasons {
		out = append(out, "   * "+r)
	}
	return out
}

// OK reports whether every check passed.
func (r *Report) OK() bool { return len(r.Data) == 0 && len(r.Results) == 0 }

// String returns the report as the reference prints it, ending with a
// newline:
//
//	Validate test data: All OK!
//	Validate results: All OK!
//
// or, for each stage with problems, "Found errors with N patient(s)"
// followed by one bullet per problem.
func (r *Report) String() string {
	var b strings.Builder
	section := func(title string, patients []PatientProblems) {
		if len(patients) == 0 {
			fmt.Fprintf(&b, "%s: All OK!\n", title)
			return
		}
		fmt.Fprintf(&b, "%s: Found errors with %d patient(s)\n", title, len(patients))
		for _, pp := range patients {
			for _, p := range pp.Problems {
				for _, l := range p.lines(pp.Patient) {
					b.WriteString(l)
					b.WriteByte('\n')
				}
			}
		}
	}
	section("Validate test data", r.Data)
	section("Validate results", r.Results)
	return b.String()
}
