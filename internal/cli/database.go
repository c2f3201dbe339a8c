package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/atomicfile"
	"github.com/opensafely-go/opensafely/internal/backends"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/loadtables"
)

func dumpDatasetSQLCommand() *Command {
	return &Command{
		Name:  "dump-dataset-sql",
		Usage: "DEFINITION [--output FILE] [--query-engine ENGINE] [--backend BACKEND] [-- USER_ARGS]",
		Short: "Output the SQL that would be executed to fetch the results of the dataset definition",
		Long: `Loads DEFINITION and prints, without connecting to any database, every SQL
statement generate-dataset --dsn would run, in order, with literal values
inlined. Each statement is preceded by a comment "-- Run query 001 / 012"
(or "-- Fetch results from query ..." for the queries that download results)
and ends with ";" and a blank line.

The SQL dialect is that of --query-engine (duckdb, postgres, mssql, trino;
default $OPENSAFELY_QUERY_ENGINE), else that of the backend (--backend tpp
gives SQL Server's), else DuckDB's. The backend's table mapping and rules are
applied, with the permissions in $EHRQL_PERMISSIONS.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			output := fs.String("output", "", "write the SQL to `FILE` instead of standard output")
			engine := fs.String("query-engine", "", "dialect of the SQL: duckdb, postgres, mssql or trino (default $OPENSAFELY_QUERY_ENGINE)")
			backend := fs.String("backend", "", "`BACKEND` whose tables to read: core or tpp (default $OPENSAFELY_BACKEND)")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
				}
				if *engine == "" {
					*engine = os.Getenv("OPENSAFELY_QUERY_ENGINE")
				}
				if *backend == "" {
					*backend = os.Getenv("OPENSAFELY_BACKEND")
				}
				dialect, err := generate.DialectFor(*engine, *backend)
				if err != nil {
					return &UsageError{Msg: err.Error()}
				}
				perms, err := generate.ParsePermissions(os.Getenv("EHRQL_PERMISSIONS"))
				if err != nil {
					return err
				}
				b, err := backends.Lookup(*backend, perms)
				if err != nil {
					return &UsageError{Msg: err.Error()}
				}
				details, err := ehrql.Load(loader.Options{Path: args[0], Args: userArgs, Log: s.Stderr})
				if err != nil {
					return ehrqlExitCode(err)
				}
				if e := details.Errors["dataset"]; e != nil {
					return ehrqlExitCode(e)
				}
				prog, err := enginesql.Compile(details.Dataset, dialect, b, enginesql.CompileOptions{
					Permissions: perms, InlineReader: generate.SQLInlineReader})
				if err != nil {
					return ehrqlExitCode(err)
				}
				var buf bytes.Buffer
				if err := prog.Dump(&buf); err != nil {
					return err
				}
				if *output == "" {
					_, err = s.Stdout.Write(buf.Bytes())
					return err
				}
				return atomicfile.WriteFile(*output, buf.Bytes(), 0o644)
			}
		},
	}
}

func testConnectionCommand() *Command {
	return &Command{
		Name:   "test-connection",
		Usage:  "[-b BACKEND] [-u URL]",
		Short:  "Check that the database can be reached: runs SELECT 1 and prints SUCCESS",
		Hidden: true,
		Long: `Connects to the database at URL (default $DATABASE_URL), runs SELECT 1 and
prints SUCCESS. BACKEND defaults to $BACKEND, then $OPENSAFELY_BACKEND. A
failure exits with code 5 (3 for transient errors).`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			backend := fs.String("b", "", "`BACKEND` of the database (default $BACKEND or $OPENSAFELY_BACKEND)")
			fs.StringVar(backend, "backend", "", "same as -b")
			url := fs.String("u", "", "database `URL` (default $DATABASE_URL)")
			fs.StringVar(url, "url", "", "same as -u")
			return func(s Streams, args, _ []string) error {
				if len(args) != 0 {
					return &UsageError{Msg: fmt.Sprintf("unexpected arguments: %v", args)}
				}
				if *backend == "" {
					*backend = os.Getenv("BACKEND")
				}
				if *backend == "" {
					*backend = os.Getenv("OPENSAFELY_BACKEND")
				}
				if *url == "" {
					*url = os.Getenv("DATABASE_URL")
				}
				if *url == "" {
					return &UsageError{Msg: "no database URL: give -u URL or set DATABASE_URL"}
				}
				b, err := backends.Lookup(*backend, nil)
				if err != nil {
					return &UsageError{Msg: err.Error()}
				}
				ctx := context.Background()
				opts := enginesql.DefaultOptions()
				e, err := enginesql.OpenWith(ctx, *url, b, opts)
				if err != nil {
					return backends.ExitCodeFor(fmt.Errorf("cannot connect to %s: %w", loadtables.Redact(*url), err), true)
				}
				defer e.Close()
				if err := e.Exec(ctx, "SELECT 1"); err != nil {
					return backends.ExitCodeFor(err, true)
				}
				fmt.Fprintln(s.Stdout, "SUCCESS")
				return nil
			}
		},
	}
}

func loadTablesCommand() *Command {
	return &Command{
		Name:  "load-tables",
		Usage: "DIR --dsn URL [--backend core|tpp]",
		Short: "Create and fill a database's tables from a directory of table files",
		Long: `Reads DIR, a directory of ehrQL table files in the format of --dummy-tables
(one .csv, .csv.gz, .arrow or .parquet file per table, named after it, such
as patients.csv), and creates and fills the backend's tables in the
database at URL (default $DATABASE_URL): duckdb:///path/to/file.duckdb
(created if missing) or postgresql://USER@HOST/DB. Tables loaded are dropped
and re-created first.

With --backend core (the default) each ehrQL table is one database table of
the same name; every known ehrQL table is created, empty when DIR has no
file for it. With --backend tpp the files are converted into TPP's physical
tables (Patient, CodedEvent, CodedEvent_SNOMED, MedicationIssue,
RegistrationHistory, ONS_Deaths, APCS, ...), with nobody opted out and every
practice activated, so the same definitions give the same results through
either backend. Data that TPP's tables cannot represent is reported with
its file and row (exit code 11).

generate-dataset --dsn URL [--backend ...] then reads the database.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			dsn := fs.String("dsn", "", "database `URL` (default $DATABASE_URL)")
			backend := fs.String("backend", "core", "table layout to create: core or tpp")
			return func(s Streams, args, _ []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one DIR argument, got %d", len(args))}
				}
				if *dsn == "" {
					*dsn = os.Getenv("DATABASE_URL")
				}
				if *dsn == "" {
					return &UsageError{Msg: "no database: give --dsn URL or set DATABASE_URL"}
				}
				if _, err := backends.Canonical(*backend); err != nil {
					return &UsageError{Msg: err.Error()}
				}
				log := newLogger(s.Stderr)
				stats, err := loadtables.Load(context.Background(), loadtables.Options{Dir: args[0], DSN: *dsn, Backend: *backend, Log: s.Stderr})
				if err != nil {
					return ehrqlExitCode(err)
				}
				log.Infof("Loaded %d rows into %d tables in %.2fs (%.0f rows/s)", stats.Rows, stats.Tables, stats.Elapsed.Seconds(), stats.RowsPerSecond())
				return nil
			}
		},
	}
}
