package tables

import (
	"fmt"
	"strings"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Module describes one importable Python module under ehrql.tables (or a
// legacy alias of one). Values returned by this package are shared and
// must not be modified.
type Module struct {
	// Name is the dotted module name, "ehrql.tables.tpp".
	Name string
	// Tables are the table attributes the module exports, in order.
	Tables []string
	// Members are other (non-table, non-module) names the module exports.
	Members []string
	// Submodules are the names of child modules reachable as attributes
	// ("from ehrql.tables import tpp as schema").
	Submodules []string
	// AliasOf is, for a legacy alias, the module whose tables it mirrors
	// ("ehrql.tables.tpp" for ehrql.tables.beta.tpp,
	// "ehrql.tables.beta.tpp" for databuilder.tables.beta.tpp).
	AliasOf string
	// Legacy marks the ehrQL v0 and databuilder paths.
	Legacy bool
	// Doc is a short description.
	Doc string

	tables map[string]*querymodel.Table
}

// Table returns the table exported as attr.
func (m *Module) Table(attr string) (*querymodel.Table, bool) {
	t, ok := m.tables[attr]
	return t, ok
}

// Ref names a table attribute of a module.
type Ref struct{ Module, Attr string }

func (r Ref) String() string { return r.Module + "." + r.Attr }

// TableInfo is the metadata this package keeps about a table beyond
// querymodel.Table.
type TableInfo struct {
	Table       *querymodel.Table
	Description string
	// Extends is the table this one extends (a Python subclass), or nil.
	// Its columns come first and its helpers are inherited.
	Extends *querymodel.Table
	// ExportedAs lists every (module, attribute) through which the table
	// object is importable, current modules first.
	ExportedAs []Ref
	// DummyNotes holds, per column, dummy-data rules that no querymodel
	// constraint kind expresses ("always NULL").
	DummyNotes map[string]string
}

var (
	allTables []*querymodel.Table
	infos     = map[*querymodel.Table]*TableInfo{}
	byOwner   = map[string]*querymodel.Table{} // "module.attr" of the owning module
	modules   []*Module
	byModule  = map[string]*Module{}
)

func init() {
	groups := [][]tableSpec{coreTables, tppTables, emisTables, smoketestTables,
		rawCoreTables, rawTPPTables, legacyTables}
	specs := map[string]*tableSpec{}
	for _, g := range groups {
		for i := range g {
			mustBuild(&g[i], specs)
		}
	}
	mods := []moduleSpec{coreModule, tppModule, emisModule, rawCoreModule, rawTPPModule,
		rawEMISModule, smoketestModule}
	mods = append(mods, packageModules...)
	mods = append(mods, legacyModules...)
	for _, ms := range mods {
		mustAddModule(ms)
	}
	for key, t := range byOwner {
		if len(infos[t].ExportedAs) == 0 {
			panic(fmt.Sprintf("tables: %s is not exported by any module", key))
		}
	}
}

// fullColumns returns the columns of s, those of the table it extends first.
func fullColumns(s *tableSpec, specs map[string]*tableSpec) []colSpec {
	if s.extends == "" {
		return s.cols
	}
	base, ok := specs[s.extends]
	if !ok {
		panic(fmt.Sprintf("tables: %s.%s extends unknown table %s", s.module, s.attr, s.extends))
	}
	return append(append([]colSpec(nil), fullColumns(base, specs)...), s.cols...)
}

func mustBuild(s *tableSpec, specs map[string]*tableSpec) {
	key := s.module + "." + s.attr
	if _, dup := byOwner[key]; dup {
		panic("tables: duplicate table " + key)
	}
	cs := fullColumns(s, specs)
	qcols := make([]querymodel.Column, len(cs))
	notes := map[string]string{}
	for i, c := range cs {
		qcols[i] = c.Column
		if c.dummyNote != "" {
			notes[c.Name] = c.dummyNote
		}
	}
	schema, err := querymodel.NewTableSchema(qcols...)
	if err != nil {
		panic(fmt.Sprintf("tables: %s: %v", key, err))
	}
	t := &querymodel.Table{Module: s.module, Attr: s.attr, Name: s.name, Patient: s.patient,
		Schema: schema, RequiredPermission: s.permission, Activation: s.activation}
	info := &TableInfo{Table: t, Description: s.description, DummyNotes: notes}
	if s.extends != "" {
		base := byOwner[s.extends]
		info.Extends = base
		if t.Activation == (querymodel.Activation{}) {
			t.Activation = base.Activation
		}
		if t.RequiredPermission == "" {
			t.RequiredPermission = base.RequiredPermission
		}
		if base.Patient != t.Patient {
			panic(fmt.Sprintf("tables: %s and the table it extends differ in dimension", key))
		}
	}
	if t.Activation.Kind == querymodel.ActivationByColumn {
		c, ok := schema.Column(t.Activation.Column)
		if !ok || c.Type != querymodel.Date {
			panic(fmt.Sprintf("tables: %s: activation field %q is not a date column", key, t.Activation.Column))
		}
	}
	specs[key] = s
	byOwner[key] = t
	infos[t] = info
	allTables = append(allTables, t)
}

func mustAddModule(ms moduleSpec) {
	if _, dup := byModule[ms.name]; dup {
		panic("tables: duplicate module " + ms.name)
	}
	m := &Module{Name: ms.name, Members: ms.members, Submodules: ms.submodules,
		AliasOf: ms.aliasOf, Legacy: ms.legacy, Doc: ms.doc, tables: map[string]*querymodel.Table{}}
	add := func(attr string, t *querymodel.Table) {
		if _, dup := m.tables[attr]; dup {
			panic(fmt.Sprintf("tables: %s exports %s twice", ms.name, attr))
		}
		m.Tables = append(m.Tables, attr)
		m.tables[attr] = t
		infos[t].ExportedAs = append(infos[t].ExportedAs, Ref{ms.name, attr})
	}
	if ms.aliasOf != "" {
		base, ok := byModule[ms.aliasOf]
		if !ok {
			panic(fmt.Sprintf("tables: %s aliases unknown module %s", ms.name, ms.aliasOf))
		}
		if m.Doc == "" {
			m.Doc = "legacy alias of " + ms.aliasOf
		}
		m.Members, m.Submodules = base.Members, base.Submodules
		for _, attr := range base.Tables {
			add(attr, base.tables[attr])
		}
	}
	for _, attr := range ms.tables {
		owner := ms.name
		if from, ok := ms.reexports[attr]; ok {
			owner = from
		}
		t, ok := byOwner[owner+"."+attr]
		if !ok {
			panic(fmt.Sprintf("tables: %s exports unknown table %s.%s", ms.name, owner, attr))
		}
		add(attr, t)
	}
	modules = append(modules, m)
	byModule[ms.name] = m
}

// Modules returns every importable table module, package and legacy alias:
// the current table modules first (core, tpp, emis, raw.core, raw.tpp,
// raw.emis, smoketest), then the packages ehrql.tables and
// ehrql.tables.raw, then the legacy paths.
func Modules() []*Module { return append([]*Module(nil), modules...) }

// ModuleByName returns the module called name ("ehrql.tables.beta.tpp").
func ModuleByName(name string) (*Module, bool) {
	m, ok := byModule[name]
	return m, ok
}

// Lookup returns the table object exported as attribute name of module, the
// resolution of {"external_ref": {"module": module, "name": name}}. Every
// alias of a table resolves to the same pointer.
func Lookup(module, name string) (*querymodel.Table, bool) {
	m, ok := byModule[module]
	if !ok {
		return nil, false
	}
	return m.Table(name)
}

type registry struct{}

func (registry) LookupTable(module, attr string) (*querymodel.Table, bool) {
	return Lookup(module, attr)
}

// Registry is the querymodel.TableRegistry of every table in this package,
// for querymodel.Unmarshal / UnmarshalModule.
var Registry querymodel.TableRegistry = registry{}

// Tables returns every distinct table object, each once, in definition
// order (core, tpp, emis, smoketest, raw.core, raw.tpp, legacy).
func Tables() []*querymodel.Table { return append([]*querymodel.Table(nil), allTables...) }

// Info returns the metadata of a table defined by this package. The result
// is shared and must not be modified.
func Info(t *querymodel.Table) (*TableInfo, bool) {
	i, ok := infos[t]
	return i, ok
}

// QualifiedName returns "module.attr" of the module that defines t, the
// pair written as t's external_ref: "ehrql.tables.core.patients".
func QualifiedName(t *querymodel.Table) string { return t.Module + "." + t.Attr }

// DisplayName returns t's name as users see it in messages, without the
// "ehrql.tables." prefix: "tpp.appointments", "raw.tpp.isaric".
func DisplayName(t *querymodel.Table) string {
	return strings.TrimPrefix(t.Module, modTables+".") + "." + t.Attr
}
