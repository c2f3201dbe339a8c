package ehrql

import (
	"fmt"
	"slices"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Measures is ehrql.Measures (§11.1).
type Measures struct {
	measures   []*querymodel.Measure
	names      map[string]bool
	defaults   *measureArgs
	groupDefs  map[string]querymodel.Series
	dummy      *querymodel.DummyDataConfig
	disclosure *querymodel.DisclosureControlConfig
}

// measureArgs are the optional arguments shared by define_measure and
// define_defaults; nil fields were not supplied.
type measureArgs struct {
	numerator, denominator querymodel.Series
	groupBy                []querymodel.NamedSeries
	groupBySet             bool
	intervals              []querymodel.Interval
	intervalsSet           bool
}

// MeasuresClass is ehrql.Measures; calling it is create_measures().
var MeasuresClass = python.NewClass("Measures", "ehrql", nil, python.NewNamespace())

func (*Measures) Type() *python.Class { return MeasuresClass }

func newMeasures() *Measures {
	return &Measures{names: map[string]bool{}, groupDefs: map[string]querymodel.Series{}}
}

// Repr implements python.HasRepr.
func (m *Measures) Repr(t *python.Thread) (string, error) { return "Measures()", nil }

// Len implements python.HasLen: the number of measures defined.
func (m *Measures) Len(t *python.Thread) (int, error) { return len(m.measures), nil }

var reservedGroupNames = []string{"measure", "numerator", "denominator", "ratio", "interval_start", "interval_end"}

func (m *Measures) parseArgs(t *python.Thread, numerator, denominator, groupBy, intervals python.Value) (*measureArgs, error) {
	a := &measureArgs{}
	var err error
	if numerator != python.None {
		if a.numerator, err = measureValue(numerator); err != nil {
			return nil, err
		}
	}
	if denominator != python.None {
		if a.denominator, err = measureValue(denominator); err != nil {
			return nil, err
		}
	}
	if groupBy != python.None {
		d, ok := groupBy.(*python.Dict)
		if !ok {
			return nil, typeErrorf("`group_by` must be a dictionary mapping names to patient series, got type '%s'", groupBy.Type().Name)
		}
		a.groupBySet = true
		for _, kv := range d.Items() {
			name, ok := kv[0].(python.Str)
			if !ok {
				return nil, typeErrorf("`group_by` names must be strings, got type '%s'", kv[0].Type().Name)
			}
			if err := querymodel.CheckVariableName(string(name)); err != nil || slices.Contains(reservedGroupNames, string(name)) {
				return nil, python.Errorf(python.ValueError, "disallowed `group_by` column name: %s", name)
			}
			s, err := patientSeries(kv[1], "`group_by` column '"+string(name)+"'")
			if err != nil {
				return nil, err
			}
			if s.Dim() != querymodel.OneRowPerPatient {
				return nil, typeErrorf("invalid `group_by` column '%s':\nExpecting a series with only one value per patient", name)
			}
			a.groupBy = append(a.groupBy, querymodel.NamedSeries{Name: string(name), Series: s})
		}
	}
	if intervals != python.None {
		if a.intervals, err = parseIntervals(t, intervals); err != nil {
			return nil, err
		}
		a.intervalsSet = true
	}
	return a, nil
}

func measureValue(v python.Value) (querymodel.Series, error) {
	s, ok := v.(*Series)
	if !ok {
		return nil, typeErrorf("Expecting an ehrQL series, got type '%s'", v.Type().Name)
	}
	if typ := s.node.Type(); typ != querymodel.Bool && typ != querymodel.Int {
		return nil, typeErrorf("Expecting a boolean or integer series, got series of type '%s'", typ)
	}
	if s.isEvent() {
		return nil, typeErrorf("Expecting a series with only one value per patient")
	}
	return s.node, nil
}

func parseIntervals(t *python.Thread, v python.Value) ([]querymodel.Interval, error) {
	if d, ok := v.(*Duration); ok {
		return nil, typeErrorf("You must supply a date using `%s(%s).starting_on('<DATE>')` or `%s(%s).ending_on('<DATE>')`",
			d.unit, reprOr(t, d.value), d.unit, reprOr(t, d.value))
	}
	items, err := python.ToSlice(t, v)
	if err != nil {
		return nil, typeErrorf("`intervals` must be a list of (start_date, end_date) pairs")
	}
	var out []querymodel.Interval
	for _, it := range items {
		pair, ok := it.(python.Tuple)
		if !ok || len(pair) != 2 {
			return nil, typeErrorf("`intervals` must be a list of (start_date, end_date) pairs, got an item of type '%s'", it.Type().Name)
		}
		var iv querymodel.Interval
		for i, x := range pair {
			var d querymodel.CalendarDate
			switch y := x.(type) {
			case stdlib.Date:
				d = calendarDate(y)
			case python.Str:
				if d, err = querymodel.ParseDate(string(y)); err != nil {
					return nil, pyErr(err)
				}
			default:
				return nil, typeErrorf("interval dates must be dates, got type '%s'", x.Type().Name)
			}
			if i == 0 {
				iv.Start = d
			} else {
				iv.End = d
			}
		}
		if iv.Start.Compare(iv.End) > 0 {
			return nil, python.Errorf(python.ValueError, "Interval start date must be before end date: %s, %s", iv.Start, iv.End)
		}
		out = append(out, iv)
	}
	slices.SortFunc(out, func(a, b querymodel.Interval) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.End.Compare(b.End)
	})
	return slices.Compact(out), nil
}

func reprOr(t *python.Thread, v python.Value) string {
	if _, ok := v.(*Series); ok {
		return "n"
	}
	r, err := python.Repr(t, v)
	if err != nil {
		return "n"
	}
	return r
}

func (m *Measures) defineMeasure(t *python.Thread, name string, a *measureArgs) error {
	if err := querymodel.CheckVariableName(name); err != nil {
		return python.Errorf(python.ValueError, "invalid measure name: %s", name)
	}
	if m.names[name] {
		return python.Errorf(ErrorClass, "Measure already defined with name: %s", name)
	}
	d := m.defaults
	if d == nil {
		d = &measureArgs{}
	}
	num, den := a.numerator, a.denominator
	if num == nil {
		num = d.numerator
	}
	if den == nil {
		den = d.denominator
	}
	groupBy, intervals := a.groupBy, a.intervals
	if !a.groupBySet {
		groupBy = d.groupBy
	}
	if !a.intervalsSet {
		intervals = d.intervals
	}
	switch {
	case num == nil:
		return python.Errorf(ErrorClass, "No value supplied for 'numerator' and no default defined")
	case den == nil:
		return python.Errorf(ErrorClass, "No value supplied for 'denominator' and no default defined")
	case !a.intervalsSet && !d.intervalsSet:
		return python.Errorf(ErrorClass, "No value supplied for 'intervals' and no default defined")
	}
	for _, g := range groupBy {
		if prev, ok := m.groupDefs[g.Name]; ok && prev != g.Series {
			return python.Errorf(ErrorClass, "Inconsistent definition for `group_by` column: %s", g.Name)
		}
	}
	for _, g := range groupBy {
		m.groupDefs[g.Name] = g.Series
	}
	m.names[name] = true
	m.measures = append(m.measures, &querymodel.Measure{Name: name, Numerator: num, Denominator: den,
		GroupBy: groupBy, Intervals: intervals})
	return nil
}

func measuresMethod(name string, fn func(t *python.Thread, m *Measures, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) {
	MeasuresClass.Dict.Set(name, python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, ok := args[0].(*Measures)
		if !ok {
			return nil, typeErrorf("%s() needs a Measures object", name)
		}
		return fn(t, m, args[1:], kwargs)
	}))
}

func init() {
	MeasuresClass.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("Measures", args, kwargs); err != nil {
			return nil, err
		}
		return newMeasures(), nil
	}
	measuresMethod("define_measure", func(t *python.Thread, m *Measures, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var name string
		var num, den, gb, iv python.Value = python.None, python.None, python.None, python.None
		if err := python.UnpackArgs("define_measure", args, kwargs, "name", &name, "numerator?", &num,
			"denominator?", &den, "group_by?", &gb, "intervals?", &iv); err != nil {
			return nil, err
		}
		a, err := m.parseArgs(t, num, den, gb, iv)
		if err != nil {
			return nil, err
		}
		return python.None, m.defineMeasure(t, name, a)
	})
	measuresMethod("define_defaults", func(t *python.Thread, m *Measures, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var num, den, gb, iv python.Value = python.None, python.None, python.None, python.None
		if err := python.UnpackArgs("define_defaults", args, kwargs, "numerator?", &num,
			"denominator?", &den, "group_by?", &gb, "intervals?", &iv); err != nil {
			return nil, err
		}
		if m.defaults != nil {
			return nil, python.Errorf(ErrorClass, "Defaults already set; cannot call `define_defaults()` more than once")
		}
		a, err := m.parseArgs(t, num, den, gb, iv)
		if err != nil {
			return nil, err
		}
		m.defaults = a
		return python.None, nil
	})
	measuresMethod("configure_dummy_data", func(t *python.Thread, m *Measures, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		cfg, err := dummyConfig("configure_dummy_data", args, kwargs)
		if err != nil {
			return nil, err
		}
		m.dummy = cfg
		return python.None, nil
	})
	measuresMethod("configure_disclosure_control", func(t *python.Thread, m *Measures, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		enabled := true
		if err := python.UnpackArgs("configure_disclosure_control", args, kwargs, "enabled?", &enabled); err != nil {
			return nil, err
		}
		m.disclosure = &querymodel.DisclosureControlConfig{Enabled: enabled}
		return python.None, nil
	})
}

func (m *Measures) String() string { return fmt.Sprintf("Measures(%d)", len(m.measures)) }
