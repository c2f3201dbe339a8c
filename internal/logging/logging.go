// Package logging writes the log lines ehrql commands print on standard
// error, in the reference's form: the level in brackets, padded to seven
// characters, then the message:
//
//	[info   ] Compiling dataset definition from analysis/dataset_definition.py
//	[warning] Failed to find 10 matching patients within 60 seconds
//
// A Logger drops messages below its level (info by default; the CLI takes
// the level from $LOG_LEVEL with ParseLevel). Errors that end a command
// are not logged: the CLI reports them. A Logger is safe for concurrent
// use if its writer is.
package logging

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Level is a message's importance.
type Level int

// The levels, least important first.
const (
	Debug Level = iota
	Info
	Warning
	Error
)

var levelNames = [...]string{"debug", "info", "warning", "error"}

func (l Level) String() string {
	if l < Debug || l > Error {
		return fmt.Sprintf("level(%d)", int(l))
	}
	return levelNames[l]
}

// ParseLevel parses a level name as in $LOG_LEVEL ("DEBUG", "info",
// "WARNING", "error"; "warn" and "critical" are accepted too). The empty
// string is Info.
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "info":
		return Info, nil
	case "debug":
		return Debug, nil
	case "warning", "warn":
		return Warning, nil
	case "error", "critical":
		return Error, nil
	}
	return Info, fmt.Errorf("logging: unknown level %q", s)
}

// Logger writes log lines to a writer.
type Logger struct {
	w     io.Writer
	level Level
	// progressOpen is set while a progress line is on the terminal.
	progressOpen bool
}

// New returns a logger writing messages at level or above to w. A nil
// *Logger, or one with a nil writer, discards everything.
func New(w io.Writer, level Level) *Logger { return &Logger{w: w, level: level} }

// Enabled reports whether messages at level are written.
func (l *Logger) Enabled(level Level) bool {
	return l != nil && l.w != nil && level >= l.level
}

// Log writes one message at level, as it is. Each line of a multi-line
// message is prefixed.
func (l *Logger) Log(level Level, msg string) {
	if !l.Enabled(level) {
		return
	}
	prefix := fmt.Sprintf("[%-7s] ", level)
	var b strings.Builder
	for line := range strings.SplitSeq(strings.TrimRight(msg, "\n"), "\n") {
		b.WriteString(prefix)
		b.WriteString(line)
		b.WriteByte('\n')
	}
	io.WriteString(l.w, b.String())
}

// Debugf logs at level Debug; args format the message as in fmt.Sprintf.
func (l *Logger) Debugf(format string, args ...any) { l.logf(Debug, format, args) }

// Infof logs at level Info.
func (l *Logger) Infof(format string, args ...any) { l.logf(Info, format, args) }

// Warningf logs at level Warning.
func (l *Logger) Warningf(format string, args ...any) { l.logf(Warning, format, args) }

func (l *Logger) logf(level Level, format string, args []any) {
	if l.Enabled(level) {
		l.Log(level, fmt.Sprintf(format, args...))
	}
}

// Progressf shows a one-line progress message, rewritten in place, when the
// log goes to a terminal; for files, pipes and CI logs it does nothing, so
// logs stay clean. Call EndProgress when the work is done.
func (l *Logger) Progressf(format string, args ...any) {
	if !l.Enabled(Info) || !isTerminal(l.w) {
		return
	}
	fmt.Fprintf(l.w, "\r\x1b[K"+format, args...)
	l.progressOpen = true
}

// EndProgress ends a progress line shown by Progressf.
func (l *Logger) EndProgress() {
	if l != nil && l.progressOpen {
		fmt.Fprintln(l.w)
		l.progressOpen = false
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
