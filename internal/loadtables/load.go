// Package loadtables implements `ehrql load-tables`: it creates a
// backend's physical tables in a database and fills them from a directory
// of ehrQL table files (the format of --dummy-tables: one .csv, .csv.gz,
// .arrow or .parquet file per table, named after the table), so that a data
// provider or a test can stand up a database that generate-dataset --dsn
// reads.
//
// For the core backend each ehrQL table becomes one physical table of the
// same name with patient_id and the table's columns (the union of the
// columns of every ehrQL table of that name, so tpp.clinical_events'
// ctv3_code has a place), typed from the table schema. For the tpp backend
// the same logical files are converted into TPP's physical shape
// (internal/backends.TPPSchema): Patient, CodedEvent and CodedEvent_SNOMED,
// MedicationIssue with a medication dictionary, RegistrationHistory with
// Organisation, ... together with the opt-out and activation tables, set so
// that every patient is included (nobody opted out, every practice
// activated). Rows that TPP's shape cannot represent are reported, never
// silently changed.
//
// Files are read and validated with package fileformats; rows are written
// with DuckDB's appender or PostgreSQL's COPY. Every table loaded is dropped
// and re-created first.
package loadtables

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/backends"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// Options say what to load where.
type Options struct {
	Dir     string // directory of table files
	DSN     string
	Backend string // "core" (default) or "tpp"
	// Log receives one line per table loaded; nil discards them.
	Log io.Writer
}

// Stats summarise a load.
type Stats struct {
	Tables  int
	Rows    int64
	Elapsed time.Duration
}

// RowsPerSecond is the load throughput.
func (s Stats) RowsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Rows) / s.Elapsed.Seconds()
}

// Load creates and fills the backend's physical tables from the files in
// opts.Dir.
func Load(ctx context.Context, opts Options) (Stats, error) {
	start := time.Now()
	backend, err := backends.Canonical(opts.Backend)
	if err != nil {
		return Stats{}, err
	}
	if backend == "" {
		backend = "core"
	}
	files, err := tableFiles(opts.Dir)
	if err != nil {
		return Stats{}, err
	}
	db, err := Connect(ctx, opts.DSN)
	if err != nil {
		return Stats{}, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return Stats{}, err
	}
	defer conn.Close()
	l := &loader{ctx: ctx, conn: conn, dialect: db.Dialect, log: opts.Log}
	if backend == "tpp" {
		err = l.loadTPP(files)
	} else {
		err = l.loadCore(files)
	}
	if err != nil {
		return Stats{}, err
	}
	return Stats{Tables: l.tables, Rows: l.rows, Elapsed: time.Since(start)}, nil
}

// tableFile is one data file of the directory.
type tableFile struct {
	name, path string
}

// tableFiles lists the data files of dir: exactly one supported format, one
// file per table (other files are ignored).
func tableFiles(dir string) ([]tableFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &fileformats.FileValidationError{Path: dir, Msg: "Missing directory: " + dir}
	}
	exts := []string{".csv.gz", ".csv", ".arrow", ".parquet"}
	var files []tableFile
	formats := map[string]bool{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		for _, ext := range exts {
			if strings.HasSuffix(e.Name(), ext) {
				formats[ext] = true
				files = append(files, tableFile{name: strings.TrimSuffix(e.Name(), ext), path: filepath.Join(dir, e.Name())})
				break
			}
		}
	}
	if len(formats) > 1 {
		var found []string
		for f := range formats {
			found = append(found, f)
		}
		sort.Strings(found)
		return nil, &fileformats.FileValidationError{Path: dir, Msg: fmt.Sprintf("Found multiple file formats (%s) in: %s", strings.Join(found, ", "), dir)}
	}
	if len(files) == 0 {
		return nil, &fileformats.FileValidationError{Path: dir, Msg: "No supported file formats found in: " + dir}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, nil
}

// CoreSchema returns the physical tables of the core backend: for every
// ehrQL table name of the core, tpp, raw and smoketest modules, the union
// of the columns of the tables of that name (first declaration wins),
// sorted by name. The first column of each is patient_id.
func CoreSchema() map[string][]fileformats.ColumnSpec {
	out := map[string][]fileformats.ColumnSpec{}
	tpp := tables.Backends()[0]
	for _, t := range tables.BackendTables(tpp) {
		name := t.TableName()
		specs, ok := out[name]
		if !ok {
			specs = []fileformats.ColumnSpec{fileformats.PatientIDSpec()}
		}
		for _, c := range t.Schema.Columns() {
			if !slices.ContainsFunc(specs, func(s fileformats.ColumnSpec) bool { return s.Name == c.Name }) {
				specs = append(specs, fileformats.SpecFromColumn(&c))
			}
		}
		out[name] = specs
	}
	return out
}

// CoreSQLType returns the column type used for an ehrQL type in the core
// backend's physical tables.
func CoreSQLType(t querymodel.Type, dialect string) string {
	switch t.Kind() {
	case querymodel.KindBool:
		if dialect == "mssql" {
			return "BIT"
		}
		return "BOOLEAN"
	case querymodel.KindInt:
		return "BIGINT"
	case querymodel.KindFloat:
		return backends.PFloat.SQLType(dialect)
	case querymodel.KindDate:
		return "DATE"
	}
	return backends.PStr.SQLType(dialect)
}

type loader struct {
	ctx     context.Context
	conn    *sql.Conn
	dialect string
	log     io.Writer
	tables  int
	rows    int64
}

// physicalColumn is a column to create: its name and SQL type.
type physicalColumn struct{ name, typ string }

// createTable drops and creates table.
func (l *loader) createTable(name string, cols []physicalColumn) error {
	var defs []string
	for _, c := range cols {
		defs = append(defs, c.name+" "+c.typ)
	}
	stmts := []string{
		"DROP TABLE IF EXISTS " + name,
		"CREATE TABLE " + name + " (" + strings.Join(defs, ", ") + ")",
	}
	for _, s := range stmts {
		if _, err := l.conn.ExecContext(l.ctx, s); err != nil {
			return fmt.Errorf("creating table %s: %w", name, err)
		}
	}
	return nil
}

// finishTable indexes and analyses a loaded table (PostgreSQL; DuckDB
// needs neither for the scans and hash joins it runs).
func (l *loader) finishTable(name, index string) error {
	if l.dialect != "postgres" || index == "" {
		return nil
	}
	stmts := []string{
		"CREATE INDEX ix_" + strings.ToLower(name) + "_" + strings.ToLower(index) + " ON " + name + " (" + index + ")",
		"ANALYZE " + name,
	}
	for _, s := range stmts {
		if _, err := l.conn.ExecContext(l.ctx, s); err != nil {
			return fmt.Errorf("indexing table %s: %w", name, err)
		}
	}
	return nil
}

// fill writes rows to table: next fills row and reports whether there was
// one.
func (l *loader) fill(table string, columns []string, next func(row []any) (bool, error)) (int64, error) {
	s, err := newSink(l.ctx, l.conn, l.dialect, table, columns)
	if err != nil {
		return 0, fmt.Errorf("loading table %s: %w", table, err)
	}
	row := make([]any, len(columns))
	var n int64
	for {
		ok, err := next(row)
		if err != nil {
			s.close()
			return n, err
		}
		if !ok {
			break
		}
		if err := s.append(row); err != nil {
			s.close()
			return n, fmt.Errorf("loading table %s: %w", table, err)
		}
		n++
	}
	if err := s.close(); err != nil {
		return n, fmt.Errorf("loading table %s: %w", table, err)
	}
	return n, nil
}

func (l *loader) logf(format string, args ...any) {
	if l.log != nil {
		fmt.Fprintf(l.log, format+"\n", args...)
	}
}

// loadCore loads each file into the core table of its name and creates the
// other core tables empty, so that every definition can run.
func (l *loader) loadCore(files []tableFile) error {
	schema := CoreSchema()
	byName := map[string]tableFile{}
	for _, f := range files {
		if _, ok := schema[f.name]; !ok {
			return &fileformats.FileValidationError{Path: f.path, Msg: fmt.Sprintf("No ehrQL table is called %q (file %s); table files are named after the table, e.g. patients.csv", f.name, f.path)}
		}
		byName[f.name] = f
	}
	names := make([]string, 0, len(schema))
	for n := range schema {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		specs := schema[name]
		f, ok := byName[name]
		if !ok {
			if err := l.loadTable(name, specs, nil); err != nil {
				return err
			}
			continue
		}
		t0 := time.Now()
		if l.dialect == "duckdb" && nativeFormat(f.path) != "" {
			count, err := l.loadNative(name, f.path, specs)
			if err != nil {
				return err
			}
			l.tables++
			l.rows += count
			l.logf("Loaded %d rows into %s from %s (%s)", count, name, f.path, rate(count, time.Since(t0)))
			continue
		}
		data, err := fileformats.ReadTable(f.path, specs, fileformats.ReadOptions{AllowMissingColumns: true})
		if err != nil {
			return err
		}
		before := l.rows
		if err := l.loadTable(name, specs, data); err != nil {
			return err
		}
		count := l.rows - before
		l.logf("Loaded %d rows into %s from %s (%s)", count, name, f.path, rate(count, time.Since(t0)))
	}
	return nil
}

// dbValue returns row i of c as a value for the database drivers: nil,
// bool, int64, float64, string or time.Time (dates, at midnight UTC).
func dbValue(c *fileformats.Column, i int) any {
	if c.IsNull(i) {
		return nil
	}
	if c.Dates != nil {
		return toTime(c.Dates[i])
	}
	return c.Value(i)
}

func toTime(d querymodel.CalendarDate) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

func rate(n int64, d time.Duration) string {
	if d <= 0 {
		return fmt.Sprintf("%d rows", n)
	}
	return fmt.Sprintf("%.0f rows/s", float64(n)/d.Seconds())
}

// LoadFiles creates, in db (dialect "duckdb" or "postgres"), the core
// physical table of each of ts (patient_id and the table's columns) and
// fills it from the file of that table in the dummy-tables directory dir,
// read and validated as --dummy-tables reads it (missing columns are
// NULL). generate-dataset --dummy-tables DIR --query-engine duckdb uses it.
func LoadFiles(ctx context.Context, db *sql.DB, dialect, dir string, ts []*querymodel.Table) error {
	specs := make([]fileformats.TableSpec, len(ts))
	for i, t := range ts {
		specs[i] = fileformats.TableSpec{Name: t.TableName(), Columns: fileformats.SpecsFromSchema(t.Schema)}
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	l := &loader{ctx: ctx, conn: conn, dialect: dialect}
	if dialect == "duckdb" {
		if files, err := tableFiles(dir); err == nil && nativeFormat(files[0].path) != "" {
			byName := map[string]string{}
			for _, f := range files {
				byName[f.name] = f.path
			}
			for _, spec := range specs {
				path, ok := byName[spec.Name]
				if !ok {
					want := filepath.Join(dir, spec.Name+strings.TrimPrefix(filepath.Base(files[0].path), files[0].name))
					return &fileformats.FileValidationError{Path: want, Msg: "Missing file: " + want}
				}
				if _, err := l.loadNative(spec.Name, path, spec.Columns); err != nil {
					return err
				}
			}
			return nil
		}
	}
	data, err := fileformats.ReadTables(dir, specs, fileformats.ReadOptions{AllowMissingColumns: true})
	if err != nil {
		return err
	}
	for i, spec := range specs {
		if err := l.loadTable(spec.Name, spec.Columns, data[i]); err != nil {
			return err
		}
	}
	return nil
}

// loadTable creates table name with columns specs and fills it from data.
func (l *loader) loadTable(name string, specs []fileformats.ColumnSpec, data *fileformats.Table) error {
	cols := make([]physicalColumn, len(specs))
	colNames := make([]string, len(specs))
	for i, s := range specs {
		cols[i] = physicalColumn{s.Name, CoreSQLType(s.Type, l.dialect)}
		colNames[i] = s.Name
	}
	if err := l.createTable(name, cols); err != nil {
		return err
	}
	if data == nil {
		return nil
	}
	i, n := 0, data.Len()
	count, err := l.fill(name, colNames, func(row []any) (bool, error) {
		if i == n {
			return false, nil
		}
		row[0] = data.PatientIDs[i]
		for j := range data.Columns {
			row[j+1] = dbValue(&data.Columns[j], i)
		}
		i++
		return true, nil
	})
	if err != nil {
		return err
	}
	if err := l.finishTable(name, "patient_id"); err != nil {
		return err
	}
	l.tables++
	l.rows += count
	return nil
}
