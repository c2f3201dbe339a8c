package querymodel

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// UnmarshalError reports invalid serialize-definition JSON. ID is the node
// id being decoded ("" for the root value).
type UnmarshalError struct {
	ID  string
	Msg string
	Err error
}

func (e *UnmarshalError) Error() string {
	msg := "querymodel: invalid serialised definition"
	if e.ID != "" {
		msg += " (node " + e.ID + ")"
	}
	msg += ": " + e.Msg
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *UnmarshalError) Unwrap() error { return e.Err }

// Unmarshal decodes serialize-definition JSON written by Marshal or by the
// reference system. Tables must be external references, resolved through
// reg; inline table definitions (SelectTable or SelectPatientTable bodies)
// are rejected. Every node is rebuilt through its constructor, so the
// result is type-checked and domain-checked. The result is a
// *ModuleDetails, a Node, or whatever other value the root holds.
func Unmarshal(data []byte, reg TableRegistry) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, &UnmarshalError{Msg: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	top, err := parseOrdered(dec)
	if err != nil {
		return nil, &UnmarshalError{Msg: "bad JSON", Err: err}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &UnmarshalError{Msg: "trailing data after JSON object"}
	}
	obj, ok := top.(*object)
	if !ok {
		return nil, &UnmarshalError{Msg: "top level must be an object"}
	}
	root, ok := obj.vals["value"]
	if !ok {
		return nil, &UnmarshalError{Msg: `missing "value"`}
	}
	d := &decoder{obj: obj, reg: reg, nodes: make(map[string]Node), busy: make(map[string]bool)}
	v, err := d.value(root)
	if err != nil {
		var ue *UnmarshalError
		if errors.As(err, &ue) {
			return nil, err
		}
		return nil, &UnmarshalError{ID: d.current, Msg: "invalid node", Err: err}
	}
	return v, nil
}

// UnmarshalModule is Unmarshal for a root that must be a ModuleDetails.
func UnmarshalModule(data []byte, reg TableRegistry) (*ModuleDetails, error) {
	v, err := Unmarshal(data, reg)
	if err != nil {
		return nil, err
	}
	m, ok := v.(*ModuleDetails)
	if !ok {
		return nil, &UnmarshalError{Msg: fmt.Sprintf("root is %T, not ModuleDetails", v)}
	}
	return m, nil
}

// object is a JSON object with its key order.
type object struct {
	keys []string
	vals map[string]any
}

func parseOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &object{vals: make(map[string]any)}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k := kt.(string)
				v, err := parseOrdered(dec)
				if err != nil {
					return nil, err
				}
				if _, dup := o.vals[k]; !dup {
					o.keys = append(o.keys, k)
				}
				o.vals[k] = v
			}
			_, err := dec.Token()
			return o, err
		case '[':
			var a []any
			for dec.More() {
				v, err := parseOrdered(dec)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			_, err := dec.Token()
			if a == nil {
				a = []any{}
			}
			return a, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	default:
		return tok, nil // nil, bool, json.Number, string
	}
}

// encodeOrdered writes a parsed tree back as JSON.
func encodeOrdered(b *bytes.Buffer, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case json.Number:
		b.WriteString(string(x))
	case string:
		writeString(b, x)
	case []any:
		b.WriteString("[")
		for i, it := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			encodeOrdered(b, it)
		}
		b.WriteString("]")
	case *object:
		b.WriteString("{")
		for i, k := range x.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			writeString(b, k)
			b.WriteString(": ")
			encodeOrdered(b, x.vals[k])
		}
		b.WriteString("}")
	}
}

type decoder struct {
	obj     *object
	reg     TableRegistry
	nodes   map[string]Node
	busy    map[string]bool
	current string
}

func (d *decoder) fail(format string, args ...any) error {
	return &UnmarshalError{ID: d.current, Msg: fmt.Sprintf(format, args...)}
}

// ref resolves node id.
func (d *decoder) ref(id string) (Node, error) {
	if n, ok := d.nodes[id]; ok {
		return n, nil
	}
	if id == "value" {
		return nil, d.fail(`"value" cannot be referenced`)
	}
	body, ok := d.obj.vals[id]
	if !ok {
		return nil, d.fail("reference to missing node %q", id)
	}
	if d.busy[id] {
		return nil, d.fail("node %q refers to itself", id)
	}
	d.busy[id] = true
	saved := d.current
	d.current = id
	v, err := d.value(body)
	if err != nil {
		return nil, err
	}
	d.current = saved
	delete(d.busy, id)
	n, ok := v.(Node)
	if !ok {
		return nil, d.fail("node %q is %T, not a query-model node", id, v)
	}
	d.nodes[id] = n
	return n, nil
}

func (d *decoder) value(v any) (any, error) {
	switch x := v.(type) {
	case nil, bool, string:
		return x, nil
	case json.Number:
		s := string(x)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return i, nil
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, d.fail("bad number %s", s)
		}
		return f, nil
	case []any:
		out := make([]any, len(x))
		for i, it := range x {
			dv, err := d.value(it)
			if err != nil {
				return nil, err
			}
			out[i] = dv
		}
		return out, nil
	case *object:
		if len(x.keys) != 1 {
			return nil, d.fail("expected a single-key tagged object, got keys %q", x.keys)
		}
		return d.tagged(x.keys[0], x.vals[x.keys[0]])
	}
	return nil, d.fail("unexpected JSON value %T", v)
}

func (d *decoder) list(v any) ([]any, error) {
	a, ok := v.([]any)
	if !ok {
		return nil, d.fail("expected an array, got %T", v)
	}
	out, err := d.value(a)
	if err != nil {
		return nil, err
	}
	return out.([]any), nil
}

func (d *decoder) tagged(tag string, inner any) (any, error) {
	switch tag {
	case "ref":
		id, ok := inner.(string)
		if !ok {
			return nil, d.fail("ref must be a string")
		}
		return d.ref(id)
	case "date":
		s, ok := inner.(string)
		if !ok {
			return nil, d.fail("date must be a string")
		}
		return ParseDate(s)
	case "tuple", "frozenset":
		items, err := d.list(inner)
		if err != nil {
			return nil, err
		}
		if tag == "tuple" {
			return tupleOf(items), nil
		}
		return frozensetOf(items), nil
	case "dict":
		pairs, ok := inner.([]any)
		if !ok {
			return nil, d.fail("dict must be an array of pairs")
		}
		out := make(dictOf, len(pairs))
		for i, p := range pairs {
			kv, ok := p.([]any)
			if !ok || len(kv) != 2 {
				return nil, d.fail("dict entries must be [key, value] pairs")
			}
			for j := range 2 {
				dv, err := d.value(kv[j])
				if err != nil {
					return nil, err
				}
				out[i][j] = dv
			}
		}
		return out, nil
	case "type":
		s, ok := inner.(string)
		if !ok {
			return nil, d.fail("type must be a string")
		}
		return ParseType(s)
	case "Path":
		s, ok := inner.(string)
		if !ok {
			return nil, d.fail("Path must be a string")
		}
		return pathOf(s), nil
	case "Position":
		switch inner {
		case "first", "FIRST":
			return First, nil
		case "last", "LAST":
			return Last, nil
		}
		return nil, d.fail("bad Position %v", inner)
	case "external_ref":
		return d.externalRef(inner)
	case "SelectTable", "SelectPatientTable":
		return nil, d.fail("%s must be an external_ref to a table in ehrql.tables; table definitions cannot be supplied", tag)
	case "Value":
		if o, ok := inner.(*object); ok && len(o.keys) == 1 && o.keys[0] == "value" {
			break // node body form, handled below
		}
		lit, err := d.value(inner)
		if err != nil {
			return nil, err
		}
		return newValueFromDecoded(lit)
	}
	if s, ok := codes.Lookup(tag); ok {
		str, ok := inner.(string)
		if !ok {
			return nil, d.fail("%s must be a string", tag)
		}
		return codes.Parse(s, str)
	}
	fields, ok := inner.(*object)
	if !ok {
		return nil, d.fail("%s must hold an object of fields", tag)
	}
	return d.object(tag, fields)
}

func (d *decoder) externalRef(inner any) (Node, error) {
	o, ok := inner.(*object)
	if !ok {
		return nil, d.fail("external_ref must be an object")
	}
	module, _ := o.vals["module"].(string)
	name, _ := o.vals["name"].(string)
	if d.reg == nil {
		return nil, d.fail("no table registry to resolve %s.%s", module, name)
	}
	t, ok := d.reg.LookupTable(module, name)
	if !ok {
		return nil, d.fail("unknown table %s.%s", module, name)
	}
	return TableFrame(t)
}

// newValueFromDecoded turns a decoded literal (frozensets arrive as
// frozensetOf) into a Value node.
func newValueFromDecoded(v any) (*Value, error) {
	lit, err := literalFromDecoded(v)
	if err != nil {
		return nil, err
	}
	return NewValue(lit)
}

func literalFromDecoded(v any) (any, error) {
	switch x := v.(type) {
	case frozensetOf:
		return NewFrozenset(x...)
	case tupleOf, dictOf, []any:
		return nil, &LiteralError{Value: v, Reason: "containers other than frozenset cannot be values"}
	}
	return v, nil
}

// fieldReader reads the fields of one tagged object.
type fieldReader struct {
	d   *decoder
	tag string
	o   *object
	err error
}

func (f *fieldReader) get(name string) any {
	if f.err != nil {
		return nil
	}
	raw, ok := f.o.vals[name]
	if !ok {
		f.err = f.d.fail("%s: missing field %q", f.tag, name)
		return nil
	}
	v, err := f.d.value(raw)
	if err != nil {
		f.err = err
	}
	return v
}

func (f *fieldReader) opt(name string) any {
	if _, ok := f.o.vals[name]; !ok {
		return nil
	}
	return f.get(name)
}

func (f *fieldReader) bad(name string, v any, want string) {
	if f.err == nil {
		f.err = f.d.fail("%s.%s: expected %s, got %T", f.tag, name, want, v)
	}
}

func (f *fieldReader) series(name string) Series {
	v := f.get(name)
	s, ok := v.(Series)
	if !ok && f.err == nil {
		f.bad(name, v, "a series")
	}
	return s
}

func (f *fieldReader) optSeries(name string) Series {
	v := f.opt(name)
	if v == nil {
		return nil
	}
	s, ok := v.(Series)
	if !ok {
		f.bad(name, v, "a series or null")
	}
	return s
}

func (f *fieldReader) frame(name string) Frame {
	v := f.get(name)
	fr, ok := v.(Frame)
	if !ok {
		f.bad(name, v, "a frame")
	}
	return fr
}

func (f *fieldReader) str(name string) string {
	v := f.get(name)
	s, ok := v.(string)
	if !ok {
		f.bad(name, v, "a string")
	}
	return s
}

func (f *fieldReader) int(name string) int64 {
	v := f.get(name)
	i, ok := v.(int64)
	if !ok {
		f.bad(name, v, "an integer")
	}
	return i
}

func (f *fieldReader) bool(name string) bool {
	v := f.get(name)
	b, ok := v.(bool)
	if !ok {
		f.bad(name, v, "a boolean")
	}
	return b
}

func (f *fieldReader) position(name string) Position {
	v := f.get(name)
	p, ok := v.(Position)
	if !ok {
		f.bad(name, v, "a Position")
	}
	return p
}

// seq returns the items of a tuple, frozenset or list.
func (f *fieldReader) seq(name string, v any) []any {
	switch x := v.(type) {
	case tupleOf:
		return x
	case frozensetOf:
		return x
	case []any:
		return x
	case nil:
		return nil
	}
	f.bad(name, v, "a tuple or list")
	return nil
}

func (f *fieldReader) strings(name string, v any) []string {
	items := f.seq(name, v)
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			f.bad(name, it, "a string")
			return nil
		}
		out = append(out, s)
	}
	return out
}

func (f *fieldReader) dict(name string) dictOf {
	v := f.get(name)
	if v == nil {
		return nil
	}
	dd, ok := v.(dictOf)
	if !ok {
		f.bad(name, v, "a dict")
	}
	return dd
}

func (f *fieldReader) named(name string) []NamedSeries {
	var out []NamedSeries
	for _, kv := range f.dict(name) {
		k, ok1 := kv[0].(string)
		s, ok2 := kv[1].(Series)
		if !ok1 || !ok2 {
			f.bad(name, kv, "a dict of names to series")
			return nil
		}
		out = append(out, NamedSeries{k, s})
	}
	return out
}

func (d *decoder) object(tag string, o *object) (any, error) {
	f := &fieldReader{d: d, tag: tag, o: o}
	v, err := d.build(tag, f)
	if f.err != nil {
		return nil, f.err
	}
	if err != nil {
		return nil, err
	}
	return v, nil
}

func (d *decoder) build(tag string, f *fieldReader) (any, error) {
	if op, ok := LookupFunc(tag); ok && strings.HasPrefix(tag, "Function.") {
		var args []Series
		if op.Variadic() {
			for _, it := range f.seq("sources", f.get("sources")) {
				s, ok := it.(Series)
				if !ok {
					f.bad("sources", it, "a series")
					return nil, nil
				}
				args = append(args, s)
			}
		} else {
			for _, name := range op.Fields() {
				args = append(args, f.series(name))
			}
		}
		if f.err != nil {
			return nil, nil
		}
		return NewFunction(op, args...)
	}
	if name, ok := strings.CutPrefix(tag, "AggregateByPatient."); ok {
		for op := AggExists; int(op) < len(aggNames); op++ {
			if aggNames[op] != name {
				continue
			}
			src := f.get("source")
			if f.err != nil {
				return nil, nil
			}
			srcNode, ok := src.(Node)
			if !ok {
				f.bad("source", src, "a node")
				return nil, nil
			}
			if op == AggCountEpisodes {
				gap := f.int("maximum_gap_days")
				s, _ := srcNode.(Series)
				if f.err != nil {
					return nil, nil
				}
				return NewCountEpisodes(s, gap)
			}
			return NewAggregate(op, srcNode)
		}
		return nil, d.fail("unknown aggregation %s", tag)
	}
	switch tag {
	case "Value":
		lit := f.get("value")
		if f.err != nil {
			return nil, nil
		}
		return newValueFromDecoded(lit)
	case "Parameter":
		name := f.str("name")
		t, ok := f.get("type").(Type)
		if !ok {
			f.bad("type", nil, "a type")
		}
		if f.err != nil {
			return nil, nil
		}
		return NewParameter(name, t)
	case "SelectColumn":
		src, name := f.frame("source"), f.str("name")
		if f.err != nil {
			return nil, nil
		}
		return NewSelectColumn(src, name)
	case "Filter":
		src, cond := f.frame("source"), f.series("condition")
		if f.err != nil {
			return nil, nil
		}
		return NewFilter(src, cond)
	case "Sort":
		src, key := f.frame("source"), f.series("sort_by")
		if f.err != nil {
			return nil, nil
		}
		return NewSort(src, key)
	case "PickOneRowPerPatient":
		src, pos := f.frame("source"), f.position("position")
		if f.err != nil {
			return nil, nil
		}
		return NewPickOneRowPerPatient(src, pos)
	case "PickOneRowPerPatientWithColumns":
		src, pos := f.frame("source"), f.position("position")
		cols := f.strings("selected_columns", f.get("selected_columns"))
		if f.err != nil {
			return nil, nil
		}
		return NewPickOneRowPerPatientWithColumns(src, pos, cols)
	case "SeriesCollectionFrame":
		members := f.named("members")
		if f.err != nil {
			return nil, nil
		}
		return NewSeriesCollectionFrame(members)
	case "Case":
		var arms []CaseArm
		for _, kv := range f.dict("cases") {
			w, ok := kv[0].(Series)
			if !ok {
				f.bad("cases", kv[0], "a series")
				return nil, nil
			}
			var t Series
			if kv[1] != nil {
				if t, ok = kv[1].(Series); !ok {
					f.bad("cases", kv[1], "a series or null")
					return nil, nil
				}
			}
			arms = append(arms, CaseArm{w, t})
		}
		def := f.optSeries("default")
		if f.err != nil {
			return nil, nil
		}
		return NewCase(arms, def)
	case "FixedValueMap":
		src := f.series("source")
		var entries []MapEntry
		for _, kv := range f.dict("mapping") {
			from, err := literalFromDecoded(kv[0])
			if err != nil {
				return nil, err
			}
			to, err := literalFromDecoded(kv[1])
			if err != nil {
				return nil, err
			}
			entries = append(entries, MapEntry{from, to})
		}
		def, err := literalFromDecoded(f.opt("default"))
		if err != nil {
			return nil, err
		}
		if f.err != nil {
			return nil, nil
		}
		return NewFixedValueMap(src, entries, def)
	case "Coalesce":
		var srcs []Series
		for _, it := range f.seq("sources", f.get("sources")) {
			s, ok := it.(Series)
			if !ok {
				f.bad("sources", it, "a series")
				return nil, nil
			}
			srcs = append(srcs, s)
		}
		if f.err != nil {
			return nil, nil
		}
		return NewCoalesce(srcs...)
	case "InlinePatientTable":
		rows := f.get("rows")
		schema, ok := f.get("schema").(*TableSchema)
		if !ok {
			f.bad("schema", nil, "a TableSchema")
		}
		if f.err != nil {
			return nil, nil
		}
		var src RowSource
		switch r := rows.(type) {
		case *FileRows:
			src = r
		case tupleOf, []any:
			lr := &LiteralRows{}
			for _, row := range f.seq("rows", r) {
				cells := f.seq("rows", row)
				lits := make([]any, len(cells))
				for i, c := range cells {
					lit, err := literalFromDecoded(c)
					if err != nil {
						return nil, err
					}
					lits[i] = lit
				}
				lr.Rows = append(lr.Rows, lits)
			}
			src = lr
		default:
			f.bad("rows", rows, "rows or a rows reader")
			return nil, nil
		}
		return NewInlinePatientTable(src, schema)
	case "CSVRowsReader", "CSVGZRowsReader", "ArrowRowsReader":
		r := &FileRows{}
		for format, t := range rowsReaders {
			if t == tag {
				r.Format = format
			}
		}
		p, ok := f.get("filename").(pathOf)
		if !ok {
			f.bad("filename", nil, "a Path")
		}
		r.Filename = string(p)
		for _, kv := range f.dict("column_specs") {
			name, ok1 := kv[0].(string)
			spec, ok2 := kv[1].(ColumnSpec)
			if !ok1 || !ok2 {
				f.bad("column_specs", kv, "a dict of names to ColumnSpec")
				return nil, nil
			}
			spec.Name = name
			r.Columns = append(r.Columns, spec)
		}
		if f.opt("allow_missing_columns") == true {
			r.AllowMissingColumns = true
		}
		return r, nil
	case "ColumnSpec":
		var spec ColumnSpec
		t, ok := f.get("type").(Type)
		if !ok {
			f.bad("type", nil, "a type")
		}
		spec.Type = t
		spec.Nullable, _ = f.opt("nullable").(bool)
		if cats := f.opt("categories"); cats != nil {
			spec.Categories = f.seq("categories", cats)
		}
		spec.Min, spec.Max = f.opt("min_value"), f.opt("max_value")
		return spec, nil
	case "TableSchema":
		var cols []Column
		for _, name := range f.o.keys {
			c, ok := f.get(name).(Column)
			if !ok {
				f.bad(name, nil, "a Column")
				return nil, nil
			}
			c.Name = name
			cols = append(cols, c)
		}
		return NewTableSchema(cols...)
	case "Column":
		var c Column
		t, ok := f.get("type_").(Type)
		if !ok {
			f.bad("type_", nil, "a type")
		}
		c.Type = t
		c.Constraints = d.constraints(f, "constraints")
		c.DummyConstraints = d.constraints(f, "dummy_data_constraints")
		return c, nil
	case "Constraint.NotNull":
		return NotNull{}, nil
	case "Constraint.Unique":
		return Unique{}, nil
	case "Constraint.FirstOfMonth":
		return FirstOfMonth{}, nil
	case "Constraint.Categorical":
		return Categorical{Values: f.seq("values", f.get("values"))}, nil
	case "Constraint.Regex":
		return Regex{Pattern: f.str("regex")}, nil
	case "Constraint.ClosedRange":
		c := ClosedRange{Min: f.int("minimum"), Max: f.int("maximum"), Step: 1}
		if s, ok := f.opt("step").(int64); ok {
			c.Step = s
		}
		return c, nil
	case "Constraint.GeneralRange":
		c := GeneralRange{Min: f.opt("minimum"), Max: f.opt("maximum")}
		c.IncludesMin, _ = f.opt("includes_minimum").(bool)
		c.IncludesMax, _ = f.opt("includes_maximum").(bool)
		return c, nil
	case "Constraint.DateAfter":
		return DateAfter{Columns: f.strings("column_names", f.get("column_names"))}, nil
	case "Dataset":
		pop := f.series("population")
		vars := f.named("variables")
		var events []NamedFrame
		for _, kv := range f.dict("events") {
			name, ok1 := kv[0].(string)
			fr, ok2 := kv[1].(*SeriesCollectionFrame)
			if !ok1 || !ok2 {
				f.bad("events", kv, "a dict of names to event tables")
				return nil, nil
			}
			events = append(events, NamedFrame{name, fr})
		}
		var measures *GroupedSum
		if m := f.opt("measures"); m != nil {
			gs, ok := m.(*GroupedSum)
			if !ok {
				f.bad("measures", m, "a GroupedSum")
			}
			measures = gs
		}
		if f.err != nil {
			return nil, nil
		}
		return NewDataset(pop, vars, events, measures)
	case "GroupedSum":
		nums := f.strings("numerators", f.get("numerators"))
		den := f.str("denominator")
		var gbs []GroupBy
		for _, kv := range f.dict("group_bys") {
			gbs = append(gbs, GroupBy{f.strings("group_bys", kv[0]), f.strings("group_bys", kv[1])})
		}
		if f.err != nil {
			return nil, nil
		}
		return NewGroupedSum(nums, den, gbs)
	case "ModuleDetails":
		return d.module(f)
	case "DummyDataConfig":
		c := DefaultDummyDataConfig()
		if v, ok := f.opt("population_size").(int64); ok {
			c.PopulationSize = v
		}
		c.Legacy, _ = f.opt("legacy").(bool)
		if v, ok := f.opt("timeout").(int64); ok {
			c.Timeout = v
		}
		c.AdditionalPopulationConstraint = f.optSeries("additional_population_constraint")
		return c, nil
	case "DisclosureControlConfig":
		return &DisclosureControlConfig{Enabled: f.bool("enabled")}, nil
	case "MeasureCollection":
		var mc MeasureCollection
		for _, it := range f.seq("measures", f.get("measures")) {
			m, ok := it.(*Measure)
			if !ok {
				f.bad("measures", it, "a Measure")
				return nil, nil
			}
			mc.Measures = append(mc.Measures, m)
		}
		return &mc, nil
	case "Measure":
		m := &Measure{Name: f.str("name"), Numerator: f.series("numerator"), Denominator: f.series("denominator"),
			GroupBy: f.named("group_by")}
		for _, it := range f.seq("intervals", f.get("intervals")) {
			pair := f.seq("intervals", it)
			if len(pair) != 2 {
				f.bad("intervals", it, "a (start, end) pair")
				return nil, nil
			}
			s, ok1 := pair[0].(CalendarDate)
			e, ok2 := pair[1].(CalendarDate)
			if !ok1 || !ok2 {
				f.bad("intervals", it, "a pair of dates")
				return nil, nil
			}
			m.Intervals = append(m.Intervals, Interval{s, e})
		}
		return m, nil
	case "DefinitionError":
		e := &DefinitionError{Message: f.str("message")}
		if c, ok := f.opt("exit_code").(int64); ok {
			e.ExitCode = int(c)
		}
		return e, nil
	}
	return nil, d.fail("unknown object %q", tag)
}

func (d *decoder) constraints(f *fieldReader, name string) []Constraint {
	var out []Constraint
	for _, it := range f.seq(name, f.opt(name)) {
		c, ok := it.(Constraint)
		if !ok {
			f.bad(name, it, "a constraint")
			return nil
		}
		out = append(out, c)
	}
	return out
}

func (d *decoder) module(f *fieldReader) (*ModuleDetails, error) {
	m := &ModuleDetails{}
	slot := func(name string) any {
		v := f.opt(name)
		if e, ok := v.(*DefinitionError); ok {
			if m.Errors == nil {
				m.Errors = make(map[string]*DefinitionError)
			}
			m.Errors[name] = e
			return nil
		}
		return v
	}
	if v := slot("dataset"); v != nil {
		ds, ok := v.(*Dataset)
		if !ok {
			f.bad("dataset", v, "a Dataset")
		}
		m.Dataset = ds
	}
	if v := slot("dataset_dummy_data_config"); v != nil {
		m.DatasetDummyDataConfig, _ = v.(*DummyDataConfig)
	}
	// Test data is kept as the JSON it was written in, unless it is an error.
	if raw, ok := f.o.vals["test_data"]; ok && raw != nil {
		if o, ok := raw.(*object); ok && len(o.keys) == 1 && o.keys[0] == "DefinitionError" {
			slot("test_data")
		} else {
			var b bytes.Buffer
			encodeOrdered(&b, raw)
			m.TestData = b.Bytes()
		}
	}
	if v := slot("measures"); v != nil {
		mc, ok := v.(*MeasureCollection)
		if !ok {
			f.bad("measures", v, "a MeasureCollection")
		}
		m.Measures = mc
	}
	if v := slot("measures_dummy_data_config"); v != nil {
		m.MeasuresDummyDataConfig, _ = v.(*DummyDataConfig)
	}
	if v := slot("measures_disclosure_control_config"); v != nil {
		m.MeasuresDisclosureControlConfig, _ = v.(*DisclosureControlConfig)
	}
	if v := slot("claimed_permissions"); v != nil {
		m.ClaimedPermissions = f.strings("claimed_permissions", v)
	}
	return m, nil
}
