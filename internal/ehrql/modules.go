package ehrql

import (
	"strings"
	"sync"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// Version is ehrql.__version__.
var Version = "0.1.0-dev"

// API is the state of the ehrQL API during one load of a definition: the
// permissions claimed and the show() calls made. Use one API per
// interpreter run: its modules hold per-run objects (table frames with
// user attributes).
type API struct {
	mu      sync.Mutex
	claimed []string
	shows   []ShowCall
	frames  map[*querymodel.Table]*Frame
}

// New returns the API state for one load.
func New() *API { return &API{frames: map[*querymodel.Table]*Frame{}} }

// ClaimedPermissions returns the permissions claimed with
// claim_permissions, in first-claimed order.
func (a *API) ClaimedPermissions() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.claimed...)
}

// Shows returns the show() calls made so far.
func (a *API) Shows() []ShowCall {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]ShowCall(nil), a.shows...)
}

// Modules returns a fresh API's modules; see API.Modules.
func Modules() map[string]python.ModuleLoader { return New().Modules() }

func (a *API) frame(tbl *querymodel.Table) (*Frame, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if f, ok := a.frames[tbl]; ok {
		return f, nil
	}
	f, err := NewTableFrame(tbl)
	if err != nil {
		return nil, err
	}
	a.frames[tbl] = f
	return f, nil
}

// Modules returns a loader for every importable ehrQL module, for
// loader.Options.Modules: ehrql, ehrql.codes, ehrql.measures,
// ehrql.query_language, every ehrql.tables module and package, and the
// legacy ehrql.tables.beta.* and databuilder.* aliases.
func (a *API) Modules() map[string]python.ModuleLoader {
	mods := map[string]python.ModuleLoader{
		"ehrql":                      a.static("ehrql", a.ehrqlMembers),
		"ehrql.codes":                a.static("ehrql.codes", codesMembers),
		"ehrql.measures":             a.static("ehrql.measures", measuresMembers),
		"ehrql.query_language":       a.static("ehrql.query_language", a.queryLanguageMembers),
		"databuilder":                a.static("databuilder", func() map[string]python.Value { return nil }),
		"databuilder.ehrql":          a.static("databuilder.ehrql", a.ehrqlMembers),
		"databuilder.codes":          a.static("databuilder.codes", codesMembers),
		"databuilder.query_language": a.static("databuilder.query_language", a.queryLanguageMembers),
	}
	for _, m := range tables.Modules() {
		mods[m.Name] = a.tableModule(m)
	}
	return mods
}

func (a *API) static(name string, members func() map[string]python.Value) python.ModuleLoader {
	return func(t *python.Thread) (*python.Module, error) {
		m := python.NewModule(name, members())
		if tm, ok := tables.ModuleByName(name); ok && len(tm.Submodules) > 0 {
			m.Globals.Set("__getattr__", submoduleGetter(name))
		}
		if name == "databuilder" || name == "ehrql" {
			m.Globals.Set("__getattr__", submoduleGetter(name))
		}
		return m, nil
	}
}

// submoduleGetter is a module __getattr__ importing child modules on
// first attribute access (import ehrql.tables; ehrql.tables.tpp).
func submoduleGetter(name string) python.Value {
	return python.NewBuiltin("__getattr__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		attr, _ := args[0].(python.Str)
		if attr == "" || strings.HasPrefix(string(attr), "__") {
			return nil, python.Errorf(python.AttributeError, "module '%s' has no attribute '%s'", name, attr)
		}
		m, err := t.Import(name + "." + string(attr))
		if err != nil {
			if isExc(err, python.ImportError) {
				return nil, python.Errorf(python.AttributeError, "module '%s' has no attribute '%s'", name, attr)
			}
			return nil, err
		}
		return m, nil
	})
}

func (a *API) tableModule(tm *tables.Module) python.ModuleLoader {
	return func(t *python.Thread) (*python.Module, error) {
		members := map[string]python.Value{}
		if tm.Name == "ehrql.tables" {
			for k, v := range tablesPackageMembers() {
				members[k] = v
			}
		}
		m := python.NewModule(tm.Name, members)
		for _, attr := range tm.Tables {
			tbl, _ := tm.Table(attr)
			f, err := a.frame(tbl)
			if err != nil {
				return nil, pyErr(err)
			}
			m.Globals.Set(attr, f)
		}
		if len(tm.Submodules) > 0 {
			m.Globals.Set("__getattr__", submoduleGetter(tm.Name))
		}
		return m, nil
	}
}

func builtin(name string, fn func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) *python.Builtin {
	return python.NewBuiltin(name, fn)
}

func (a *API) ehrqlMembers() map[string]python.Value {
	return map[string]python.Value{
		"create_dataset": builtin("create_dataset", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := python.UnpackArgs("create_dataset", args, kwargs); err != nil {
				return nil, err
			}
			return newDataset(), nil
		}),
		"Dataset":           DatasetClass,
		"create_measures":   createMeasures,
		"Measures":          MeasuresClass,
		"INTERVAL":          &Interval{},
		"codelist_from_csv": builtin("codelist_from_csv", codelistFromCSV),
		"days":              durationClasses[unitDays],
		"weeks":             durationClasses[unitWeeks],
		"months":            durationClasses[unitMonths],
		"years":             durationClasses[unitYears],
		"case":              builtin("case", builtinCase),
		"when":              builtin("when", builtinWhen),
		"maximum_of":        builtin("maximum_of", minMaxOf("maximum_of", querymodel.FnMaximumOf)),
		"minimum_of":        builtin("minimum_of", minMaxOf("minimum_of", querymodel.FnMinimumOf)),
		"show":              builtin("show", a.show),
		"get_parameter":     builtin("get_parameter", getParameter),
		"claim_permissions": builtin("claim_permissions", a.claimPermissions),
		"table_from_file":   builtin("table_from_file", tableFromFile),
		"Error":             ErrorClass,
		"__version__":       python.Str(Version),
	}
}

var createMeasures = builtin("create_measures", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if err := python.UnpackArgs("create_measures", args, kwargs); err != nil {
		return nil, err
	}
	return newMeasures(), nil
})

func measuresMembers() map[string]python.Value {
	return map[string]python.Value{
		"INTERVAL":        &Interval{},
		"Measures":        MeasuresClass,
		"create_measures": createMeasures,
	}
}

func codesMembers() map[string]python.Value {
	m := map[string]python.Value{
		"codelist_from_csv": builtin("codelist_from_csv", codelistFromCSV),
		"CodelistError":     CodelistErrorClass,
	}
	for _, sys := range codes.Systems() {
		m[sys.Name()] = codeClasses[sys]
	}
	return m
}

func (a *API) queryLanguageMembers() map[string]python.Value {
	m := a.ehrqlMembers()
	m["PatientFrame"] = PatientFrameClass
	m["EventFrame"] = EventFrameClass
	m["BaseFrame"] = BaseFrameClass
	m["Series"] = SeriesClass
	m["DateDifference"] = dateDifferenceClass
	m["table_from_rows"] = builtin("table_from_rows", tableFromRows)
	return m
}

func tablesPackageMembers() map[string]python.Value {
	return map[string]python.Value{
		"table":           builtin("table", tableDecorator),
		"PatientFrame":    PatientFrameClass,
		"EventFrame":      EventFrameClass,
		"Series":          SeriesClass,
		"Constraint":      constraintClass,
		"table_from_rows": builtin("table_from_rows", tableFromRows),
		"table_from_file": builtin("table_from_file", tableFromFile),
	}
}

// constraintClass is ehrql.tables.Constraint; its members build inert
// constraint values accepted by Series(..., constraints=[...]).
var constraintClass = func() *python.Class {
	c := python.NewClass("Constraint", "ehrql.tables", nil, python.NewNamespace())
	for _, name := range []string{"NotNull", "Categorical", "Unique", "FirstOfMonth", "Regex", "ClosedRange", "GeneralRange", "DateAfter"} {
		kind := python.NewClass(name, "ehrql.tables", []*python.Class{c}, python.NewNamespace())
		kind.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.NewInstance(cls), nil
		}
		c.Dict.Set(name, kind)
	}
	return c
}()
