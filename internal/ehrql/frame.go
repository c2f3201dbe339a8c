package ehrql

import (
	"sort"
	"sync"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// Frame is an ehrQL frame as a Python value: a table, filtered or sorted
// rows of one, or a row picked per patient (§2.4). Columns are attributes;
// the table's helper methods (age_on, for_patient_on, ...) stay available
// on frames derived from it. Other attributes may be set freely and are
// plain Python state.
type Frame struct {
	node  querymodel.Frame
	table *querymodel.Table // nil for user-defined tables
	name  string            // class name, the table's attribute name
	attrs *python.Namespace
}

// Frame base classes.
var (
	BaseFrameClass    = python.NewClass("BaseFrame", "ehrql.query_language", nil, python.NewNamespace())
	PatientFrameClass = python.NewClass("PatientFrame", "ehrql.query_language", []*python.Class{BaseFrameClass}, python.NewNamespace())
	EventFrameClass   = python.NewClass("EventFrame", "ehrql.query_language", []*python.Class{BaseFrameClass}, python.NewNamespace())
)

var frameClasses sync.Map // "name/dim" -> *python.Class

// NewTableFrame returns the frame of a table defined in internal/tables.
func NewTableFrame(tbl *querymodel.Table) (*Frame, error) {
	n, err := querymodel.TableFrame(tbl)
	if err != nil {
		return nil, err
	}
	return &Frame{node: n, table: tbl, name: tbl.Attr}, nil
}

// Node returns the query-model frame.
func (f *Frame) Node() querymodel.Frame { return f.node }

func (f *Frame) derive(n querymodel.Frame) *Frame {
	return &Frame{node: n, table: f.table, name: f.name}
}

func (f *Frame) isPatient() bool { return f.node.Dim() == querymodel.OneRowPerPatient }

// Type returns a class named after the table, deriving from PatientFrame or
// EventFrame.
func (f *Frame) Type() *python.Class {
	base := EventFrameClass
	key := f.name + "/event"
	if f.isPatient() {
		base, key = PatientFrameClass, f.name+"/patient"
	}
	if c, ok := frameClasses.Load(key); ok {
		return c.(*python.Class)
	}
	c, _ := frameClasses.LoadOrStore(key, python.NewClass(f.name, "ehrql.tables", []*python.Class{base}, python.NewNamespace()))
	return c.(*python.Class)
}

// Repr implements python.HasRepr.
func (f *Frame) Repr(t *python.Thread) (string, error) {
	return "<" + f.name + " frame>", nil
}

// Truth implements python.HasTruth (frames are true, as Python objects).
func (f *Frame) Truth(t *python.Thread) (bool, error) { return true, nil }

// column returns the series of column name.
func (f *Frame) column(name string) *Series {
	n, err := querymodel.NewSelectColumn(f.node, name)
	if err != nil {
		panic(err) // helpers only read columns their tables declare
	}
	return NewSeries(n)
}

func (f *Frame) hasColumn(name string) bool {
	_, ok := f.node.Schema().Column(name)
	return ok
}

// Attr implements python.HasAttrs.
func (f *Frame) Attr(t *python.Thread, name string) (python.Value, error) {
	if v, ok := f.attrs.Get(name); ok {
		return v, nil
	}
	if f.hasColumn(name) {
		return f.column(name), nil
	}
	if m, ok := frameMethods[name]; ok && m.avail(f) {
		return &python.BoundMethod{Self: f, Func: m.builtin}, nil
	}
	if h, ok := f.helper(name); ok {
		if h.prop {
			return h.fn(t, f, nil, nil)
		}
		return &python.BoundMethod{Self: f, Func: h.builtin}, nil
	}
	return nil, nil
}

// AttrNames implements python.HasAttrs.
func (f *Frame) AttrNames() []string {
	names := append([]string(nil), f.node.Schema().ColumnNames()...)
	for name, m := range frameMethods {
		if m.avail(f) {
			names = append(names, name)
		}
	}
	if f.table != nil {
		for _, h := range tables.Helpers(f.table) {
			names = append(names, h.Name)
		}
	}
	names = append(names, f.attrs.Names()...)
	sort.Strings(names)
	return names
}

// SetAttr implements python.HasSetAttr: plain Python attributes.
func (f *Frame) SetAttr(t *python.Thread, name string, v python.Value) error {
	if f.attrs == nil {
		f.attrs = python.NewNamespace()
	}
	f.attrs.Set(name, v)
	return nil
}

type frameMethod struct {
	avail   func(f *Frame) bool
	prop    bool
	fn      func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)
	builtin *python.Builtin
}

func newFrameMethod(name string, avail func(*Frame) bool, prop bool, fn func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) *frameMethod {
	m := &frameMethod{avail: avail, prop: prop, fn: fn}
	m.builtin = python.NewBuiltin(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		f, ok := args[0].(*Frame)
		if !ok {
			return nil, typeErrorf("%s() needs a frame", name)
		}
		return fn(t, f, args[1:], kwargs)
	})
	return m
}

var frameMethods = map[string]*frameMethod{}

func isSorted(n querymodel.Frame) bool {
	for {
		switch x := n.(type) {
		case *querymodel.Sort:
			return true
		case *querymodel.Filter:
			n = x.Source
		default:
			return false
		}
	}
}

func init() {
	all := func(*Frame) bool { return true }
	events := func(f *Frame) bool { return !f.isPatient() }
	sorted := func(f *Frame) bool { return !f.isPatient() && isSorted(f.node) }
	def := func(name string, avail func(*Frame) bool, fn func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) {
		frameMethods[name] = newFrameMethod(name, avail, false, fn)
	}
	agg := func(name string, op querymodel.AggOp) {
		def(name, all, func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			n, err := querymodel.NewAggregate(op, f.node)
			if err != nil {
				return nil, pyErr(err)
			}
			return NewSeries(n), nil
		})
	}
	agg("exists_for_patient", querymodel.AggExists)
	agg("count_for_patient", querymodel.AggCount)
	def("where", events, func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("where", "condition", args, kwargs)
		if err != nil {
			return nil, err
		}
		return f.where(t, v)
	})
	def("except_where", events, func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		v, err := oneArg("except_where", "condition", args, kwargs)
		if err != nil {
			return nil, err
		}
		return f.exceptWhere(t, v)
	})
	def("sort_by", events, func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(kwargs) > 0 {
			return nil, typeErrorf("sort_by() got an unexpected keyword argument '%s'", kwargs[0].Name)
		}
		return f.sortBy(t, args)
	})
	pick := func(name string, pos querymodel.Position) {
		def(name, sorted, func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			n, err := querymodel.NewPickOneRowPerPatient(f.node, pos)
			if err != nil {
				return nil, pyErr(err)
			}
			return f.derive(n), nil
		})
	}
	pick("first_for_patient", querymodel.First)
	pick("last_for_patient", querymodel.Last)
}

func (f *Frame) condition(t *python.Thread, v python.Value) (querymodel.Series, error) {
	return toNode(t, v, querymodel.Bool)
}

func (f *Frame) where(t *python.Thread, v python.Value) (*Frame, error) {
	c, err := f.condition(t, v)
	if err != nil {
		return nil, err
	}
	n, err := querymodel.NewFilter(f.node, c)
	if err != nil {
		return nil, pyErr(err)
	}
	return f.derive(n), nil
}

func (f *Frame) exceptWhere(t *python.Thread, v python.Value) (*Frame, error) {
	c, err := f.condition(t, v)
	if err != nil {
		return nil, err
	}
	not, err := querymodel.NewFunction(querymodel.FnNot, c)
	if err != nil {
		return nil, pyErr(err)
	}
	cond, err := querymodel.NewFunction(querymodel.FnOr, not, mustFn(querymodel.FnIsNull, c))
	if err != nil {
		return nil, pyErr(err)
	}
	n, err := querymodel.NewFilter(f.node, cond)
	if err != nil {
		return nil, pyErr(err)
	}
	return f.derive(n), nil
}

func (f *Frame) sortBy(t *python.Thread, keys python.Tuple) (*Frame, error) {
	if len(keys) == 0 {
		return nil, typeErrorf("sort_by() requires at least one series to sort by")
	}
	nodes := make([]querymodel.Series, len(keys))
	for i, k := range keys {
		if s, ok := k.(python.Str); ok {
			return nil, typeErrorf("to sort by a column use a table attribute like `events.%s` rather than the string \"%s\"", s, s)
		}
		n, err := toNode(t, k, noCast)
		if err != nil {
			return nil, err
		}
		nodes[i] = n
	}
	node := f.node
	for i := len(nodes) - 1; i >= 0; i-- {
		s, err := querymodel.NewSort(node, nodes[i])
		if err != nil {
			return nil, pyErr(err)
		}
		node = s
	}
	return f.derive(node), nil
}
