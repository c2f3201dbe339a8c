package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/opensafely-go/opensafely/internal/codelists"
)

// opencodelistsURLEnv names the environment variable that points the
// codelists commands at another OpenCodelists-compatible service.
const opencodelistsURLEnv = "OPENCODELISTS_URL"

// codelistsCommands are the subcommands of `opensafely codelists`, in the
// order the help lists them.
var codelistsCommands = []struct{ name, usage, help string }{
	{"add", "add URL", "Add an OpenCodelists codelist to your project"},
	{"update", "update", "Update codelists, using specification at codelists/codelists.txt"},
	{"check", "check", "Check that codelists on disk match the specification at codelists/codelists.txt and are up-to-date with upstream versions"},
	{"check-upstream", "check-upstream", "Check codelists are up to date with upstream versions"},
}

// codelistsFlags declares the options every codelists command shares and
// returns a function building the codelists options from them.
func codelistsFlags(fs *flag.FlagSet) func(s Streams) (codelists.Options, error) {
	projectDir := fs.String("project-dir", ".", "the project directory (holding project.yaml and codelists/)")
	baseURL := fs.String("opencodelists-url", "", "the OpenCodelists service to use (default: $"+opencodelistsURLEnv+", else "+codelists.DefaultBaseURL+")")
	return func(s Streams) (codelists.Options, error) {
		base := *baseURL
		if base == "" {
			base = os.Getenv(opencodelistsURLEnv)
		}
		if base == "" {
			base = codelists.DefaultBaseURL
		}
		githubCI := os.Getenv("GITHUB_WORKFLOW") != ""
		client, err := codelists.NewClient(base, Version, githubCI)
		if err != nil {
			return codelists.Options{}, &UsageError{Msg: err.Error()}
		}
		return codelists.Options{ProjectDir: *projectDir, Client: client, Out: s.Stdout, GitHubCI: githubCI}, nil
	}
}

func codelistsCommand() *Command {
	return &Command{
		Name:  "codelists",
		Usage: "{add URL | update | check | check-upstream} [--project-dir DIR] [--opencodelists-url URL]",
		Short: "Commands for interacting with " + codelists.DefaultBaseURL,
		Long: `Commands:
  add URL          Add an OpenCodelists codelist to your project: append it to
                   codelists/codelists.txt and download it
  update           Download every codelist listed in codelists/codelists.txt to
                   codelists/<org>-<slug>.csv, record them in codelists/codelists.json
                   and delete CSV files no longer listed
  check            Check that codelists.txt, codelists.json and the CSV files agree
                   and that no CSV was edited, then check-upstream
  check-upstream   Check codelists are up to date with upstream versions

The service is ` + codelists.DefaultBaseURL + ` unless --opencodelists-url or
$` + opencodelistsURLEnv + ` names another OpenCodelists-compatible one. Nothing in
codelists/ changes unless the whole command succeeds.

Exit status: 0 when the command succeeded, 1 when it failed (the message says
what to do), 2 for a mistake in the command line.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			options := codelistsFlags(fs)
			return func(s Streams, args, userArgs []string) error {
				if len(userArgs) != 0 {
					return &UsageError{Msg: "codelists takes no arguments after --"}
				}
				if len(args) == 0 {
					printCodelistsHelp(s.Stdout)
					return nil
				}
				want := 0
				if args[0] == "add" {
					want = 1
				}
				known := false
				for _, c := range codelistsCommands {
					known = known || c.name == args[0]
				}
				if !known {
					return &UsageError{Msg: fmt.Sprintf("argument COMMAND: invalid choice: %q (choose from add, update, check, check-upstream)", args[0])}
				}
				if len(args)-1 != want {
					if want == 1 {
						return &UsageError{Msg: "codelists add needs the URL of the codelist to add"}
					}
					return &UsageError{Msg: fmt.Sprintf("unexpected argument %q after %s", args[1], args[0])}
				}
				o, err := options(s)
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
				defer stop()
				switch args[0] {
				case "add":
					err = codelists.Add(ctx, o, args[1])
				case "update":
					err = codelists.Update(ctx, o)
				case "check":
					err = codelists.Check(ctx, o, true)
				case "check-upstream":
					err = codelists.CheckUpstream(ctx, o)
				}
				return codelistsError(err)
			}
		},
	}
}

func printCodelistsHelp(w io.Writer) {
	fmt.Fprintf(w, "usage: opensafely codelists COMMAND\n\nCommands for interacting with %s\n\navailable commands:\n", codelists.DefaultBaseURL)
	for _, c := range codelistsCommands {
		fmt.Fprintf(w, "  %-16s %s\n", c.usage, c.help)
	}
	fmt.Fprintln(w, "\nRun 'opensafely codelists --help' for the options.")
}

// printedError is a message printed exactly as given (it ends with its
// own newlines) with exit status 1.
type printedError struct{ text string }

func (e *printedError) Error() string { return e.text }
func (*printedError) ExitCode() int   { return 1 }

// codelistsError prints codelists errors as the reference does: the
// message followed by a newline, so messages ending with a blank line
// keep it.
func codelistsError(err error) error {
	var ce *codelists.Error
	if errors.As(err, &ce) {
		return &printedError{text: ce.Error() + "\n"}
	}
	return err
}
