package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/dummydata"
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
		Usage: "DEFINITION [--output PATH] [--dummy-tables DIR | --dummy-data-file PATH] [--seed SEED] [-- USER_ARGS]",
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
it reproducible: the same seed gives the same data.

A failure never leaves a partial output file.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			output := fs.String("output", "", "write the dataset to `PATH` (.csv, .csv.gz, .arrow, or DIR/:FORMAT)")
			dummyTables := fs.String("dummy-tables", "", "evaluate the definition over the tables in `DIR`")
			dummyData := fs.String("dummy-data-file", "", "validate and copy this dummy dataset `FILE` instead of evaluating the definition")
			testData := fs.String("test-data-file", "", "run the assurance tests in `FILE` first")
			dsn := fs.String("dsn", "", "database connection string (default $DATABASE_URL)")
			engine := fs.String("query-engine", "", "query engine to use")
			backend := fs.String("backend", "", "backend whose tables to use")
			seed := fs.String("seed", os.Getenv("EHRQL_DUMMY_DATA_SEED"), "seed generated dummy data with `SEED` (default $EHRQL_DUMMY_DATA_SEED, else "+dummydata.DefaultSeed+")")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
				}
				if *dummyTables != "" && *dummyData != "" {
					return &UsageError{Msg: "use only one of --dummy-tables and --dummy-data-file"}
				}
				for name, v := range map[string]string{"--dsn": *dsn, "--query-engine": *engine, "--backend": *backend} {
					if v != "" {
						return fmt.Errorf("%s is not available yet in this version of ehrql: only local dummy data (--dummy-tables, --dummy-data-file) can be used", name)
					}
				}
				out := fileformats.Console
				if *output != "" {
					var err error
					if out, err = fileformats.ParseOutputPath(*output); err != nil {
						return &UsageError{Msg: err.Error()}
					}
				}
				err := generate.Dataset(context.Background(), generate.Options{
					Definition:    args[0],
					UserArgs:      userArgs,
					Output:        out,
					DummyTables:   *dummyTables,
					DummyDataFile: *dummyData,
					TestDataFile:  *testData,
					Seed:          *seed,
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
