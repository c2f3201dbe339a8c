package cli

import (
	"context"
	"flag"
	"os"

	"github.com/opensafely-go/opensafely/internal/measures"
)

func generateMeasuresCommand() *Command {
	return &Command{
		Name:  "generate-measures",
		Usage: "DEFINITION [--output PATH] [--dummy-tables DIR | --dummy-data-file PATH] [--seed SEED] [--dsn URL] [--query-engine ENGINE] [--backend BACKEND] [-- USER_ARGS]",
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

With --dsn URL (default $DATABASE_URL) the measures run against real data
in that database with the SQL engine (all intervals in one evaluation),
with the permissions listed in $EHRQL_PERMISSIONS and the table layout of
--backend, as for generate-dataset. --query-engine duckdb with
--dummy-tables loads the table files into DuckDB and runs the SQL engine
there.

Disclosure control is applied unless the definition disables it with
measures.configure_disclosure_control(enabled=False): numerators and
denominators of 7 or less become 0, the rest are rounded to the nearest 5,
and ratios are computed from the rounded values.

A failure never leaves a partial output file.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			data := addDataFlags(fs, "measures")
			return func(s Streams, args, userArgs []string) error {
				out, err := data.parse(args, true)
				if err != nil {
					return err
				}
				err = measures.GenerateMeasures(context.Background(), measures.Options{
					Definition:    args[0],
					UserArgs:      userArgs,
					Output:        out,
					DummyTables:   data.dummyTables,
					DummyDataFile: data.dummyData,
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
