package generate

import (
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// UsedTables lists the tables a dataset reads, in first-use order.
func UsedTables(ds *querymodel.Dataset) []*querymodel.Table {
	var tables []*querymodel.Table
	seen := map[*querymodel.Table]bool{}
	querymodel.Walk(ds, func(n querymodel.Node) bool {
		var t *querymodel.Table
		switch f := n.(type) {
		case *querymodel.SelectTable:
			t = f.Table
		case *querymodel.SelectPatientTable:
			t = f.Table
		}
		if t != nil && !seen[t] {
			seen[t] = true
			tables = append(tables, t)
		}
		return true
	})
	return tables
}

// ReadDummyTables reads, from a --dummy-tables directory, every table the
// dataset uses, as the engine's input.
func ReadDummyTables(dir string, ds *querymodel.Dataset) (memory.MapSource, error) {
	tables := UsedTables(ds)
	specs := make([]fileformats.TableSpec, len(tables))
	for i, t := range tables {
		specs[i] = fileformats.TableSpec{Name: t.TableName(), Columns: fileformats.SpecsFromSchema(t.Schema)}
	}
	data, err := fileformats.ReadDummyTables(dir, specs)
	if err != nil {
		return nil, err
	}
	src := make(memory.MapSource, len(tables))
	for i, t := range tables {
		src[t] = EngineData(data[i])
	}
	return src, nil
}

// ReadInline reads the rows of a table_from_file table for the engine
// (memory.Options.InlineReader); the file name is relative to the project
// directory, the working directory.
func ReadInline(rows *querymodel.FileRows, _ *querymodel.TableSchema) (*memory.TableData, error) {
	specs := make([]fileformats.ColumnSpec, len(rows.Columns))
	for i, c := range rows.Columns {
		specs[i] = fileformats.ColumnSpec{Name: c.Name, Type: c.Type, NotNull: !c.Nullable}
	}
	opts := fileformats.ReadOptions{AllowMissingColumns: rows.AllowMissingColumns, SortByPatient: true}
	t, err := fileformats.ReadTable(rows.Filename, specs, opts)
	if err != nil {
		return nil, err
	}
	return EngineData(t), nil
}

// EngineData converts a table read from a file (sorted by patient) to the
// engine's columnar input; value slices are shared, dates converted.
func EngineData(t *fileformats.Table) *memory.TableData {
	d := &memory.TableData{PatientIDs: t.PatientIDs, Columns: make(map[string]*memory.Column, len(t.Columns))}
	for i := range t.Columns {
		c := &t.Columns[i]
		mc := &memory.Column{Valid: c.Valid, Bools: c.Bools, Ints: c.Ints, Floats: c.Floats, Strs: c.Strs}
		if c.Dates != nil {
			mc.Dates = make([]memory.Date, len(c.Dates))
			for j, v := range c.Dates {
				if c.Valid == nil || c.Valid[j] {
					mc.Dates[j] = memory.DateOf(v)
				}
			}
		}
		d.Columns[c.Name] = mc
	}
	return d
}
