package cli

import (
	"flag"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/loader"
)

// Ehrql returns the ehrql command-line program.
func Ehrql() *Program {
	return &Program{
		Name:    "ehrql",
		Version: Version,
		Summary: "ehrQL: query electronic health records with dataset definitions written in Python.",
		Commands: []*Command{
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
				_, err := loader.Load(loader.Options{Path: args[0], Args: userArgs, Log: s.Stderr})
				if de, ok := err.(*loader.DefinitionError); ok {
					return definitionError{de}
				}
				return err
			}
		},
	}
}
