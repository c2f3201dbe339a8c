package querymodel

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// Marshal encodes root, a *ModuleDetails or a Node, as serialize-definition
// JSON: {"value": <root>, "1": <node>, "2": <node>, ...}. Nodes are
// numbered in order of first occurrence (parents before children, fields in
// declaration order) and every occurrence is written {"ref": "<id>"}.
// Tables are written as {"external_ref": {"module": ..., "name": ...}}.
// The output depends only on the graph, never on map iteration order.
func Marshal(root any) ([]byte, error) {
	e := &encoder{ids: make(map[Node]int)}
	var value bytes.Buffer
	if err := e.any(&value, root); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteString(`{"value": `)
	out.Write(value.Bytes())
	for i, body := range e.bodies {
		fmt.Fprintf(&out, `, "%d": `, i+1)
		out.Write(body)
	}
	out.WriteString("}")
	return out.Bytes(), nil
}

type encoder struct {
	ids    map[Node]int
	bodies [][]byte // bodies[id-1]
}

// obj writes {"tag": {"k1": v1, ...}} with fields in the given order.
func (e *encoder) obj(b *bytes.Buffer, tag string, fields ...any) error {
	b.WriteString("{")
	writeString(b, tag)
	b.WriteString(": {")
	for i := 0; i < len(fields); i += 2 {
		if i > 0 {
			b.WriteString(", ")
		}
		writeString(b, fields[i].(string))
		b.WriteString(": ")
		if err := e.any(b, fields[i+1]); err != nil {
			return err
		}
	}
	b.WriteString("}}")
	return nil
}

// Helper value kinds for encoding.
type (
	tupleOf     []any
	frozensetOf []any
	dictOf      [][2]any
	pathOf      string
	rawJSON     json.RawMessage
)

func (e *encoder) any(b *bytes.Buffer, v any) error {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool, int64, float64, string, CalendarDate, codes.Code, Frozenset, int:
		return writeLiteral(b, x)
	case []string:
		b.WriteString("[")
		for i, s := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeString(b, s)
		}
		b.WriteString("]")
	case []any:
		b.WriteString("[")
		for i, it := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := e.any(b, it); err != nil {
				return err
			}
		}
		b.WriteString("]")
	case tupleOf:
		b.WriteString(`{"tuple": `)
		if err := e.any(b, []any(x)); err != nil {
			return err
		}
		b.WriteString("}")
	case frozensetOf:
		b.WriteString(`{"frozenset": `)
		if err := e.any(b, []any(x)); err != nil {
			return err
		}
		b.WriteString("}")
	case dictOf:
		b.WriteString(`{"dict": [`)
		for i, kv := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("[")
			if err := e.any(b, kv[0]); err != nil {
				return err
			}
			b.WriteString(", ")
			if err := e.any(b, kv[1]); err != nil {
				return err
			}
			b.WriteString("]")
		}
		b.WriteString("]}")
	case pathOf:
		b.WriteString(`{"Path": `)
		writeString(b, string(x))
		b.WriteString("}")
	case rawJSON:
		b.Write(x)
	case Type:
		b.WriteString(`{"type": `)
		writeString(b, x.String())
		b.WriteString("}")
	case Position:
		b.WriteString(`{"Position": `)
		writeString(b, x.String())
		b.WriteString("}")
	case Node:
		if isNilNode(x) {
			b.WriteString("null")
			return nil
		}
		return e.node(b, x)
	case *ModuleDetails:
		return e.module(b, x)
	case *DummyDataConfig:
		if x == nil {
			b.WriteString("null")
			return nil
		}
		var c any
		if x.AdditionalPopulationConstraint != nil {
			c = x.AdditionalPopulationConstraint
		}
		return e.obj(b, "DummyDataConfig", "population_size", x.PopulationSize, "legacy", x.Legacy,
			"timeout", x.Timeout, "additional_population_constraint", c)
	case *DisclosureControlConfig:
		if x == nil {
			b.WriteString("null")
			return nil
		}
		return e.obj(b, "DisclosureControlConfig", "enabled", x.Enabled)
	case *MeasureCollection:
		if x == nil {
			b.WriteString("null")
			return nil
		}
		ms := make([]any, len(x.Measures))
		for i, m := range x.Measures {
			ms[i] = m
		}
		return e.obj(b, "MeasureCollection", "measures", ms)
	case *Measure:
		ivs := make(tupleOf, len(x.Intervals))
		for i, iv := range x.Intervals {
			ivs[i] = tupleOf{iv.Start, iv.End}
		}
		return e.obj(b, "Measure", "name", x.Name, "numerator", asAny(x.Numerator),
			"denominator", asAny(x.Denominator), "group_by", namedDict(x.GroupBy), "intervals", ivs)
	case *DefinitionError:
		return e.obj(b, "DefinitionError", "message", x.Message, "exit_code", int64(x.ExitCode))
	case *TableSchema:
		return e.schema(b, x)
	case taggedObj:
		return e.obj(b, x.tag, x.fields...)
	case columnSpecValue:
		return e.obj(b, "ColumnSpec", "type", x.spec.Type, "nullable", x.spec.Nullable,
			"categories", x.cats, "min_value", x.spec.Min, "max_value", x.spec.Max)
	case constraintValue:
		return e.constraint(b, x.c)
	default:
		return fmt.Errorf("querymodel: cannot serialise %T", v)
	}
	return nil
}

func isNilNode(n Node) bool {
	switch x := n.(type) {
	case *GroupedSum:
		return x == nil
	case *Dataset:
		return x == nil
	case *SeriesCollectionFrame:
		return x == nil
	}
	return false
}

func asAny(s Series) any {
	if s == nil {
		return nil
	}
	return s
}

func namedDict(vs []NamedSeries) dictOf {
	d := make(dictOf, len(vs))
	for i, v := range vs {
		d[i] = [2]any{v.Name, v.Series}
	}
	return d
}

func (e *encoder) module(b *bytes.Buffer, m *ModuleDetails) error {
	slot := func(name string, v any) any {
		if err, ok := m.Errors[name]; ok && err != nil {
			return err
		}
		return v
	}
	var ds, mc, ddc, mddc, mdc any
	if m.Dataset != nil {
		ds = m.Dataset
	}
	if m.Measures != nil {
		mc = m.Measures
	}
	if m.DatasetDummyDataConfig != nil {
		ddc = m.DatasetDummyDataConfig
	}
	if m.MeasuresDummyDataConfig != nil {
		mddc = m.MeasuresDummyDataConfig
	}
	if m.MeasuresDisclosureControlConfig != nil {
		mdc = m.MeasuresDisclosureControlConfig
	}
	var td any
	if len(m.TestData) > 0 {
		if !json.Valid(m.TestData) {
			return fmt.Errorf("querymodel: test_data is not valid JSON")
		}
		td = rawJSON(m.TestData)
	}
	perms := m.ClaimedPermissions
	if perms == nil {
		perms = []string{}
	}
	return e.obj(b, "ModuleDetails",
		"dataset", slot("dataset", ds),
		"dataset_dummy_data_config", slot("dataset_dummy_data_config", ddc),
		"test_data", slot("test_data", td),
		"measures", slot("measures", mc),
		"measures_dummy_data_config", slot("measures_dummy_data_config", mddc),
		"measures_disclosure_control_config", slot("measures_disclosure_control_config", mdc),
		"claimed_permissions", slot("claimed_permissions", perms))
}

// node writes a reference to n, encoding its body on first occurrence.
func (e *encoder) node(b *bytes.Buffer, n Node) error {
	id, ok := e.ids[n]
	if !ok {
		e.bodies = append(e.bodies, nil)
		id = len(e.bodies)
		e.ids[n] = id
		var body bytes.Buffer
		if err := e.body(&body, n); err != nil {
			return err
		}
		e.bodies[id-1] = body.Bytes()
	}
	fmt.Fprintf(b, `{"ref": "%d"}`, id)
	return nil
}

func seriesTuple(ss []Series) tupleOf {
	t := make(tupleOf, len(ss))
	for i, s := range ss {
		t[i] = s
	}
	return t
}

func (e *encoder) body(b *bytes.Buffer, n Node) error {
	switch n := n.(type) {
	case *SelectTable:
		return externalRef(b, n.Table)
	case *SelectPatientTable:
		return externalRef(b, n.Table)
	case *InlinePatientTable:
		rows, err := rowsValue(n.Rows)
		if err != nil {
			return err
		}
		return e.obj(b, "InlinePatientTable", "rows", rows, "schema", n.TableSchema)
	case *Filter:
		return e.obj(b, "Filter", "source", n.Source, "condition", n.Condition)
	case *Sort:
		return e.obj(b, "Sort", "source", n.Source, "sort_by", n.SortBy)
	case *PickOneRowPerPatient:
		return e.obj(b, "PickOneRowPerPatient", "source", n.Source, "position", n.Position)
	case *PickOneRowPerPatientWithColumns:
		cols := make(frozensetOf, len(n.SelectedColumns))
		for i, c := range n.SelectedColumns {
			cols[i] = c
		}
		return e.obj(b, "PickOneRowPerPatientWithColumns", "source", n.Source, "position", n.Position, "selected_columns", cols)
	case *SeriesCollectionFrame:
		return e.obj(b, "SeriesCollectionFrame", "members", namedDict(n.Members))
	case *Dataset:
		ev := make(dictOf, len(n.Events))
		for i, f := range n.Events {
			ev[i] = [2]any{f.Name, f.Frame}
		}
		var m any
		if n.Measures != nil {
			m = n.Measures
		}
		return e.obj(b, "Dataset", "population", n.Population, "variables", namedDict(n.Variables), "events", ev, "measures", m)
	case *GroupedSum:
		gb := make(dictOf, len(n.GroupBys))
		for i, g := range n.GroupBys {
			gb[i] = [2]any{strTuple(g.Columns), strTuple(g.Numerators)}
		}
		return e.obj(b, "GroupedSum", "numerators", strTuple(n.Numerators), "denominator", n.Denominator, "group_bys", gb)
	case *Value:
		return e.obj(b, "Value", "value", n.V)
	case *Parameter:
		return e.obj(b, "Parameter", "name", n.Name, "type", n.Type())
	case *SelectColumn:
		return e.obj(b, "SelectColumn", "source", n.Source, "name", n.Name)
	case *Aggregate:
		if n.Op == AggCountEpisodes {
			return e.obj(b, n.Op.String(), "source", n.Source, "maximum_gap_days", n.MaximumGapDays)
		}
		return e.obj(b, n.Op.String(), "source", n.Source)
	case *Function:
		fields := n.Op.Fields()
		if n.Op.Variadic() {
			return e.obj(b, n.Op.String(), fields[0], seriesTuple(n.Args))
		}
		kv := make([]any, 0, 2*len(fields))
		for i, f := range fields {
			kv = append(kv, f, n.Args[i])
		}
		return e.obj(b, n.Op.String(), kv...)
	case *Case:
		cs := make(dictOf, len(n.Cases))
		for i, arm := range n.Cases {
			cs[i] = [2]any{arm.When, asAny(arm.Then)}
		}
		return e.obj(b, "Case", "cases", cs, "default", asAny(n.Default))
	case *FixedValueMap:
		m := make(dictOf, len(n.Mapping))
		for i, kv := range n.Mapping {
			m[i] = [2]any{kv.From, kv.To}
		}
		return e.obj(b, "FixedValueMap", "source", n.Source, "mapping", m, "default", n.Default)
	case *Coalesce:
		return e.obj(b, "Coalesce", "sources", seriesTuple(n.Sources))
	}
	return fmt.Errorf("querymodel: cannot serialise node %T", n)
}

func strTuple(ss []string) tupleOf {
	t := make(tupleOf, len(ss))
	for i, s := range ss {
		t[i] = s
	}
	return t
}

func externalRef(b *bytes.Buffer, t *Table) error {
	if t.Module == "" || t.Attr == "" {
		return fmt.Errorf("querymodel: table %q is not defined in an ehrql.tables module and cannot be serialised", t.TableName())
	}
	b.WriteString(`{"external_ref": {"module": `)
	writeString(b, t.Module)
	b.WriteString(`, "name": `)
	writeString(b, t.Attr)
	b.WriteString("}}")
	return nil
}

var rowsReaders = map[string]string{"csv": "CSVRowsReader", "csv.gz": "CSVGZRowsReader", "arrow": "ArrowRowsReader"}

func rowsValue(r RowSource) (any, error) {
	switch r := r.(type) {
	case *LiteralRows:
		rows := make(tupleOf, len(r.Rows))
		for i, row := range r.Rows {
			rows[i] = tupleOf(row)
		}
		return rows, nil
	case *FileRows:
		tag, ok := rowsReaders[r.Format]
		if !ok {
			return nil, fmt.Errorf("querymodel: unknown file format %q", r.Format)
		}
		specs := make(dictOf, len(r.Columns))
		for i, c := range r.Columns {
			var cats any
			if c.Categories != nil {
				cats = tupleOf(c.Categories)
			}
			specs[i] = [2]any{c.Name, columnSpecValue{c, cats}}
		}
		return taggedObj{tag, []any{"filename", pathOf(r.Filename), "column_specs", specs,
			"allow_missing_columns", r.AllowMissingColumns}}, nil
	}
	return nil, fmt.Errorf("querymodel: cannot serialise rows %T", r)
}

type columnSpecValue struct {
	spec ColumnSpec
	cats any
}

type taggedObj struct {
	tag    string
	fields []any
}

func (e *encoder) schema(b *bytes.Buffer, s *TableSchema) error {
	b.WriteString(`{"TableSchema": {`)
	for i, c := range s.Columns() {
		if i > 0 {
			b.WriteString(", ")
		}
		writeString(b, c.Name)
		b.WriteString(": ")
		if err := e.obj(b, "Column", "type_", c.Type, "constraints", constraintTuple(c.Constraints),
			"dummy_data_constraints", constraintTuple(c.DummyConstraints)); err != nil {
			return err
		}
	}
	b.WriteString("}}")
	return nil
}

type constraintValue struct{ c Constraint }

func constraintTuple(cs []Constraint) tupleOf {
	t := make(tupleOf, len(cs))
	for i, c := range cs {
		t[i] = constraintValue{c}
	}
	return t
}

func (e *encoder) constraint(b *bytes.Buffer, c Constraint) error {
	tag := "Constraint." + c.constraintName()
	switch c := c.(type) {
	case NotNull, Unique, FirstOfMonth:
		return e.obj(b, tag)
	case Categorical:
		return e.obj(b, tag, "values", tupleOf(c.Values))
	case Regex:
		return e.obj(b, tag, "regex", c.Pattern)
	case ClosedRange:
		return e.obj(b, tag, "minimum", c.Min, "maximum", c.Max, "step", c.Step)
	case GeneralRange:
		return e.obj(b, tag, "minimum", c.Min, "maximum", c.Max, "includes_minimum", c.IncludesMin, "includes_maximum", c.IncludesMax)
	case DateAfter:
		return e.obj(b, tag, "column_names", strTuple(c.Columns))
	}
	return fmt.Errorf("querymodel: cannot serialise constraint %T", c)
}

// writeLiteral writes a literal value.
func writeLiteral(b *bytes.Buffer, v any) error {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("querymodel: cannot serialise float %v", x)
		}
		b.WriteString(PythonFloat(x))
	case string:
		writeString(b, x)
	case CalendarDate:
		b.WriteString(`{"date": "` + x.String() + `"}`)
	case codes.Code:
		b.WriteString("{")
		writeString(b, x.System.Name())
		b.WriteString(": ")
		writeString(b, x.Value)
		b.WriteString("}")
	case Frozenset:
		b.WriteString(`{"frozenset": [`)
		for i, it := range x.items {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeLiteral(b, it); err != nil {
				return err
			}
		}
		b.WriteString("]}")
	default:
		return fmt.Errorf("querymodel: cannot serialise literal %T", v)
	}
	return nil
}

func writeString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}

// PythonFloat formats f the way Python's repr does: the shortest digits
// that round-trip, always with a decimal point or exponent ("2.0", "0.1",
// "1e-05", "1e+16").
func PythonFloat(f float64) string {
	if math.IsInf(f, 1) {
		return "inf"
	} else if math.IsInf(f, -1) {
		return "-inf"
	} else if math.IsNaN(f) {
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		return fmt.Sprintf("%se%s%02d", mant, sign, exp)
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
