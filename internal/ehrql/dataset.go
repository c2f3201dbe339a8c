package ehrql

import (
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Dataset is ehrql.Dataset (§2.3): variables in assignment order, the
// population, dummy-data configuration and event tables.
type Dataset struct {
	vars       []querymodel.NamedSeries
	index      map[string]int
	population querymodel.Series
	dummy      *querymodel.DummyDataConfig
	events     []querymodel.NamedFrame
}

// DatasetClass is ehrql.Dataset; calling it is create_dataset().
var DatasetClass = python.NewClass("Dataset", "ehrql", nil, python.NewNamespace())

func (*Dataset) Type() *python.Class { return DatasetClass }

func newDataset() *Dataset { return &Dataset{index: map[string]int{}} }

// Population returns the population (nil before define_population).
func (d *Dataset) Population() querymodel.Series { return d.population }

// Variables returns the variables in assignment order.
func (d *Dataset) Variables() []querymodel.NamedSeries { return d.vars }

// Repr implements python.HasRepr.
func (d *Dataset) Repr(t *python.Thread) (string, error) { return "Dataset()", nil }

// Attr implements python.HasAttrs: reading a variable back.
func (d *Dataset) Attr(t *python.Thread, name string) (python.Value, error) {
	if _, ok := DatasetClass.Dict.Get(name); ok {
		return nil, nil
	}
	if i, ok := d.index[name]; ok {
		return NewSeries(d.vars[i].Series), nil
	}
	if len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__" {
		return nil, nil
	}
	return nil, python.Errorf(python.AttributeError, "Variable '%s' has not been defined", name)
}

// AttrNames implements python.HasAttrs.
func (d *Dataset) AttrNames() []string {
	names := make([]string, len(d.vars))
	for i, v := range d.vars {
		names[i] = v.Name
	}
	return names
}

// SetAttr implements python.HasSetAttr: dataset.name = series.
func (d *Dataset) SetAttr(t *python.Thread, name string, v python.Value) error {
	if name == "population" {
		return python.Errorf(python.AttributeError, "Cannot set variable 'population'; use define_population() instead")
	}
	return d.addColumn(name, v)
}

func (d *Dataset) addColumn(name string, v python.Value) error {
	if _, ok := d.index[name]; ok {
		return python.Errorf(python.AttributeError, "'%s' is already set and cannot be reassigned", name)
	}
	if err := querymodel.CheckVariableName(name); err != nil {
		return python.Errorf(python.AttributeError, "%s", err.Error())
	}
	s, err := patientSeries(v, "variable '"+name+"'")
	if err != nil {
		return err
	}
	if err := querymodel.CheckVariable(name, s); err != nil {
		return pyErr(err)
	}
	d.index[name] = len(d.vars)
	d.vars = append(d.vars, querymodel.NamedSeries{Name: name, Series: s})
	return nil
}

// patientSeries checks that v is an ehrQL series, for the message context
// "variable 'x'" or "population definition".
func patientSeries(v python.Value, context string) (querymodel.Series, error) {
	if s, ok := v.(*Series); ok {
		return s.node, nil
	}
	// The same hints as for operands (§4.2) for the usual mistakes: a
	// frame without a column, a method without parentheses.
	if hint, ok := hintFor(v); ok {
		return nil, python.Errorf(python.TypeError, "invalid %s:\n%s", context, hint)
	}
	msg := "invalid " + context + ":\nExpecting an ehrQL series, got type '" + v.Type().Name + "'"
	if tup, ok := v.(python.Tuple); ok && len(tup) == 1 {
		if _, ok := tup[0].(*Series); ok {
			msg += trailingCommaNote
		}
	}
	return nil, python.Errorf(python.TypeError, "%s", msg)
}

func (d *Dataset) definePopulation(t *python.Thread, v python.Value) error {
	if d.population != nil {
		return python.Errorf(python.AttributeError, "define_population() should be called no more than once")
	}
	s, err := patientSeries(v, "population definition")
	if err != nil {
		return err
	}
	if err := querymodel.CheckPopulation(s); err != nil {
		return pyErr(err)
	}
	if trueWhenEmpty(s) {
		return python.Errorf(ErrorClass, "population definition must not evaluate as True for NULL inputs")
	}
	d.population = s
	return nil
}

// dummyConfig parses configure_dummy_data's keyword arguments.
func dummyConfig(name string, args python.Tuple, kwargs []python.Kwarg) (*querymodel.DummyDataConfig, error) {
	cfg := querymodel.DefaultDummyDataConfig()
	var size, timeout int64 = cfg.PopulationSize, cfg.Timeout
	legacy := false
	var constraint python.Value = python.None
	if err := python.UnpackArgs(name, args, kwargs, "*population_size?", &size, "*legacy?", &legacy,
		"*timeout?", &timeout, "*additional_population_constraint?", &constraint); err != nil {
		return nil, err
	}
	cfg.PopulationSize, cfg.Legacy, cfg.Timeout = size, legacy, timeout
	if constraint != python.None {
		s, err := patientSeries(constraint, "additional_population_constraint")
		if err != nil {
			return nil, err
		}
		if err := querymodel.CheckPopulation(s); err != nil {
			msg := err.Error()
			if de, ok := err.(*querymodel.DatasetError); ok {
				msg = de.Msg
			}
			return nil, python.Errorf(python.TypeError, "invalid additional_population_constraint:\n%s", msg)
		}
		if legacy {
			return nil, python.Errorf(python.ValueError, "additional_population_constraint is not supported by the legacy dummy data generator")
		}
		cfg.AdditionalPopulationConstraint = s
	}
	return cfg, nil
}

func datasetMethod(name string, fn func(t *python.Thread, d *Dataset, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) {
	DatasetClass.Dict.Set(name, python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, typeErrorf("%s() needs a Dataset", name)
		}
		d, ok := args[0].(*Dataset)
		if !ok {
			return nil, typeErrorf("descriptor '%s' for 'Dataset' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
		}
		return fn(t, d, args[1:], kwargs)
	}))
}

func init() {
	DatasetClass.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("Dataset", args, kwargs); err != nil {
			return nil, err
		}
		return newDataset(), nil
	}
	datasetMethod("define_population", func(t *python.Thread, d *Dataset, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("define_population", "population_condition", args, kwargs)
		if err != nil {
			return nil, err
		}
		return python.None, d.definePopulation(t, v)
	})
	datasetMethod("add_column", func(t *python.Thread, d *Dataset, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var name string
		var v python.Value
		if err := python.UnpackArgs("add_column", args, kwargs, "column_name", &name, "ehrql_query", &v); err != nil {
			return nil, err
		}
		if name == "population" {
			return nil, python.Errorf(python.AttributeError, "Cannot set variable 'population'; use define_population() instead")
		}
		return python.None, d.addColumn(name, v)
	})
	configure := func(name string) {
		datasetMethod(name, func(t *python.Thread, d *Dataset, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cfg, err := dummyConfig(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			d.dummy = cfg
			return python.None, nil
		})
	}
	configure("configure_dummy_data")
	configure("configure_dummy_dataset")
	datasetMethod("add_event_table", func(t *python.Thread, d *Dataset, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var name string
		if err := python.UnpackArgs("add_event_table", args, nil, "name", &name); err != nil {
			return nil, err
		}
		if err := querymodel.CheckVariableName(name); err != nil {
			return nil, python.Errorf(python.AttributeError, "%s", err.Error())
		}
		for _, e := range d.events {
			if e.Name == name {
				return nil, python.Errorf(python.AttributeError, "'%s' is already set and cannot be reassigned", name)
			}
		}
		members := make([]querymodel.NamedSeries, 0, len(kwargs))
		for _, kw := range kwargs {
			s, err := patientSeriesOrEvent(kw.Value, "column '"+kw.Name+"'")
			if err != nil {
				return nil, err
			}
			members = append(members, querymodel.NamedSeries{Name: kw.Name, Series: s})
		}
		f, err := querymodel.NewSeriesCollectionFrame(members)
		if err != nil {
			return nil, pyErr(err)
		}
		d.events = append(d.events, querymodel.NamedFrame{Name: name, Frame: f})
		return python.None, nil
	})
}

func patientSeriesOrEvent(v python.Value, context string) (querymodel.Series, error) {
	if s, ok := v.(*Series); ok {
		return s.node, nil
	}
	return nil, python.Errorf(python.TypeError, "invalid %s:\nExpecting an ehrQL series, got type '%s'", context, v.Type().Name)
}

// build returns the query-model Dataset.
func (d *Dataset) build() (*querymodel.Dataset, error) {
	return querymodel.NewDataset(d.population, d.vars, d.events, nil)
}
