package codelists

import (
	"fmt"
	"strings"
)

// updatePrompt follows every message that `opensafely codelists update`
// would fix.
const updatePrompt = "To fix these errors run the command below and commit the changes:\n\n  opensafely codelists update\n"

// Error is a problem reported to the user; the commands exit with status
// 1 on it.
type Error struct {
	// Msg is the reference's message.
	Msg string
	// File and Line locate the problem in codelists.txt when known
	// (Line is 1-based; 0 means unknown).
	File string
	Line int
	// Prompt says the problem is fixed by running the update command;
	// the message is then followed by the reference's instructions.
	Prompt bool
	// Err is the underlying failure, if any (a network error, say).
	Err error
}

// Error renders the message as the user sees it: the reference's message,
// the position on a line of its own, and the update instructions for
// problems update fixes.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Msg)
	if e.File != "" && e.Line > 0 {
		if !strings.HasSuffix(e.Msg, "\n") {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "  in %q, line %d", e.File, e.Line)
	}
	if e.Prompt {
		b.WriteString("\n" + updatePrompt)
	}
	return b.String()
}

// Unwrap returns the underlying failure.
func (e *Error) Unwrap() error { return e.Err }

// ExitCode is 1 for every codelists error.
func (e *Error) ExitCode() int { return 1 }

func errorf(format string, args ...any) *Error {
	return &Error{Msg: fmt.Sprintf(format, args...)}
}

func promptf(format string, args ...any) *Error {
	return &Error{Msg: fmt.Sprintf(format, args...), Prompt: true}
}
