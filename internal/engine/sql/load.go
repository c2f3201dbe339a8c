package sql

import (
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Helpers for filling a database with ehrQL tables under the core
// backend's layout (physical table = t.TableName(), a patient_id column
// and one column per schema column, same names): load-tables and the
// tests use them.

// CreateTableSQL returns the CREATE TABLE statement of t's core physical
// table.
func CreateTableSQL(d Dialect, t *querymodel.Table) string {
	cols := []columnDef{{"patient_id", tInt, 0}}
	for _, c := range t.Schema.Columns() {
		cols = append(cols, columnDef{c.Name, sqlTypeOf(c.Type), 0})
	}
	w := &writer{d: d}
	w.str("CREATE TABLE ")
	w.ident(t.TableName())
	writeColumns(w, cols)
	return w.b.String()
}

// InsertSQL returns one INSERT statement adding rows to t's core physical
// table. Each row is (patient_id, col1, ...) in schema order as Go values
// (nil, bool, int or int64, float64, string, codes.Code,
// querymodel.CalendarDate). Callers batch rows (SQL Server accepts at most
// 1,000 per statement).
func InsertSQL(d Dialect, t *querymodel.Table, rows [][]any) string {
	names := []string{"patient_id"}
	types := []sqlType{tInt}
	for _, c := range t.Schema.Columns() {
		names = append(names, c.Name)
		types = append(types, sqlTypeOf(c.Type))
	}
	ins := insertValues{table: t.TableName(), cols: names}
	for _, row := range rows {
		r := make([]Expr, len(row))
		for i, v := range row {
			typ := tNone
			if i < len(types) {
				typ = types[i]
			}
			r[i] = lit{normaliseValue(v), typ}
		}
		ins.rows = append(ins.rows, r)
	}
	return render(d, ins)
}

// DropTableSQL returns DROP TABLE IF EXISTS for t's core physical table.
func DropTableSQL(d Dialect, t *querymodel.Table) string {
	w := &writer{d: d}
	w.str("DROP TABLE IF EXISTS ")
	w.ident(t.TableName())
	return w.b.String()
}
