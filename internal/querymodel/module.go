package querymodel

import "encoding/json"

// ModuleDetails is what loading a definition file yields: the root of the
// serialize-definition JSON.
type ModuleDetails struct {
	Dataset                         *Dataset
	DatasetDummyDataConfig          *DummyDataConfig
	TestData                        json.RawMessage // opaque serialised test_data, or nil
	Measures                        *MeasureCollection
	MeasuresDummyDataConfig         *DummyDataConfig
	MeasuresDisclosureControlConfig *DisclosureControlConfig
	ClaimedPermissions              []string
	// Errors holds a DefinitionError for a slot ("dataset", "measures",
	// "test_data", ...) whose evaluation failed; the slot's own field is
	// then nil.
	Errors map[string]*DefinitionError
}

// DefinitionError is an error raised while evaluating a definition,
// recorded in the slot it would have filled.
type DefinitionError struct {
	Message  string
	ExitCode int
}

func (e *DefinitionError) Error() string { return e.Message }

// DummyDataConfig is configure_dummy_data(...).
type DummyDataConfig struct {
	PopulationSize                 int64
	Legacy                         bool
	Timeout                        int64
	AdditionalPopulationConstraint Series // nil when not set
}

// DefaultDummyDataConfig returns the reference defaults.
func DefaultDummyDataConfig() *DummyDataConfig {
	return &DummyDataConfig{PopulationSize: 10, Timeout: 60}
}

// DisclosureControlConfig is configure_disclosure_control(...).
type DisclosureControlConfig struct {
	Enabled bool
}

// Interval is a measures interval, start and end inclusive.
type Interval struct {
	Start, End CalendarDate
}

// Measure is one define_measure(...).
type Measure struct {
	Name        string
	Numerator   Series
	Denominator Series
	GroupBy     []NamedSeries
	Intervals   []Interval
}

// MeasureCollection is the measures of a definition, in definition order.
type MeasureCollection struct {
	Measures []*Measure
}

// IntervalStart and IntervalEnd are the date parameters that stand for
// INTERVAL.start_date and INTERVAL.end_date in measures definitions.
var (
	IntervalStart = mustParameter("interval_start_date", Date)
	IntervalEnd   = mustParameter("interval_end_date", Date)
)

func mustParameter(name string, t Type) *Parameter {
	p, err := NewParameter(name, t)
	if err != nil {
		panic(err)
	}
	return p
}

// IntervalValues returns the SubstituteParameters values for interval iv.
func IntervalValues(iv Interval) map[string]any {
	return map[string]any{IntervalStart.Name: iv.Start, IntervalEnd.Name: iv.End}
}
