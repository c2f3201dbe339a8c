package querymodel

import (
	"fmt"
	"strings"
)

// TypeError reports an argument of the wrong type. Its message is the
// reference one: "Expected type 'Series[int]' but got 'Series[str]'", with
// " | None" after the expected type where NULL is allowed.
type TypeError struct {
	Node      string // the node being built, "Function.Add"
	Field     string // the argument, "rhs"
	Expected  string // "Series[int]", "Series[Numeric]"
	Got       Type
	AllowNone bool
}

func (e *TypeError) Error() string {
	exp := e.Expected
	if e.AllowNone {
		exp += " | None"
	}
	return fmt.Sprintf("Expected type '%s' but got '%s'", exp, e.Got.SeriesName())
}

// DomainMismatchError reports series from different many-rows domains
// (different tables, or one table with different filter chains) used
// together. It is surfaced to users as an ehrql.Error.
type DomainMismatchError struct {
	Node string // "Function.EQ", "Filter", "Sort", "Case", ...
}

func (e *DomainMismatchError) Error() string {
	var b strings.Builder
	b.WriteString("Cannot combine series which are drawn from different tables and both have more than one value per patient.")
	b.WriteString("\n\nTo fix this, first reduce one of the series to a single value per patient,")
	b.WriteString(" either by aggregating it (for example with `maximum_for_patient()`)")
	b.WriteString(" or by sorting its table and picking one row with `first_for_patient()` or `last_for_patient()`.")
	if e.Node == "Function.EQ" || e.Node == "Function.NE" {
		b.WriteString("\n\nTo test whether a value appears among another series' values:\nUse `x.is_in(y)` instead of `x == y`.")
	}
	return b.String()
}

// InvalidSortError reports sorting by a series with one value per patient.
type InvalidSortError struct{}

func (e *InvalidSortError) Error() string { return "Cannot sort by a constant value" }

// PatientDomainError reports an aggregation of a series that already has
// one value per patient. Its message is the reference one for the only
// user-reachable case, x.is_in(patient_series) (AggregateByPatient.CombineAsSet).
type PatientDomainError struct {
	Node string // "AggregateByPatient.CombineAsSet"
}

func (e *PatientDomainError) Error() string {
	return "Argument must be an EventSeries (i.e. have many values per patient); you supplied a PatientSeries with only one value per patient"
}

// FrameError reports a frame of the wrong kind: a filter or sort over a
// patient frame, a pick from an unsorted frame, a missing column.
type FrameError struct {
	Node string
	Msg  string
}

func (e *FrameError) Error() string { return e.Node + ": " + e.Msg }

// CaseError reports a malformed case expression (no cases, a repeated
// condition, no non-null value anywhere).
type CaseError struct{ Msg string }

func (e *CaseError) Error() string { return e.Msg }

// DatasetError reports an invalid population or variable. Its message is
// the reference one, for example
// "invalid variable 'x':\nExpecting a series with only one value per patient".
type DatasetError struct {
	Variable   string // "" for the population
	Population bool
	Msg        string // the part after the first line
}

func (e *DatasetError) Error() string {
	if e.Population {
		return "invalid population definition:\n" + e.Msg
	}
	if e.Variable != "" {
		return fmt.Sprintf("invalid variable '%s':\n%s", e.Variable, e.Msg)
	}
	return e.Msg
}

// ArgumentError reports a structurally invalid argument (a nil node, a
// wrong count, an unknown operator).
type ArgumentError struct {
	Node string
	Msg  string
}

func (e *ArgumentError) Error() string { return e.Node + ": " + e.Msg }

// EventTableError reports an invalid event table (add_event_table). Err is
// the underlying *DomainMismatchError when the columns come from different
// tables.
type EventTableError struct {
	Msg string
	Err error
}

func (e *EventTableError) Error() string { return e.Msg }

func (e *EventTableError) Unwrap() error { return e.Err }
