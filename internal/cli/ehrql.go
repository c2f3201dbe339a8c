package cli

import (
	"errors"
	"flag"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/atomicfile"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Ehrql returns the ehrql command-line program.
func Ehrql() *Program {
	return &Program{
		Name:    "ehrql",
		Version: Version,
		Summary: "ehrQL: query electronic health records with dataset definitions written in Python.",
		Commands: []*Command{
			generateDatasetCommand(),
			generateMeasuresCommand(),
			createDummyTablesCommand(),
			assureCommand(),
			debugCommand(),
			dumpExampleDataCommand(),
			dumpDatasetSQLCommand(),
			loadTablesCommand(),
			testConnectionCommand(),
			serializeDefinitionCommand(),
			runPythonCommand(),
		},
	}
}

// ExitDefinitionError is the exit code for an error in the user's code.
const ExitDefinitionError = 10

// definitionError gives a loader.DefinitionError its exit code.
type definitionError struct{ *loader.DefinitionError }

func (definitionError) ExitCode() int { return ExitDefinitionError }

func runPythonCommand() *Command {
	return &Command{
		Name:  "run-python",
		Usage: "FILE [-- USER_ARGS]",
		Short: "Run a Python file in the sandboxed definition interpreter (for debugging definitions)",
		Long: `Runs FILE exactly as a dataset definition is loaded: the working
directory is the project root, the file's own directory and the project root
are on the module search path, sys.argv is [FILE, USER_ARGS...], and print()
output goes to stderr. The file cannot read outside the project directory,
write files, use the network or run programs. Errors are reported with a
Python-style traceback and exit code 10.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one FILE argument, got %d", len(args))}
				}
				_, err := loader.Load(loader.Options{Path: args[0], Args: userArgs, Log: s.Stderr, Modules: ehrql.Modules()})
				return withExitCode(err)
			}
		},
	}
}

// withExitCode gives errors from user code their documented exit code.
func withExitCode(err error) error {
	var de *loader.DefinitionError
	if errors.As(err, &de) {
		return definitionError{de}
	}
	return err
}

func serializeDefinitionCommand() *Command {
	return &Command{
		Name:  "serialize-definition",
		Usage: "DEFINITION [-o FILE] [-- USER_ARGS]",
		Short: "Load a definition and print its query graph as JSON",
		Long: `Loads DEFINITION in the sandboxed interpreter with the ehrQL API and
prints what it defines (dataset, measures, test data, dummy data and
disclosure control settings, claimed permissions) as the JSON serialisation
of the query graph. Tables appear only as references to ehrql.tables
modules. Errors in the definition exit with code 10.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			output := fs.String("o", "", "write the JSON to `FILE` instead of standard output")
			fs.StringVar(output, "output", "", "same as -o")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 {
					return &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
				}
				details, err := ehrql.Load(loader.Options{Path: args[0], Args: userArgs, Log: s.Stderr})
				if err != nil {
					return withExitCode(err)
				}
				data, err := querymodel.Marshal(details)
				if err != nil {
					return err
				}
				data = append(data, '\n')
				if *output == "" {
					_, err = s.Stdout.Write(data)
					return err
				}
				return atomicfile.WriteFile(*output, data, 0o644)
			}
		},
	}
}
