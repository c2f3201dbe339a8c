package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/opensafely-go/opensafely/internal/logging"
)

// unknownArgumentsHint follows the list of unknown arguments (ehrql.md
// §9.1): options meant for the user's definition must come after "--".
const unknownArgumentsHint = "If you are trying to provide custom parameters, note that these MUST be provided last, and must follow a double-dash `--`."

// parseArgs parses a command's own arguments (those before "--") like
// parseInterspersed, but first rejects options the command does not
// define with the reference's "unknown arguments" message, which reminds
// the user that parameters for their definition go after "--". Program.Run
// reports the error as a usage error (exit code 2).
//
// Only arguments that look like options ("-x", "--name", "--name=value")
// are checked; each unknown one is listed together with the argument
// that follows it when that is not an option itself (a value such as
// "--region north" is reported whole), since the user most likely meant
// it as a value.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	if unknown := unknownArguments(fs, args); len(unknown) > 0 {
		return nil, fmt.Errorf("unknown arguments: %s %s", strings.Join(unknown, " "), unknownArgumentsHint)
	}
	return parseInterspersed(fs, args)
}

// unknownArguments returns the option arguments in args that fs does not
// define, each followed by its apparent value.
func unknownArguments(fs *flag.FlagSet, args []string) []string {
	var unknown []string
	for i := 0; i < len(args); i++ {
		name, hasValue, ok := optionName(args[i])
		if !ok {
			continue
		}
		f := fs.Lookup(name)
		if f == nil && name != "h" && name != "help" {
			unknown = append(unknown, args[i])
			if !hasValue && i+1 < len(args) {
				if _, _, isOpt := optionName(args[i+1]); !isOpt {
					i++
					unknown = append(unknown, args[i])
				}
			}
			continue
		}
		// Skip the value of a known option given as a separate argument.
		if f != nil && !hasValue && !isBoolFlag(f) {
			i++
		}
	}
	return unknown
}

// optionName splits an option argument ("--name=value", "-n") into its
// name and whether it carries its value; ok is false for positional
// arguments, "-" and "--".
func optionName(arg string) (name string, hasValue, ok bool) {
	if len(arg) < 2 || arg[0] != '-' || arg == "--" {
		return "", false, false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if name == "" || name[0] == '-' {
		return "", false, false
	}
	if i := strings.IndexByte(name, '='); i >= 0 {
		return name[:i], true, true
	}
	return name, false, true
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// newLogger returns the logger commands write their log lines with: to
// w, at the level named by $LOG_LEVEL (info when unset or unknown).
func newLogger(w io.Writer) *logging.Logger {
	level, _ := logging.ParseLevel(os.Getenv("LOG_LEVEL"))
	return logging.New(w, level)
}
