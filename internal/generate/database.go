package generate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/duckdb/duckdb-go/v2"

	"github.com/opensafely-go/opensafely/internal/backends"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/loadtables"
	"github.com/opensafely-go/opensafely/internal/logging"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// QueryEngine returns the canonical name of a --query-engine value: ""
// (none given), "duckdb", "postgres", "mssql", "trino" or "localfile"
// (aliases: postgresql, sqlserver, csv). "sqlite" is refused: this
// implementation has no SQLite engine.
func QueryEngine(name string) (string, error) {
	switch n := strings.ToLower(strings.TrimSpace(name)); n {
	case "":
		return "", nil
	case "duckdb", "mssql", "trino", "localfile":
		return n, nil
	case "postgres", "postgresql":
		return "postgres", nil
	case "sqlserver":
		return "mssql", nil
	case "csv":
		return "localfile", nil
	case "sqlite":
		return "", fmt.Errorf("the sqlite query engine is not available in this version of ehrql: use duckdb (an embedded database that needs no server)")
	}
	return "", fmt.Errorf("unknown query engine %q: use one of duckdb, postgres, mssql, trino, localfile", name)
}

// DialectFor returns the SQL dialect a command uses to write SQL without a
// database (dump-dataset-sql): the query engine's, else the backend's
// engine (SQL Server for tpp), else DuckDB.
func DialectFor(engine, backend string) (enginesql.Dialect, error) {
	q, err := QueryEngine(engine)
	if err != nil {
		return nil, err
	}
	if q == "localfile" {
		return nil, fmt.Errorf("the localfile query engine runs no SQL: choose duckdb, postgres, mssql or trino")
	}
	if q == "" {
		q = backends.DefaultQueryEngine(backend)
	}
	d, _ := enginesql.DialectByName(q)
	return d, nil
}

// SQLInlineReader reads a table_from_file table for the SQL engine:
// rows of (patient_id, columns...).
func SQLInlineReader(rows *querymodel.FileRows, schema *querymodel.TableSchema) ([][]any, error) {
	specs := make([]fileformats.ColumnSpec, len(rows.Columns))
	for i, c := range rows.Columns {
		specs[i] = fileformats.ColumnSpec{Name: c.Name, Type: c.Type, NotNull: !c.Nullable}
	}
	t, err := fileformats.ReadTable(rows.Filename, specs, fileformats.ReadOptions{AllowMissingColumns: rows.AllowMissingColumns, SortByPatient: true})
	if err != nil {
		return nil, err
	}
	out := make([][]any, t.Len())
	for i := range out {
		out[i] = t.Row(i)
	}
	return out, nil
}

// EngineOptions are the SQL engine options of a run given the granted
// permissions.
func EngineOptions(permissions []string) enginesql.Options {
	opts := enginesql.DefaultOptions()
	opts.Compile.Permissions = permissions
	opts.Compile.InlineReader = SQLInlineReader
	return opts
}

// OpenDatabase opens the database of a real-data run at dsn: the backend
// named backendName (given the granted permissions) and the SQL engine the
// DSN needs, refusing a different queryEngine ("" accepts any). It logs what
// runs ("dataset", "measures") where. A failure to connect carries the
// database exit code (backends.ExitCodeFor).
func OpenDatabase(ctx context.Context, dsn, queryEngine, backendName string, perms []string, log *logging.Logger, what string) (*enginesql.Engine, error) {
	backend, err := backends.Lookup(backendName, perms)
	if err != nil {
		return nil, err
	}
	_, _, dialect, err := enginesql.ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	if queryEngine != "" && queryEngine != dialect.Name() {
		return nil, fmt.Errorf("--query-engine %s cannot run on the database %s, which needs the %s engine", queryEngine, loadtables.Redact(dsn), dialect.Name())
	}
	log.Infof("Running %s definition against %s database (backend: %s)", what, dialect.Name(), backend.Name())
	e, err := enginesql.OpenWith(ctx, dsn, backend, EngineOptions(perms))
	if err != nil {
		return nil, backends.ExitCodeFor(err, true)
	}
	return e, nil
}

// runDatabase carries out a real-data run: permissions from
// EHRQL_PERMISSIONS, the backend's table mapping, the SQL engine over the
// database at opts.DSN (or the in-memory engine over the files of a DSN
// directory with --query-engine localfile), results streamed to the output.
func runDatabase(ctx context.Context, ds *querymodel.Dataset, opts Options) error {
	perms, err := ParsePermissions(opts.Permissions)
	if err != nil {
		return err
	}
	if err := CheckGranted(ds, perms); err != nil {
		return err
	}
	engine, err := QueryEngine(opts.QueryEngine)
	if err != nil {
		return err
	}
	if st, err := os.Stat(opts.DSN); engine == "" && !strings.Contains(opts.DSN, "://") && err == nil && st.IsDir() {
		// A directory of table files: the reference's localfile engine.
		engine = "localfile"
	}
	if engine == "localfile" {
		opts.DummyTables = opts.DSN
		return runMemory(ctx, ds, opts)
	}
	e, err := OpenDatabase(ctx, opts.DSN, engine, opts.Backend, perms, opts.Logger, "dataset")
	if err != nil {
		return err
	}
	defer e.Close()
	return streamResults(ctx, e, ds, opts)
}

// streamResults evaluates ds on e and writes the result tables as rows
// arrive; a failure at any point discards every output.
func streamResults(ctx context.Context, e *enginesql.Engine, ds *querymodel.Dataset, opts Options) error {
	writers, err := opts.Output.CreateTables(OutputSpecs(ds), opts.Stdout)
	if err != nil {
		return err
	}
	abort := func() {
		for _, w := range writers {
			w.Abort()
		}
	}
	counts := make([]int, len(writers))
	err = e.EvaluateDataset(ctx, ds, func(table int, row []any) error {
		counts[table]++
		return writers[table].WriteRow(row)
	})
	if err != nil {
		abort()
		var qe *enginesql.QueryError
		return backends.ExitCodeFor(err, errors.As(err, &qe))
	}
	for _, w := range writers {
		if err := w.Close(); err != nil {
			abort()
			return err
		}
	}
	opts.Logger.Infof("Wrote %d dataset rows", counts[0])
	return nil
}

// runDuckDBOverFiles evaluates ds with the SQL engine on an in-memory
// DuckDB database holding the --dummy-tables files the dataset reads
// (validated by package fileformats as for the in-memory engine).
func runDuckDBOverFiles(ctx context.Context, ds *querymodel.Dataset, opts Options) error {
	db, err := DuckDBOverFiles(ctx, ds, opts.DummyTables)
	if err != nil {
		return err
	}
	defer db.Close()
	e := enginesql.New(db, enginesql.DuckDB, enginesql.CoreBackend{}, EngineOptions(nil))
	return streamResults(ctx, e, ds, opts)
}

// DuckDBOverFiles opens an in-memory DuckDB database holding the table
// files of dir that ds reads (the tables of ehrQL modules; inline tables
// are read separately), in the core backend's layout.
func DuckDBOverFiles(ctx context.Context, ds *querymodel.Dataset, dir string) (*sql.DB, error) {
	connector, err := duckdb.NewConnector("", nil)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(connector)
	var real []*querymodel.Table
	for _, t := range UsedTables(ds) {
		if t.Module != "" {
			real = append(real, t)
		}
	}
	if err := loadtables.LoadFiles(ctx, db, "duckdb", dir, real); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
