package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/assure"
)

func assureCommand() *Command {
	return &Command{
		Name:  "assure",
		Usage: "TEST_DATA_FILE [-- USER_ARGS]",
		Short: "Check a dataset definition against test patients and their expected results",
		Long: `Loads TEST_DATA_FILE, a Python file that imports a dataset (for example
"from dataset_definition import dataset": the file's own directory and the
project root are on the module search path) and defines test_data, a dict
of test patients:

    test_data = {
        1: {
            "patients": {"date_of_birth": date(1980, 1, 1), "sex": "female"},
            "clinical_events": [{"date": date(2020, 1, 1), "snomedct_code": "123"}],
            "expected_in_population": True,
            "expected_columns": {"age": 44},
        },
    }

Every table the dataset reads needs an entry per patient: a dict (one row)
or a list of row dicts, possibly empty. First the test data is checked
against the tables' column types and constraints, then the dataset is
evaluated over it with the in-memory engine and each patient's population
membership and expected columns are compared with the results. The report
is printed to standard output; the exit code is 13 when any check failed.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one TEST_DATA_FILE argument, got %d", len(args))}
				}
				err := assure.Run(context.Background(), assure.Options{
					File:     args[0],
					UserArgs: userArgs,
					Report:   s.Stdout,
					Log:      s.Stderr,
				})
				return ehrqlExitCode(err)
			}
		},
	}
}
