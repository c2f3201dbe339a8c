// Package cli holds the command-line front ends of the ehrql and opensafely
// commands: a small command tree on the standard flag package, the output
// streams every command writes to (so tests can capture them), and the
// mapping from errors to the documented exit codes. The mains in cmd/ only
// call Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Streams are the standard streams a command uses.
type Streams struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// OSStreams returns the process's standard streams.
func OSStreams() Streams {
	return Streams{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
}

// Command is one subcommand: its usage line, help texts, flags and action.
type Command struct {
	Name  string
	Usage string // arguments after the command name, e.g. "DEFINITION [--output PATH]"
	Short string // one line for the command list
	Long  string // paragraphs for `CMD --help`
	// Hidden commands are internal: they work but are not listed.
	Hidden bool
	// RawArgs commands parse their arguments themselves: all of them,
	// options and "--" included, arrive as the positional arguments.
	RawArgs bool
	// Flags declares the command's options on fs and returns the function
	// that runs it with the remaining positional arguments and the user
	// arguments that followed "--".
	Flags func(fs *flag.FlagSet) func(s Streams, args, userArgs []string) error
}

// Program is a command-line program made of commands.
type Program struct {
	Name     string
	Version  string
	Summary  string
	Commands []*Command
}

// UsageError is a mistake in how the command was invoked (exit code 2).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// ExitCoder is an error that chooses the process exit code.
type ExitCoder interface {
	error
	ExitCode() int
}

// Run runs the program with args (without the program name) and returns
// the exit code.
func (p *Program) Run(s Streams, args []string) int {
	if len(args) == 0 {
		p.printHelp(s.Stdout)
		return 0
	}
	switch args[0] {
	case "-h", "--help", "help":
		p.printHelp(s.Stdout)
		return 0
	case "--version":
		fmt.Fprintf(s.Stdout, "%s %s\n", p.Name, p.Version)
		return 0
	}
	cmd := p.lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(s.Stderr, "%s: unknown command %q\nRun '%s --help' for the list of commands.\n", p.Name, args[0], p.Name)
		return 2
	}
	if cmd.RawArgs {
		if err := cmd.Flags(flag.NewFlagSet(p.Name+" "+cmd.Name, flag.ContinueOnError))(s, args[1:], nil); err != nil {
			return p.report(s, cmd, err)
		}
		return 0
	}
	own, userArgs := splitUserArgs(args[1:])
	fs := flag.NewFlagSet(p.Name+" "+cmd.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := cmd.Flags(fs)
	positional, err := parseArgs(fs, own)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			p.printCommandHelp(s.Stdout, cmd, fs)
			return 0
		}
		fmt.Fprintf(s.Stderr, "usage: %s %s %s\n%s: error: %v\n", p.Name, cmd.Name, cmd.Usage, p.Name, err)
		return 2
	}
	if err := run(s, positional, userArgs); err != nil {
		return p.report(s, cmd, err)
	}
	return 0
}

func (p *Program) report(s Streams, cmd *Command, err error) int {
	var usage *UsageError
	if errors.As(err, &usage) {
		fmt.Fprintf(s.Stderr, "usage: %s %s %s\n%s: error: %s\n", p.Name, cmd.Name, cmd.Usage, p.Name, usage.Msg)
		return 2
	}
	// An empty message means the command already reported the failure.
	if msg := err.Error(); msg != "" {
		if !strings.HasSuffix(msg, "\n") {
			msg += "\n"
		}
		fmt.Fprint(s.Stderr, msg)
	}
	var coder ExitCoder
	if errors.As(err, &coder) {
		return coder.ExitCode()
	}
	return 1
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (`ehrql generate-dataset def.py --output x`),
// returning the positional arguments in order.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// splitUserArgs splits args at the first "--": what comes after it is
// passed to the user's code untouched.
func splitUserArgs(args []string) (own, user []string) {
	for i, a := range args {
		if a == "--" {
			return args[:i], args[i+1:]
		}
	}
	return args, nil
}

func (p *Program) lookup(name string) *Command {
	for _, c := range p.Commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (p *Program) printHelp(w io.Writer) {
	fmt.Fprintf(w, "usage: %s COMMAND [OPTIONS] [-- USER_ARGS]\n\n%s\n\nCommands:\n", p.Name, p.Summary)
	cmds := make([]*Command, 0, len(p.Commands))
	for _, c := range p.Commands {
		if !c.Hidden {
			cmds = append(cmds, c)
		}
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-22s %s\n", c.Name, c.Short)
	}
	fmt.Fprintf(w, "\nRun '%s COMMAND --help' for a command's options; '%s --version' prints the version.\n", p.Name, p.Name)
}

func (p *Program) printCommandHelp(w io.Writer, c *Command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s %s %s\n\n%s\n", p.Name, c.Name, c.Usage, c.Short)
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Long))
	}
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nOptions:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}
