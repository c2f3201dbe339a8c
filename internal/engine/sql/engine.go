package sql

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	// The database drivers Open knows.
	_ "github.com/duckdb/duckdb-go/v2"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/microsoft/go-mssqldb"
	_ "github.com/trinodb/trino-go-client/trino"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DefaultBatchSize is the number of rows fetched per download query.
const DefaultBatchSize = 32000

// Options configures an Engine.
type Options struct {
	Compile CompileOptions
	// Retries is how many times a failed download batch is retried
	// (the batch resumes after the last row received).
	Retries int
	// RetrySleep is the pause before the first retry; it doubles after
	// each retry.
	RetrySleep time.Duration
	// BatchSize is the number of rows per download query (0:
	// DefaultBatchSize, except on DuckDB, an embedded database that
	// streams each table in one query).
	BatchSize int
}

// DefaultOptions are the options Open uses: 4 retries, 4 s apart at
// first, doubling; the join limit is EHRQL_MAX_JOIN_COUNT when that is
// set to a positive integer.
func DefaultOptions() Options {
	opts := Options{Retries: 4, RetrySleep: 4 * time.Second}
	if n, err := strconv.Atoi(os.Getenv("EHRQL_MAX_JOIN_COUNT")); err == nil && n > 0 {
		opts.Compile.MaxJoinCount = n
	}
	return opts
}

// Engine runs compiled datasets on a database through database/sql. Each
// evaluation holds one connection for its whole run (temporary tables are
// per connection). An Engine is safe for concurrent use.
type Engine struct {
	db      *sql.DB
	dialect Dialect
	backend Backend
	opts    Options
}

// ErrDateRange is returned (wrapped) when date arithmetic leaves the
// years 1 to 9999.
var ErrDateRange = errors.New("date arithmetic gives a date outside the years 1 to 9999")

// QueryError reports a failed statement of a program.
type QueryError struct {
	Query int    // 1-based number of the statement, as in Program.Dump
	SQL   string // the statement
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("sql: query %d failed: %v", e.Query, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }

// ParseDSN returns the database/sql driver name, the driver's DSN and the
// dialect for an ehrQL DSN:
//
//	duckdb:///path/to/file.duckdb   a DuckDB file
//	duckdb://                       an in-memory DuckDB database
//	postgresql://... postgres://... PostgreSQL (pgx)
//	mssql://user:pass@host:port/db  SQL Server
//	trino://user@host:port/catalog/schema  Trino
func ParseDSN(dsn string) (driverName, driverDSN string, d Dialect, err error) {
	scheme, rest, ok := strings.Cut(dsn, "://")
	if !ok {
		scheme, rest, ok = strings.Cut(dsn, ":")
	}
	if !ok {
		return "", "", nil, fmt.Errorf("sql: DSN %q has no scheme: use duckdb:///path, postgresql://..., mssql://... or trino://...", dsn)
	}
	switch strings.ToLower(scheme) {
	case "duckdb":
		return "duckdb", rest, DuckDB, nil
	case "postgres", "postgresql":
		return "pgx", dsn, Postgres, nil
	case "mssql", "sqlserver":
		return "sqlserver", "sqlserver://" + rest, MSSQL, nil
	case "trino":
		return "trino", "http://" + rest, Trino, nil
	}
	return "", "", nil, fmt.Errorf("sql: unsupported database %q in DSN: use duckdb, postgresql, mssql or trino", scheme)
}

// Open connects to the database named by dsn (see ParseDSN) with
// DefaultOptions. b nil means CoreBackend.
func Open(ctx context.Context, dsn string, b Backend) (*Engine, error) {
	return OpenWith(ctx, dsn, b, DefaultOptions())
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, dsn string, b Backend, opts Options) (*Engine, error) {
	drv, ddsn, d, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open(drv, ddsn)
	if err != nil {
		return nil, fmt.Errorf("sql: opening %s database: %w", d.Name(), err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sql: connecting to %s database: %w", d.Name(), err)
	}
	return New(db, d, b, opts), nil
}

// New returns an engine over an open database of dialect d.
func New(db *sql.DB, d Dialect, b Backend, opts Options) *Engine {
	if b == nil {
		b = CoreBackend{}
	}
	return &Engine{db: db, dialect: d, backend: b, opts: opts}
}

// DB returns the database handle (for load-tables and other direct use).
func (e *Engine) DB() *sql.DB { return e.db }

// Dialect returns the engine's dialect.
func (e *Engine) Dialect() Dialect { return e.dialect }

// Backend returns the engine's backend.
func (e *Engine) Backend() Backend { return e.backend }

// Close closes the database.
func (e *Engine) Close() error { return e.db.Close() }

// Exec runs one statement outside any evaluation.
func (e *Engine) Exec(ctx context.Context, query string, args ...any) error {
	_, err := e.db.ExecContext(ctx, query, args...)
	return err
}

// Compile compiles ds for this engine's dialect and backend.
func (e *Engine) Compile(ds *querymodel.Dataset) (*Program, error) {
	return Compile(ds, e.dialect, e.backend, e.opts.Compile)
}

// EvaluateDataset compiles and runs ds, calling emit for every row of
// every output table: table 0 is the dataset table (patient_id, then the
// variables), then one per event table; rows come in patient_id order.
// Values are nil, bool, int64, float64, string, codes.Code or
// querymodel.CalendarDate. The row slice is reused between calls; copy it
// to keep it. An error from emit stops the run and is returned.
func (e *Engine) EvaluateDataset(ctx context.Context, ds *querymodel.Dataset, emit func(table int, row []any) error) error {
	prog, err := e.Compile(ds)
	if err != nil {
		return err
	}
	return e.Run(ctx, prog, emit)
}

// Run runs a compiled program (see EvaluateDataset).
func (e *Engine) Run(ctx context.Context, prog *Program, emit func(table int, row []any) error) error {
	return e.session(ctx, prog, func(conn *sql.Conn) error {
		for i := range prog.results {
			if err := e.download(ctx, conn, prog, i, emit); err != nil {
				return err
			}
		}
		return nil
	})
}

// WithResults compiles ds and runs its setup on one connection, then
// calls fn with that connection and the name of the temporary table that
// holds the dataset table (columns patient_id and the variables, as
// written in SQL for the engine's dialect; quote column names with
// Dialect().Quote). The temporary tables are dropped when fn returns.
// Measures use it to aggregate a dataset in the database.
func (e *Engine) WithResults(ctx context.Context, ds *querymodel.Dataset, fn func(conn *sql.Conn, table string) error) error {
	prog, err := e.Compile(ds)
	if err != nil {
		return err
	}
	return e.session(ctx, prog, func(conn *sql.Conn) error {
		return fn(conn, prog.results[0].Table)
	})
}

// session runs prog's setup on a dedicated connection, calls fn, then
// runs the cleanup. After a failure the connection is discarded, taking
// its temporary tables with it.
func (e *Engine) session(ctx context.Context, prog *Program, fn func(conn *sql.Conn) error) (err error) {
	conn, err := e.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sql: connecting: %w", err)
	}
	defer func() {
		if err != nil {
			if prog.dialect.persistentTemps() {
				// Ordinary tables outlive the connection: drop them.
				cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
				for _, name := range prog.temps {
					_, _ = conn.ExecContext(cctx, render(prog.dialect, dropTable{name}))
				}
				cancel()
			}
			// Never reuse a connection that may hold our temp tables.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}()
	for i, s := range prog.setup {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return mapError(&QueryError{Query: i + 1, SQL: s, Err: err})
		}
	}
	if err := fn(conn); err != nil {
		return err
	}
	n := len(prog.setup) + len(prog.results)
	for i, s := range prog.cleanup {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return mapError(&QueryError{Query: n + i + 1, SQL: s, Err: err})
		}
	}
	return nil
}

func mapError(err *QueryError) error {
	if strings.Contains(err.Err.Error(), dateRangeMessage) {
		return fmt.Errorf("sql: %w", ErrDateRange)
	}
	return err
}

// download fetches result table i in batches, retrying failed batches
// from the row after the last one emitted.
func (e *Engine) download(ctx context.Context, conn *sql.Conn, prog *Program, i int, emit func(int, []any) error) error {
	r := &prog.results[i]
	after := int64(math.MinInt64)
	sleep := e.opts.RetrySleep
	retries := 0
	queryNo := len(prog.setup) + i + 1
	for {
		n, last, err := e.fetchBatch(ctx, conn, prog.dialect, r, i, after, emit)
		if n > 0 {
			after = last
		}
		if err != nil {
			var ee emitError
			if errors.As(err, &ee) {
				return ee.err
			}
			if ctx.Err() != nil || retries >= e.opts.Retries {
				return mapError(&QueryError{Query: queryNo, SQL: r.Query, Err: err})
			}
			retries++
			select {
			case <-time.After(sleep):
			case <-ctx.Done():
				return ctx.Err()
			}
			sleep *= 2
			continue
		}
		if size := e.batchSize(); size == 0 || n < size {
			return nil
		}
	}
}

type emitError struct{ err error }

func (e emitError) Error() string { return e.err.Error() }

// fetchBatch fetches and emits the rows after key value after (at most a
// batch), returning how many it emitted and the last one's key.
func (e *Engine) fetchBatch(ctx context.Context, conn *sql.Conn, d Dialect, r *ResultTable, table int, after int64, emit func(int, []any) error) (n int, last int64, err error) {
	rows, err := conn.QueryContext(ctx, r.fetchSQL(d, true, after, e.batchSize()))
	if err != nil {
		return 0, after, err
	}
	defer rows.Close()
	holders := make([]any, len(r.Columns))
	for j, c := range r.Columns {
		holders[j] = newHolder(c.Type)
	}
	var key sql.NullInt64
	keyed := r.key != "patient_id" // fetchSQL adds the key column
	if keyed {
		holders = append(holders, &key)
	}
	out := make([]any, len(r.Columns))
	for rows.Next() {
		if err := rows.Scan(holders...); err != nil {
			return n, last, err
		}
		for j, c := range r.Columns {
			out[j] = holderValue(holders[j], c.Type)
		}
		if keyed {
			last = key.Int64
		} else {
			last, _ = out[0].(int64)
		}
		n++
		if err := emit(table, out); err != nil {
			return n, last, emitError{err}
		}
	}
	return n, last, rows.Err()
}

func (e *Engine) batchSize() int {
	switch {
	case e.opts.BatchSize > 0:
		return e.opts.BatchSize
	case e.dialect.Name() == "duckdb":
		return 0 // no pagination
	}
	return DefaultBatchSize
}

func newHolder(t querymodel.Type) any {
	switch t.Kind() {
	case querymodel.KindBool:
		return new(sql.NullBool)
	case querymodel.KindInt:
		return new(sql.NullInt64)
	case querymodel.KindFloat:
		return new(sql.NullFloat64)
	case querymodel.KindStr, querymodel.KindCode:
		return new(sql.NullString)
	case querymodel.KindDate:
		return new(sql.NullTime)
	}
	return new(any)
}

func holderValue(h any, t querymodel.Type) any {
	switch x := h.(type) {
	case *sql.NullBool:
		if x.Valid {
			return x.Bool
		}
	case *sql.NullInt64:
		if x.Valid {
			return x.Int64
		}
	case *sql.NullFloat64:
		if x.Valid {
			return x.Float64
		}
	case *sql.NullString:
		if x.Valid {
			if t.Kind() == querymodel.KindCode {
				return codes.Code{System: t.System(), Value: x.String}
			}
			return x.String
		}
	case *sql.NullTime:
		if x.Valid {
			y, m, d := x.Time.Date()
			return querymodel.CalendarDate{Year: y, Month: m, Day: d}
		}
	}
	return nil
}
