package cli

import (
	"context"
	"errors"
	"flag"
	"os"

	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Exit codes of the ehrql command (ehrql.md §9.5).
const (
	ExitFileValidation = 11
)

// codedError attaches an exit code to an error.
type codedError struct {
	error
	code int
}

func (e codedError) ExitCode() int { return e.code }
func (e codedError) Unwrap() error { return e.error }

func generateDatasetCommand() *Command {
	return &Command{
		Name:  "generate-dataset",
		Usage: "DEFINITION [--output PATH] [--dummy-tables DIR | --dummy-data-file PATH] [--seed SEED] [--dsn URL] [--query-engine ENGINE] [--backend BACKEND] [-- USER_ARGS]",
		Short: "Take a dataset definition file and output a dataset",
		Long: `Loads DEFINITION, evaluates the dataset it defines and writes one row per
patient. Without --output the dataset is printed to standard output as CSV.
--output chooses the format by extension (.csv, .csv.gz, .arrow); a
directory output such as output/dir/:arrow writes one file per table.

Locally, the data is either a directory of dummy tables (--dummy-tables,
one file per table named after it, e.g. patients.csv) evaluated by the
in-memory engine, or a ready-made dummy dataset (--dummy-data-file), which
is checked against the definition's columns and copied to the output.
With neither, dummy data satisfying the population is generated
(configure_dummy_data); --seed SEED (default $EHRQL_DUMMY_DATA_SEED) makes
it reproducible: the same seed gives the same data. With --dummy-tables,
--query-engine duckdb loads the tables into an in-memory DuckDB database
and runs the SQL engine instead (the results are the same).

With --dsn URL (default $DATABASE_URL) the definition runs against real
data in that database: duckdb:///path/to/file.duckdb, postgresql://... or
mssql://...; load-tables fills such a database from table files. --backend
(default $OPENSAFELY_BACKEND) says how its tables are laid out: core (the
ehrQL tables themselves, the default) or tpp (TPP's schema, with its
opt-out and GP-activation rules). Restricted tables and features need the
permissions listed in $EHRQL_PERMISSIONS (a JSON list), else the run stops
with exit code 12. Database errors exit with 5 (3: transient, retry; 4: a
table is being imported; 6: the query is too complex for the server).

A failure never leaves a partial output file.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			data := addDataFlags(fs, "dataset")
			testData := fs.String("test-data-file", "", "run the assurance tests in `FILE` first")
			return func(s Streams, args, userArgs []string) error {
				out, err := data.parse(args, true)
				if err != nil {
					return err
				}
				err = generate.Dataset(context.Background(), generate.Options{
					Definition:    args[0],
					UserArgs:      userArgs,
					Output:        out,
					DummyTables:   data.dummyTables,
					DummyDataFile: data.dummyData,
					TestDataFile:  *testData,
					Seed:          data.seed,
					DSN:           data.dsn,
					QueryEngine:   data.engine,
					Backend:       data.backend,
					Permissions:   os.Getenv("EHRQL_PERMISSIONS"),
					Stdout:        s.Stdout,
					Log:           s.Stderr,
					Logger:        newLogger(s.Stderr),
				})
				return ehrqlExitCode(err)
			}
		},
	}
}

// ehrqlExitCode gives an error of a run its documented exit code.
func ehrqlExitCode(err error) error {
	if err == nil {
		return nil
	}
	var fv *fileformats.FileValidationError
	if errors.As(err, &fv) {
		return codedError{err, ExitFileValidation}
	}
	var slot *querymodel.DefinitionError
	if errors.As(err, &slot) {
		return codedError{err, slot.ExitCode}
	}
	return withExitCode(err)
}
