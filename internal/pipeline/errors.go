package pipeline

import (
	"fmt"
	"strings"
)

// Pos is a position in a project file. Line and Col are 1-based; zero means
// unknown.
type Pos struct {
	File      string
	Line, Col int
}

// String renders the position as file:line:col (parts that are unknown are
// left out).
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Kind says what sort of problem an Error reports.
type Kind int

const (
	// Invalid is a validation error; the message is prefixed
	// "Invalid project: <filename>\n".
	Invalid Kind = iota
	// Syntax is a YAML error, including duplicate mapping keys.
	Syntax
	// NotFound means the directory has no project.yaml.
	NotFound
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case Syntax:
		return "syntax"
	case NotFound:
		return "not found"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Error is the one error type of the package: every parse and validation
// problem in a project file.
type Error struct {
	Kind Kind
	// Pos is where the problem is; Pos.File is the file name given to Parse.
	Pos Pos
	// Msg is the reference's message, without prefix or position.
	Msg string
}

// Error renders the message as users see it: validation messages get the
// "Invalid project: <filename>" line, and the position follows on its own
// line.
func (e *Error) Error() string {
	switch e.Kind {
	case NotFound:
		return e.Msg
	case Syntax:
		return e.Msg + "\n" + e.where()
	default:
		return "Invalid project: " + e.Pos.File + "\n" + e.Msg + "\n" + e.where()
	}
}

func (e *Error) where() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  in %q", e.Pos.File)
	if e.Pos.Line > 0 {
		fmt.Fprintf(&b, ", line %d", e.Pos.Line)
		if e.Pos.Col > 0 {
			fmt.Fprintf(&b, ", column %d", e.Pos.Col)
		}
	}
	return b.String()
}

// Warning is a non-fatal problem in a project file.
type Warning struct {
	Pos Pos
	// Msg is the reference's message without the "ProjectWarning: " prefix.
	Msg string
}

// String renders the warning as the reference prints it.
func (w Warning) String() string { return "ProjectWarning: " + w.Msg }
