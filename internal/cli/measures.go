package cli

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/dummydata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/measures"
)

func generateMeasuresCommand() *Command {
	return &Command{
		Name:  "generate-measures",
		Usage: "DEFINITION [--output PATH] [--dummy-tables DIR | --dummy-data-file PATH] [--seed SEED] [-- USER_ARGS]",
		Short: "Take a measures definition file and output measures",
		Long: `Loads DEFINITION, which must define a collection of measures called
measures, and computes every measure for every one of its intervals: the
numerator and denominator summed over the patients in the denominator, and
their ratio, per combination of group_by values.

Without --output the results are printed to standard output as CSV.
--output FILE (.csv, .csv.gz, .arrow) writes all measures to one file with a
measure column; a directory output such as output/measures/:csv writes one
file per measure, named after it.

Locally, the data is either a directory of dummy tables (--dummy-tables)
evaluated by the in-memory engine, or ready-made dummy measures output
(--dummy-data-file), which is checked and copied. With neither, dummy data
whose patients satisfy at least one denominator is generated.

Disclosure control is applied unless the definition disables it with
measures.configure_disclosure_control(enabled=False): numerators and
denominators of 7 or less become 0, the rest are rounded to the nearest 5,
and ratios are computed from the rounded values.

A failure never leaves a partial output file.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			output := fs.String("output", "", "write the measures to `PATH` (.csv, .csv.gz, .arrow, or DIR/:FORMAT)")
			dummyTables := fs.String("dummy-tables", "", "evaluate the measures over the tables in `DIR`")
			dummyData := fs.String("dummy-data-file", "", "validate and copy these dummy measures `FILE` instead of evaluating the definition")
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
				for _, f := range []struct{ name, v string }{{"--dsn", *dsn}, {"--query-engine", *engine}, {"--backend", *backend}} {
					if f.v != "" {
						return fmt.Errorf("%s is not available yet in this version of ehrql: only local dummy data (--dummy-tables, --dummy-data-file) can be used", f.name)
					}
				}
				out := fileformats.Console
				if *output != "" {
					var err error
					if out, err = fileformats.ParseOutputPath(*output); err != nil {
						return &UsageError{Msg: err.Error()}
					}
				}
				err := measures.GenerateMeasures(context.Background(), measures.Options{
					Definition:    args[0],
					UserArgs:      userArgs,
					Output:        out,
					DummyTables:   *dummyTables,
					DummyDataFile: *dummyData,
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
