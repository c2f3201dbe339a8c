package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/debug"
)

func debugCommand() *Command {
	return &Command{
		Name:   "debug",
		Usage:  "DEFINITION --dummy-tables DIR [--display-format ascii|html] [-- USER_ARGS]",
		Short:  "Run a definition with show() active, displaying its values over dummy tables",
		Hidden: true,
		Long: `Loads DEFINITION with show() active (this is what editor integrations run).
Each show(element, ..., label=None, head=None, tail=None) call prints, to
standard error, "Show line N:" and its label, then the element evaluated over
the dummy tables in DIR (one file per table, named after it) by the
in-memory engine: a series as a table of patient_id (and row_id for an
event series) and value, several series side by side, a frame or a dataset
with all its columns, any other value as its Python repr. head and tail keep
only the first and last rows.

--display-format html prints each table as one line of HTML instead of
ASCII. Errors in the definition exit with code 10, bad dummy-table files
with code 11.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			dummyTables := fs.String("dummy-tables", "", "evaluate show() elements over the tables in `DIR`")
			format := fs.String("display-format", "ascii", "render tables as `ascii` or html")
			fs.Bool("no-subprocess", false, "accepted for compatibility; definitions always run in-process")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
				}
				f, err := debug.ParseFormat(*format)
				if err != nil {
					return &UsageError{Msg: fmt.Sprintf("argument --display-format: invalid choice: '%s' (choose from 'ascii', 'html')", *format)}
				}
				if *dummyTables == "" {
					return &UsageError{Msg: "--dummy-tables DIR is required: generating dummy data is not available yet"}
				}
				err = debug.Run(context.Background(), debug.Options{
					Definition:  args[0],
					UserArgs:    userArgs,
					DummyTables: *dummyTables,
					Format:      f,
					Log:         s.Stderr,
				})
				return ehrqlExitCode(err)
			}
		},
	}
}
