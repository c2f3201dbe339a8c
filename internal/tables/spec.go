package tables

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// This file defines the small declarative language the table files use.
// A table is a tableSpec; its columns are built with col and the option
// helpers below, e.g.
//
//	{module: modTPP, attr: "parents", patient: true, cols: columns(
//		col("mother_id", tInt),
//	)},

// Element types, named as in the spec's §5.1.
var (
	tDate       = querymodel.Date
	tInt        = querymodel.Int
	tFloat      = querymodel.Float
	tStr        = querymodel.Str
	tBool       = querymodel.Bool
	tSNOMED     = querymodel.CodeType(codes.SNOMEDCT)
	tCTV3       = querymodel.CodeType(codes.CTV3)
	tICD10      = querymodel.CodeType(codes.ICD10)
	tOPCS4      = querymodel.CodeType(codes.OPCS4)
	tDMD        = querymodel.CodeType(codes.DMD)
	tICD10Multi = querymodel.CodeType(codes.ICD10Multi)
	tOPCS4Multi = querymodel.CodeType(codes.OPCS4Multi)
)

// Module names.
const (
	modTables        = "ehrql.tables"
	modCore          = "ehrql.tables.core"
	modTPP           = "ehrql.tables.tpp"
	modEMIS          = "ehrql.tables.emis"
	modRaw           = "ehrql.tables.raw"
	modRawCore       = "ehrql.tables.raw.core"
	modRawTPP        = "ehrql.tables.raw.tpp"
	modRawEMIS       = "ehrql.tables.raw.emis"
	modSmoketest     = "ehrql.tables.smoketest"
	modBeta          = "ehrql.tables.beta"
	modBetaCore      = "ehrql.tables.beta.core"
	modBetaTPP       = "ehrql.tables.beta.tpp"
	modBetaRaw       = "ehrql.tables.beta.raw"
	modBetaRawCore   = "ehrql.tables.beta.raw.core"
	modBetaRawTPP    = "ehrql.tables.beta.raw.tpp"
	modDB            = "databuilder.tables"
	modDBBeta        = "databuilder.tables.beta"
	modDBBetaCore    = "databuilder.tables.beta.core"
	modDBBetaTPP     = "databuilder.tables.beta.tpp"
	modDBBetaRaw     = "databuilder.tables.beta.raw"
	modDBBetaRawCore = "databuilder.tables.beta.raw.core"
	modDBBetaRawTPP  = "databuilder.tables.beta.raw.tpp"
)

// tableSpec declares one table object, owned by module (the module whose
// source defines it).
type tableSpec struct {
	module, attr string
	// name is the table_name when it differs from attr (raw tables use a
	// physical name such as "medications_raw").
	name       string
	patient    bool
	permission string
	activation querymodel.Activation
	// extends names ("module.attr") a table whose columns come first and
	// whose helpers this table inherits (a Python subclass).
	extends     string
	description string
	cols        []colSpec
}

// colSpec is one column plus notes that querymodel.Column cannot carry.
type colSpec struct {
	querymodel.Column
	// dummyNote describes a dummy-data rule that no querymodel constraint
	// kind expresses (e.g. "always NULL").
	dummyNote string
}

type colOpt func(*colSpec)

// col declares a column of type t.
func col(name string, t querymodel.Type, opts ...colOpt) colSpec {
	c := colSpec{Column: querymodel.Column{Name: name, Type: t}}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// numbered declares prefix<from>..prefix<to>, zero-padded to width digits,
// all with the same type and options.
func numbered(prefix string, from, to, width int, t querymodel.Type, opts ...colOpt) []colSpec {
	var out []colSpec
	for i := from; i <= to; i++ {
		out = append(out, col(fmt.Sprintf("%s%0*d", prefix, width, i), t, opts...))
	}
	return out
}

// columns flattens colSpec and []colSpec arguments into one list.
func columns(items ...any) []colSpec {
	var out []colSpec
	for _, it := range items {
		switch x := it.(type) {
		case colSpec:
			out = append(out, x)
		case []colSpec:
			out = append(out, x...)
		default:
			panic(fmt.Sprintf("tables: columns: unexpected %T", it))
		}
	}
	return out
}

// allStr returns cs with every column's type changed to str and every
// constraint dropped (the raw waiting-list tables).
func allStr(cs []colSpec) []colSpec {
	out := make([]colSpec, len(cs))
	for i, c := range cs {
		out[i] = col(c.Name, tStr)
	}
	return out
}

func constraint(k querymodel.Constraint) colOpt {
	return func(c *colSpec) { c.Constraints = append(c.Constraints, k) }
}

// Real constraints.
var (
	notNull      = constraint(querymodel.NotNull{})
	firstOfMonth = constraint(querymodel.FirstOfMonth{})
	unique       = constraint(querymodel.Unique{})
)

func regex(pattern string) colOpt { return constraint(querymodel.Regex{Pattern: pattern}) }

func closedRange(lo, hi, step int64) colOpt {
	return constraint(querymodel.ClosedRange{Min: lo, Max: hi, Step: step})
}

// cat is a Categorical constraint over string values.
func cat(values ...string) colOpt {
	vs := make([]any, len(values))
	for i, v := range values {
		vs[i] = v
	}
	return constraint(querymodel.Categorical{Values: vs})
}

// catInt is a Categorical constraint over int values.
func catInt(values ...int64) colOpt {
	vs := make([]any, len(values))
	for i, v := range values {
		vs[i] = v
	}
	return constraint(querymodel.Categorical{Values: vs})
}

// dummy turns the constraints added by opts into dummy-data constraints.
func dummy(opts ...colOpt) colOpt {
	return func(c *colSpec) {
		var tmp colSpec
		for _, o := range opts {
			o(&tmp)
		}
		c.DummyConstraints = append(c.DummyConstraints, tmp.Constraints...)
		if tmp.dummyNote != "" {
			c.dummyNote = tmp.dummyNote
		}
	}
}

// onOrAfter is a GeneralRange with an inclusive lower date bound.
func onOrAfter(date string) colOpt {
	d := mustDate(date)
	return constraint(querymodel.GeneralRange{Min: d, IncludesMin: true})
}

// onDate is a GeneralRange pinning a date to one value.
func onDate(date string) colOpt {
	d := mustDate(date)
	return constraint(querymodel.GeneralRange{Min: d, Max: d, IncludesMin: true, IncludesMax: true})
}

// dateAfter is the dummy-only DateAfter constraint.
func dateAfter(cols ...string) colOpt {
	return constraint(querymodel.DateAfter{Columns: cols})
}

// alwaysNull records that dummy data leaves the column NULL; querymodel
// has no constraint kind for this, so it is kept as a note.
var alwaysNull colOpt = func(c *colSpec) { c.dummyNote = "always NULL" }

func desc(s string) colOpt { return func(c *colSpec) { c.Description = s } }

func mustDate(s string) querymodel.CalendarDate {
	d, err := querymodel.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Activation filter settings (§5.1).
var (
	// activatedInBackend is Python None: the backend SQL filters the table.
	activatedInBackend = querymodel.Activation{Kind: querymodel.ActivationInBackend}
)

// activatedBy is a column name: rows are filtered on that column.
func activatedBy(column string) querymodel.Activation {
	return querymodel.Activation{Kind: querymodel.ActivationByColumn, Column: column}
}

// moduleSpec declares one importable module. Its tables are, in order,
// tables (attributes defined by this module, or re-exported ones listed in
// reexports), or for an alias module the tables of aliasOf followed by
// tables.
type moduleSpec struct {
	name string
	// aliasOf is the current module a legacy module stands for.
	aliasOf string
	legacy  bool
	tables  []string
	// reexports maps an attribute of tables to the module that defines the
	// table object it names.
	reexports  map[string]string
	members    []string
	submodules []string
	doc        string
}
