package ehrql

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"

	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// definitionExitCode is the exit code of a definition error.
const definitionExitCode = 10

// Extract collects what a loaded definition module defines: the dataset,
// the measures, test_data, the dummy-data and disclosure-control
// configurations and the permissions claimed during the load. A slot whose
// variable is missing or invalid gets the reference's message in
// ModuleDetails.Errors ("dataset", "measures", "test_data"); which slots
// matter depends on the command. The error result is for failures of the
// Go side only.
func (a *API) Extract(mod *python.Module) (*querymodel.ModuleDetails, error) {
	md := &querymodel.ModuleDetails{Errors: map[string]*querymodel.DefinitionError{}}
	fail := func(slot, msg string) {
		md.Errors[slot] = &querymodel.DefinitionError{Message: msg, ExitCode: definitionExitCode}
	}
	switch v, ok := mod.Globals.Get("dataset"); {
	case !ok:
		fail("dataset", "Did not find a variable called 'dataset' in dataset definition file")
	default:
		d, ok := v.(*Dataset)
		if !ok {
			fail("dataset", "'dataset' must be an instance of ehrql.Dataset")
			break
		}
		if d.population == nil {
			fail("dataset", "A population has not been defined; define one with define_population()")
			break
		}
		ds, err := d.build()
		if err != nil {
			fail("dataset", err.Error())
			break
		}
		md.Dataset = ds
		md.DatasetDummyDataConfig = d.dummy
		if md.DatasetDummyDataConfig == nil {
			md.DatasetDummyDataConfig = querymodel.DefaultDummyDataConfig()
		}
	}
	switch v, ok := mod.Globals.Get("measures"); {
	case !ok:
		fail("measures", "Did not find a variable called 'measures' in measures definition file")
	default:
		m, ok := v.(*Measures)
		if !ok {
			fail("measures", "'measures' must be an instance of ehrql.Measures")
			break
		}
		if len(m.measures) == 0 {
			fail("measures", "No measures defined")
			break
		}
		md.Measures = &querymodel.MeasureCollection{Measures: append([]*querymodel.Measure(nil), m.measures...)}
		md.MeasuresDummyDataConfig = m.dummy
		if md.MeasuresDummyDataConfig == nil {
			md.MeasuresDummyDataConfig = querymodel.DefaultDummyDataConfig()
		}
		md.MeasuresDisclosureControlConfig = m.disclosure
		if md.MeasuresDisclosureControlConfig == nil {
			md.MeasuresDisclosureControlConfig = &querymodel.DisclosureControlConfig{Enabled: true}
		}
	}
	if v, ok := mod.Globals.Get("test_data"); !ok {
		fail("test_data", "No 'test_data' variable defined")
	} else {
		var b bytes.Buffer
		if err := encodeTestData(&b, v); err != nil {
			fail("test_data", err.Error())
		} else {
			md.TestData = json.RawMessage(b.Bytes())
		}
	}
	md.ClaimedPermissions = a.ClaimedPermissions()
	return md, nil
}

// encodeTestData writes a Python value in the serialize-definition
// encoding (§7.5).
func encodeTestData(b *bytes.Buffer, v python.Value) error {
	writeJSON := func(x any) {
		data, _ := json.Marshal(x)
		b.Write(data)
	}
	list := func(tag string, items []python.Value) error {
		if tag != "" {
			b.WriteString(`{"` + tag + `": `)
		}
		b.WriteString("[")
		for i, it := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := encodeTestData(b, it); err != nil {
				return err
			}
		}
		b.WriteString("]")
		if tag != "" {
			b.WriteString("}")
		}
		return nil
	}
	switch x := v.(type) {
	case python.NoneType:
		b.WriteString("null")
	case python.Bool:
		writeJSON(bool(x))
	case python.Int:
		writeJSON(int64(x))
	case python.Float:
		b.WriteString(querymodel.PythonFloat(float64(x)))
	case python.Str:
		writeJSON(string(x))
	case stdlib.Date:
		b.WriteString(`{"date": `)
		writeJSON(x.String())
		b.WriteString("}")
	case *Code:
		b.WriteString("{")
		writeJSON(x.code.System.Name())
		b.WriteString(": ")
		writeJSON(x.code.Value)
		b.WriteString("}")
	case *python.List:
		return list("", x.Elems())
	case python.Tuple:
		return list("tuple", x)
	case *python.Dict:
		b.WriteString(`{"dict": [`)
		for i, kv := range x.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := list("", []python.Value{kv[0], kv[1]}); err != nil {
				return err
			}
		}
		b.WriteString("]}")
	default:
		return fmt.Errorf("test_data contains a value of type '%s', which cannot be used as test data", v.Type().Name)
	}
	return nil
}

// Load runs a definition file with the ehrQL modules (plus opts.Modules)
// and extracts what it defines. A failure while running user code is
// returned as the loader's *loader.DefinitionError.
func Load(opts loader.Options) (*querymodel.ModuleDetails, error) {
	a := New()
	mods := a.Modules()
	maps.Copy(mods, opts.Modules)
	opts.Modules = mods
	mod, err := loader.Load(opts)
	if err != nil {
		return nil, err
	}
	return a.Extract(mod)
}
