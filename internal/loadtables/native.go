package loadtables

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DuckDB reads CSV and Parquet files itself, much faster than rows can be
// appended one by one: loadNative creates a core table straight from the
// file with CREATE TABLE ... AS SELECT, converting each column explicitly
// with the rules of package fileformats (empty CSV fields are NULL, booleans
// are T and F, dates ISO; columns missing from the file are NULL; extra
// columns are ignored), then checks what the cast cannot: patient_id never
// NULL and categorical values within their categories. Arrow files, and
// other databases, go through fileformats and the bulk loaders.

// nativeFormat returns DuckDB's reader for a file, or "" when DuckDB
// cannot read it natively.
func nativeFormat(path string) string {
	switch {
	case strings.HasSuffix(path, ".parquet"):
		return "parquet"
	case strings.HasSuffix(path, ".csv"), strings.HasSuffix(path, ".csv.gz"):
		return "csv"
	}
	return ""
}

// DuckDB's quoting, from the SQL engine's dialect.
var (
	sqlString  = enginesql.DuckDB.StringLiteral
	quoteIdent = enginesql.DuckDB.Quote
)

// loadNative creates table name with columns specs from the file at path
// and returns the number of rows.
func (l *loader) loadNative(name, path string, specs []fileformats.ColumnSpec) (int64, error) {
	format := nativeFormat(path)
	source := "read_parquet(" + sqlString(path) + ")"
	if format == "csv" {
		source = "read_csv(" + sqlString(path) + ", header = true, all_varchar = true, auto_detect = true)"
	}
	fail := func(err error) error {
		return &fileformats.FileValidationError{Path: path, Msg: fmt.Sprintf("%s: %v", path, err)}
	}
	present := map[string]bool{}
	rows, err := l.conn.QueryContext(l.ctx, "DESCRIBE SELECT * FROM "+source)
	if err != nil {
		return 0, fail(err)
	}
	for rows.Next() {
		var colName, colType string
		var rest [4]any
		if err := rows.Scan(&colName, &colType, &rest[0], &rest[1], &rest[2], &rest[3]); err != nil {
			rows.Close()
			return 0, fail(err)
		}
		present[colName] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fail(err)
	}
	var missing []string
	selects := make([]string, len(specs))
	for i, s := range specs {
		typ := CoreSQLType(s.Type, "duckdb")
		if !present[s.Name] {
			if s.NotNull {
				missing = append(missing, s.Name)
			}
			selects[i] = "CAST(NULL AS " + typ + ") AS " + quoteIdent(s.Name)
			continue
		}
		col := quoteIdent(s.Name)
		expr := "CAST(" + col + " AS " + typ + ")"
		if format == "csv" {
			v := "NULLIF(" + col + ", '')"
			switch s.Type.Kind() {
			case querymodel.KindBool:
				expr = "CASE WHEN " + v + " IS NULL THEN NULL WHEN " + col + " = 'T' THEN TRUE WHEN " + col + " = 'F' THEN FALSE" +
					" ELSE error('invalid bool ' || " + col + " || ' in column " + s.Name + ": use T or F') END"
			case querymodel.KindInt:
				// A cast would round "1.5"; integers must be written as such.
				expr = "CASE WHEN " + v + " IS NULL THEN NULL WHEN regexp_full_match(" + col + ", '[+-]?[0-9]+') THEN CAST(" + col + " AS BIGINT)" +
					" ELSE error('invalid int ' || " + col + " || ' in column " + s.Name + "') END"
			default:
				expr = "CAST(" + v + " AS " + typ + ")"
			}
		}
		selects[i] = expr + " AS " + quoteIdent(s.Name)
	}
	if len(missing) > 0 {
		return 0, &fileformats.FileValidationError{Path: path, Msg: "Missing columns: " + strings.Join(missing, ", ")}
	}
	stmt := "CREATE TABLE " + quoteIdent(name) + " AS SELECT " + strings.Join(selects, ", ") + " FROM " + source
	if _, err := l.conn.ExecContext(l.ctx, "DROP TABLE IF EXISTS "+quoteIdent(name)); err != nil {
		return 0, err
	}
	if _, err := l.conn.ExecContext(l.ctx, stmt); err != nil {
		l.conn.ExecContext(l.ctx, "DROP TABLE IF EXISTS "+quoteIdent(name))
		return 0, fail(err)
	}
	// What the casts do not check.
	checks := []struct{ cond, msg string }{{"patient_id IS NULL", "patient_id must not be empty"}}
	for _, s := range specs {
		if s.Categories == nil || !present[s.Name] {
			continue
		}
		var lits []string
		for _, c := range s.Categories {
			lits = append(lits, categoryLiteral(c))
		}
		checks = append(checks, struct{ cond, msg string }{
			quoteIdent(s.Name) + " NOT IN (" + strings.Join(lits, ", ") + ")",
			"column " + s.Name + " has a value outside its categories",
		})
	}
	for _, c := range checks {
		var n int64
		q := "SELECT COUNT(*) FROM " + quoteIdent(name) + " WHERE " + c.cond
		if err := l.conn.QueryRowContext(l.ctx, q).Scan(&n); err != nil {
			return 0, fail(err)
		}
		if n > 0 {
			l.conn.ExecContext(l.ctx, "DROP TABLE "+quoteIdent(name))
			return 0, &fileformats.FileValidationError{Path: path, Msg: fmt.Sprintf("%s: %s (%d rows)", path, c.msg, n)}
		}
	}
	var n int64
	if err := l.conn.QueryRowContext(l.ctx, "SELECT COUNT(*) FROM "+quoteIdent(name)).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// categoryLiteral renders a category value (string, int64, float64, bool
// or date) as a DuckDB literal.
func categoryLiteral(v any) string {
	switch x := v.(type) {
	case string:
		return sqlString(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case querymodel.CalendarDate:
		return "DATE " + sqlString(x.String())
	case time.Time:
		return "DATE " + sqlString(x.Format("2006-01-02"))
	}
	return sqlString(fmt.Sprint(v))
}
