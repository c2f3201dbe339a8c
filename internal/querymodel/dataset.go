package querymodel

import (
	"fmt"
	"regexp"
	"slices"
)

// NamedFrame pairs a name with an event table.
type NamedFrame struct {
	Name  string
	Frame *SeriesCollectionFrame
}

// GroupBy is one entry of GroupedSum.GroupBys: the group-by columns and the
// numerators summed over them.
type GroupBy struct {
	Columns    []string
	Numerators []string
}

// GroupedSum describes the measures aggregation over a Dataset's variables:
// the numerator columns are summed, together with the denominator, over
// each set of group-by columns.
type GroupedSum struct {
	header
	Numerators  []string
	Denominator string
	GroupBys    []GroupBy
}

// NewGroupedSum returns a measures aggregation description.
func NewGroupedSum(numerators []string, denominator string, groupBys []GroupBy) (*GroupedSum, error) {
	if denominator == "" {
		return nil, &ArgumentError{Node: "GroupedSum", Msg: "denominator is required"}
	}
	n := &GroupedSum{Numerators: slices.Clone(numerators), Denominator: denominator}
	k := newKey("GroupedSum").raw(fmt.Sprintf("%q", numerators)).str(denominator)
	for _, g := range groupBys {
		n.GroupBys = append(n.GroupBys, GroupBy{slices.Clone(g.Columns), slices.Clone(g.Numerators)})
		k.raw(fmt.Sprintf("%q=%q", g.Columns, g.Numerators))
	}
	return intern(k.String(), n), nil
}

// Dataset is the root of a dataset definition: the population, the
// variables in assignment order, event tables and optional measures.
type Dataset struct {
	header
	Population Series
	Variables  []NamedSeries
	Events     []NamedFrame
	Measures   *GroupedSum
}

var variableName = regexp.MustCompile(`^[A-Za-z]+[A-Za-z0-9_]*$`)

// CheckVariableName returns the reference error for an invalid dataset
// variable name, or nil.
func CheckVariableName(name string) error {
	switch name {
	case "patient_id", "population", "dummy_data_config":
		return &DatasetError{Msg: fmt.Sprintf("'%s' is not an allowed variable name", name)}
	}
	if !variableName.MatchString(name) {
		return &DatasetError{Msg: fmt.Sprintf("variable names must start with a letter, and contain only alphanumeric characters and underscores (you defined a variable '%s')", name)}
	}
	return nil
}

// CheckPopulation returns the reference error if s cannot be a dataset
// population: it must be a bool series with one value per patient.
func CheckPopulation(s Series) error {
	if s == nil {
		return &DatasetError{Msg: "A population has not been defined; define one with define_population()"}
	}
	if !matches(Bool, s.Type()) {
		return &DatasetError{Population: true, Msg: fmt.Sprintf("Expecting a boolean series, got series of type '%s'", s.Type())}
	}
	if s.Dim() != OneRowPerPatient {
		return &DatasetError{Population: true, Msg: "Expecting a series with only one value per patient"}
	}
	return nil
}

// CheckVariable returns the reference error if s cannot be the dataset
// variable name: it must have one value per patient.
func CheckVariable(name string, s Series) error {
	if s == nil {
		return &ArgumentError{Node: "Dataset", Msg: fmt.Sprintf("variable %q is nil", name)}
	}
	if s.Dim() != OneRowPerPatient {
		return &DatasetError{Variable: name, Msg: "Expecting a series with only one value per patient"}
	}
	return nil
}

// NewDataset validates and returns a dataset. Variable and event-table
// names must be valid and unique.
func NewDataset(population Series, variables []NamedSeries, events []NamedFrame, measures *GroupedSum) (*Dataset, error) {
	if err := CheckPopulation(population); err != nil {
		return nil, err
	}
	k := newKey("Dataset").node(population)
	names := make(map[string]bool)
	for _, v := range variables {
		if err := CheckVariableName(v.Name); err != nil {
			return nil, err
		}
		if names[v.Name] {
			return nil, &DatasetError{Msg: fmt.Sprintf("'%s' is already set and cannot be reassigned", v.Name)}
		}
		names[v.Name] = true
		if err := CheckVariable(v.Name, v.Series); err != nil {
			return nil, err
		}
		k.str(v.Name).node(v.Series)
	}
	k.raw("events")
	enames := make(map[string]bool)
	for _, e := range events {
		if e.Frame == nil || e.Name == "" || enames[e.Name] {
			return nil, &ArgumentError{Node: "Dataset", Msg: fmt.Sprintf("invalid or repeated event table %q", e.Name)}
		}
		enames[e.Name] = true
		k.str(e.Name).node(e.Frame)
	}
	if measures != nil {
		k.node(measures)
	}
	n := &Dataset{header: header{dim: OneRowPerPatient}, Population: population,
		Variables: slices.Clone(variables), Events: slices.Clone(events)}
	if measures != nil {
		n.Measures = measures
	}
	return intern(k.String(), n), nil
}

// Variable returns the series of the named variable.
func (d *Dataset) Variable(name string) (Series, bool) {
	for _, v := range d.Variables {
		if v.Name == name {
			return v.Series, true
		}
	}
	return nil, false
}
