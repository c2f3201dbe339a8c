package loadtables

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// DB is an open database and the name of the dialect it speaks ("duckdb"
// or "postgres").
type DB struct {
	*sql.DB
	Dialect string
}

// Connect opens the database a DSN names: duckdb:///path/to/file.duckdb
// (created if missing), duckdb:// for an in-memory database, or
// postgresql://user@host:port/db (postgres:// also accepted; query
// parameters such as search_path are passed to the server). It checks the
// connection before returning.
func Connect(ctx context.Context, dsn string) (*DB, error) {
	db, dialect, err := open(dsn)
	if err != nil {
		return nil, err
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot connect to %s: %w", Redact(dsn), err)
	}
	return &DB{DB: db, Dialect: dialect}, nil
}

func open(dsn string) (*sql.DB, string, error) {
	scheme, rest, ok := strings.Cut(dsn, ":")
	if !ok {
		return nil, "", fmt.Errorf("invalid database URL %q: expected duckdb:///PATH or postgresql://USER@HOST/DB", Redact(dsn))
	}
	switch strings.ToLower(scheme) {
	case "duckdb":
		path := strings.TrimPrefix(rest, "//")
		if path == "" || path == "/:memory:" {
			path = ""
		}
		c, err := duckdb.NewConnector(path, nil)
		if err != nil {
			return nil, "", fmt.Errorf("cannot open DuckDB database %s: %w", path, err)
		}
		return sql.OpenDB(c), "duckdb", nil
	case "postgresql", "postgres":
		cfg, err := pgx.ParseConfig(dsn)
		if err != nil {
			return nil, "", fmt.Errorf("invalid PostgreSQL URL %s: %w", Redact(dsn), err)
		}
		return stdlib.OpenDB(*cfg), "postgres", nil
	case "mssql", "sqlserver", "trino":
		return nil, "", fmt.Errorf("load-tables supports DuckDB (duckdb:///PATH) and PostgreSQL (postgresql://...) databases, not %s", scheme)
	}
	return nil, "", fmt.Errorf("unsupported database URL scheme %q: expected duckdb:///PATH or postgresql://USER@HOST/DB", scheme)
}

// Redact hides the password of a database URL for messages.
func Redact(dsn string) string {
	scheme, rest, ok := strings.Cut(dsn, "://")
	if !ok {
		return dsn
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return dsn
	}
	user := rest[:at]
	if name, _, hasPw := strings.Cut(user, ":"); hasPw {
		return scheme + "://" + name + ":***" + rest[at:]
	}
	return dsn
}

// sink receives the rows of one table.
type sink interface {
	append(row []any) error
	close() error
}

// newSink starts a bulk load into table (already created) with columns in
// order, on conn.
func newSink(ctx context.Context, conn *sql.Conn, dialect, table string, columns []string) (sink, error) {
	switch dialect {
	case "duckdb":
		var app *duckdb.Appender
		err := conn.Raw(func(dc any) error {
			var err error
			app, err = duckdb.NewAppenderFromConn(dc.(driver.Conn), "", table)
			return err
		})
		if err != nil {
			return nil, err
		}
		return &duckSink{app: app}, nil
	case "postgres":
		return newPGSink(ctx, conn, table, columns), nil
	}
	return nil, fmt.Errorf("loadtables: no bulk loader for %s", dialect)
}

type duckSink struct {
	app *duckdb.Appender
	buf []driver.Value
}

func (s *duckSink) append(row []any) error {
	s.buf = s.buf[:0]
	for _, v := range row {
		s.buf = append(s.buf, v)
	}
	return s.app.AppendRow(s.buf...)
}

func (s *duckSink) close() error { return s.app.Close() }

// pgSink runs COPY FROM in a goroutine fed through a channel, so rows can
// be pushed one at a time like the other sinks.
type pgSink struct {
	rows chan []any
	done chan error
	cur  []any
}

func newPGSink(ctx context.Context, conn *sql.Conn, table string, columns []string) *pgSink {
	s := &pgSink{rows: make(chan []any, 1024), done: make(chan error, 1)}
	cols := make([]string, len(columns))
	for i, c := range columns {
		cols[i] = strings.ToLower(c)
	}
	go func() {
		s.done <- conn.Raw(func(dc any) error {
			pc := dc.(*stdlib.Conn).Conn()
			_, err := pc.CopyFrom(ctx, pgx.Identifier{strings.ToLower(table)}, cols, s)
			return err
		})
		// Drain so a failed COPY never blocks the producer.
		for range s.rows {
		}
	}()
	return s
}

// Next, Values and Err implement pgx.CopyFromSource.
func (s *pgSink) Next() bool {
	r, ok := <-s.rows
	s.cur = r
	return ok
}
func (s *pgSink) Values() ([]any, error) { return s.cur, nil }
func (s *pgSink) Err() error             { return nil }

func (s *pgSink) append(row []any) error {
	select {
	case err := <-s.done:
		// COPY ended early: report its error on every later call.
		s.done <- err
		if err == nil {
			err = fmt.Errorf("loadtables: COPY ended early")
		}
		return err
	default:
	}
	s.rows <- append([]any(nil), row...)
	return nil
}

func (s *pgSink) close() error {
	close(s.rows)
	return <-s.done
}
