package cli

import (
	"flag"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/exampledata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
)

// exampleDataDir is where dump-example-data writes by default.
const exampleDataDir = "example-data"

func dumpExampleDataCommand() *Command {
	return &Command{
		Name:  "dump-example-data",
		Usage: "[-d DIR]",
		Short: "Write example data for the ehrQL tutorial to a directory",
		Long: `Writes made-up records for about 100 patients, one CSV file per table
(patients, practice_registrations, clinical_events, medications,
ons_deaths), to example-data/ or the directory given with -d. The
directory can be passed to generate-dataset --dummy-tables.

The data are the same on every run. Existing files are never
overwritten: if any of the five files already exists, nothing is written
and the command fails.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			dir := fs.String("d", exampleDataDir, "write the files to `DIR`")
			fs.StringVar(dir, "dir", exampleDataDir, "same as -d")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 0 {
					return &UsageError{Msg: fmt.Sprintf("unexpected argument %q", args[0])}
				}
				if len(userArgs) != 0 {
					return &UsageError{Msg: "dump-example-data takes no arguments after --"}
				}
				paths, err := exampledata.Write(*dir, fileformats.FormatCSV, exampledata.Generate(exampledata.Tutorial()))
				if err != nil {
					return err
				}
				log := newLogger(s.Stderr)
				for _, p := range paths {
					log.Infof("Wrote %s", p)
				}
				return nil
			}
		},
	}
}
