package ehrql

import (
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// columnDecl is Series(type, ...) in the body of a user-defined table
// class: the declaration of one column.
type columnDecl struct {
	typ querymodel.Type
}

func (*columnDecl) Type() *python.Class { return SeriesClass }

func newSeriesBaseClass() *python.Class {
	c := python.NewClass("Series", "ehrql.query_language", nil, python.NewNamespace())
	c.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var typ, desc, constraints, required, impl python.Value = nil, python.None, python.None, python.None, python.None
		if err := python.UnpackArgs("Series", args, kwargs, "type_", &typ, "description?", &desc,
			"constraints?", &constraints, "required?", &required, "implementation_notes_to_add_to_description?", &impl); err != nil {
			return nil, err
		}
		qt, err := typeFromPython(typ)
		if err != nil {
			return nil, err
		}
		return &columnDecl{typ: qt}, nil
	}
	return c
}

// typeFromPython maps int, float, str, bool, datetime.date and the code
// classes to column types. Code classes are stored as str (§2.5).
func typeFromPython(v python.Value) (querymodel.Type, error) {
	switch v {
	case python.IntClass:
		return querymodel.Int, nil
	case python.FloatClass:
		return querymodel.Float, nil
	case python.StrClass:
		return querymodel.Str, nil
	case python.BoolClass:
		return querymodel.Bool, nil
	case stdlib.DateClass:
		return querymodel.Date, nil
	}
	if c, ok := v.(*python.Class); ok {
		for _, cc := range codeClasses {
			if c == cc {
				return querymodel.Str, nil
			}
		}
	}
	return querymodel.Type{}, typeErrorf("Not a valid ehrQL column type: %s", typeNameOf(v))
}

func typeNameOf(v python.Value) string {
	if c, ok := v.(*python.Class); ok {
		return c.Name
	}
	return v.Type().Name
}

type namedType struct {
	name string
	typ  querymodel.Type
}

// classColumns returns the Series(...) declarations of a table class, in
// order, checking that the class derives from PatientFrame.
func classColumns(cls *python.Class, decorator string) ([]namedType, error) {
	if !cls.IsSubclass(PatientFrameClass) && !cls.IsSubclass(EventFrameClass) {
		return nil, typeErrorf("@%s can only decorate a subclass of PatientFrame", decorator)
	}
	var cols []namedType
	for _, c := range cls.MRO {
		if c == PatientFrameClass || c == EventFrameClass {
			break
		}
		c.Dict.Each(func(name string, v python.Value) bool {
			if d, ok := v.(*columnDecl); ok {
				for _, have := range cols {
					if have.name == name {
						return true
					}
				}
				cols = append(cols, namedType{name, d.typ})
			}
			return true
		})
	}
	return cols, nil
}

func schemaOf(cols []namedType) (*querymodel.TableSchema, error) {
	qc := make([]querymodel.Column, len(cols))
	for i, c := range cols {
		if c.name == "patient_id" {
			return nil, typeErrorf("patient_id is implicit and must not be declared as a column")
		}
		qc[i] = querymodel.Column{Name: c.name, Type: c.typ}
	}
	s, err := querymodel.NewTableSchema(qc...)
	if err != nil {
		return nil, typeErrorf("%s", err.Error())
	}
	return s, nil
}

// tableFromFile implements table_from_file(path, *, columns=None): with
// columns it returns the table; without, a class decorator.
func tableFromFile(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var path, columns python.Value = nil, python.None
	if err := python.UnpackArgs("table_from_file", args, kwargs, "path", &path, "*columns?", &columns); err != nil {
		return nil, err
	}
	filename, ok := stdlib.PathString(path)
	if !ok {
		return nil, typeErrorf("table_from_file() path must be a str or a Path, got type '%s'", path.Type().Name)
	}
	if columns != python.None {
		d, ok := columns.(*python.Dict)
		if !ok {
			return nil, typeErrorf("table_from_file() columns must be a dict of column names to types")
		}
		var cols []namedType
		for _, kv := range d.Items() {
			name, ok := kv[0].(python.Str)
			if !ok {
				return nil, typeErrorf("column names must be strings")
			}
			typ, err := typeFromPython(kv[1])
			if err != nil {
				return nil, err
			}
			cols = append(cols, namedType{string(name), typ})
		}
		return fileTable(t, filename, "table_from_file", cols)
	}
	return python.NewBuiltin("table_from_file", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var cls *python.Class
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, typeErrorf("table_from_file() decorator takes a class")
		}
		cls, ok := args[0].(*python.Class)
		if !ok {
			return nil, typeErrorf("@table_from_file can only decorate a subclass of PatientFrame, got type '%s'", args[0].Type().Name)
		}
		cols, err := classColumns(cls, "table_from_file")
		if err != nil {
			return nil, err
		}
		return fileTable(t, filename, cls.Name, cols)
	}), nil
}

// fileTable builds the InlinePatientTable of a data file, checking the
// file's header and first rows (§9.4).
func fileTable(t *python.Thread, filename, name string, cols []namedType) (python.Value, error) {
	schema, err := schemaOf(cols)
	if err != nil {
		return nil, err
	}
	var format string
	switch {
	case strings.HasSuffix(filename, ".csv.gz"):
		format = "csv.gz"
	case strings.HasSuffix(filename, ".csv"):
		format = "csv"
	case strings.HasSuffix(filename, ".arrow"):
		format = "arrow"
	default:
		return nil, python.Errorf(FileValidationErrorClass, "Unsupported file type: %s (expected .csv, .csv.gz or .arrow)", filename)
	}
	specs := []querymodel.ColumnSpec{{Name: "patient_id", Type: querymodel.Int}}
	for _, c := range cols {
		specs = append(specs, querymodel.ColumnSpec{Name: c.name, Type: c.typ, Nullable: true})
	}
	f, err := t.OpenFile(filename)
	if err != nil {
		if isExc(err, python.PermissionError) {
			return nil, err
		}
		return nil, python.Errorf(FileValidationErrorClass, "File not found: %s", filename)
	}
	defer f.Close()
	if format != "arrow" {
		if err := validateCSV(f, filename, format == "csv.gz", specs); err != nil {
			return nil, err
		}
	}
	rows := &querymodel.FileRows{Format: format, Filename: filename, Columns: specs}
	n, err := querymodel.NewInlinePatientTable(rows, schema)
	if err != nil {
		return nil, pyErr(err)
	}
	return &Frame{node: n, name: name}, nil
}

// validateCSV checks the header and the first ten rows of a CSV file.
func validateCSV(r io.Reader, filename string, gz bool, specs []querymodel.ColumnSpec) error {
	fail := func(format string, args ...any) error {
		return python.Errorf(FileValidationErrorClass, "%s", filename+": "+fmt.Sprintf(format, args...))
	}
	if gz {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fail("not a valid gzip file: %v", err)
		}
		defer zr.Close()
		r = zr
	}
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return fail("cannot read the header row: %v", err)
	}
	pos := map[string]int{}
	for i, h := range header {
		pos[h] = i
	}
	var missing []string
	for _, s := range specs {
		if _, ok := pos[s.Name]; !ok {
			missing = append(missing, s.Name)
		}
	}
	if len(missing) > 0 {
		return fail("Missing columns: %s", strings.Join(missing, ", "))
	}
	for row := 1; row <= 10; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fail("row %d: %v", row, err)
		}
		for _, s := range specs {
			v := rec[pos[s.Name]]
			if v == "" {
				if s.Name == "patient_id" {
					return fail("row %d: column 'patient_id' must have a value", row)
				}
				continue
			}
			if _, err := parseCell(v, s.Type); err != nil {
				return fail("row %d: column '%s': %v", row, s.Name, err)
			}
		}
	}
	return nil
}

// parseCell parses one non-empty CSV cell as a literal of type typ.
func parseCell(v string, typ querymodel.Type) (any, error) {
	switch typ.Kind() {
	case querymodel.KindInt:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid int value '%s'", v)
		}
		return n, nil
	case querymodel.KindFloat:
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid float value '%s'", v)
		}
		return x, nil
	case querymodel.KindBool:
		switch v {
		case "T":
			return true, nil
		case "F":
			return false, nil
		}
		return nil, fmt.Errorf("invalid bool value '%s' (expected T or F)", v)
	case querymodel.KindDate:
		d, err := querymodel.ParseDate(v)
		if err != nil {
			return nil, err
		}
		return d, nil
	case querymodel.KindCode:
		return codes.Parse(typ.System(), v)
	}
	return v, nil
}

// tableFromRows implements table_from_rows(rows): a decorator building an
// inline patient table from (patient_id, col1, ...) tuples.
func tableFromRows(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	rowsVal, err := oneArg("table_from_rows", "rows", args, kwargs)
	if err != nil {
		return nil, err
	}
	items, err := python.ToSlice(t, rowsVal)
	if err != nil {
		return nil, err
	}
	return python.NewBuiltin("table_from_rows", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		cls, ok := args[0].(*python.Class)
		if len(args) != 1 || !ok {
			return nil, typeErrorf("table_from_rows() decorator takes a class")
		}
		cols, err := classColumns(cls, "table_from_rows")
		if err != nil {
			return nil, err
		}
		schema, err := schemaOf(cols)
		if err != nil {
			return nil, err
		}
		rows := make([][]any, 0, len(items))
		for _, it := range items {
			vals, err := python.ToSlice(t, it)
			if err != nil {
				return nil, err
			}
			if len(vals) != len(cols)+1 {
				return nil, python.Errorf(python.ValueError, "row has %d values, expected %d (patient_id and one per column)", len(vals), len(cols)+1)
			}
			row := make([]any, len(vals))
			for i, v := range vals {
				want := querymodel.Int
				if i > 0 {
					want = cols[i-1].typ
				}
				if row[i], err = literalOf(t, v, want); err != nil {
					return nil, err
				}
			}
			rows = append(rows, row)
		}
		n, err := querymodel.NewInlinePatientTable(&querymodel.LiteralRows{Rows: rows}, schema)
		if err != nil {
			return nil, pyErr(err)
		}
		return &Frame{node: n, name: cls.Name}, nil
	}), nil
}

// tableDecorator implements @table: a schema class turned into a table
// frame. Such tables are for documentation and tests; they have no
// external reference and cannot be executed in production.
func tableDecorator(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	cls, ok := args[0].(*python.Class)
	if len(args) != 1 || !ok {
		return nil, typeErrorf("@table can only decorate a class")
	}
	cols, err := classColumns(cls, "table")
	if err != nil {
		return nil, err
	}
	schema, err := schemaOf(cols)
	if err != nil {
		return nil, err
	}
	mod := "__main__"
	if v, ok := cls.Dict.Get("__module__"); ok {
		if s, ok := v.(python.Str); ok {
			mod = string(s)
		}
	}
	tbl := &querymodel.Table{Module: mod, Attr: cls.Name, Patient: cls.IsSubclass(PatientFrameClass), Schema: schema}
	f, err := NewTableFrame(tbl)
	if err != nil {
		return nil, pyErr(err)
	}
	f.table = nil
	return f, nil
}
