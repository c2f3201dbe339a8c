package fileformats

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

var errClosed = errors.New("fileformats: writer is closed")

// csvWriter writes CSV as Python's csv.writer does with the default
// dialect: fields quoted only when they hold a comma, a double quote, CR or
// LF (quotes doubled), records ended by "\r\n".
type csvWriter struct {
	specs []ColumnSpec
	kinds []kind

	file    *atomicFile // nil when writing to console
	console io.Writer
	prefix  string // written before the header (console separators)
	gzipped bool

	gz      *gzip.Writer
	w       *bufio.Writer
	started bool
	done    bool
	err     error
	line    []byte
}

func newCSVWriter(specs []ColumnSpec, file *atomicFile, console io.Writer, prefix string, gzipped bool) *csvWriter {
	kinds := make([]kind, len(specs))
	for i, s := range specs {
		kinds[i] = kindOf(s.Type)
	}
	return &csvWriter{specs: specs, kinds: kinds, file: file, console: console, prefix: prefix, gzipped: gzipped}
}

// start opens the destination and writes the header.
func (w *csvWriter) start() error {
	if w.done {
		return errClosed
	}
	if w.err != nil {
		return w.err
	}
	if w.started {
		return nil
	}
	w.started = true
	var dst io.Writer = w.console
	if w.file != nil {
		f, err := w.file.create()
		if err != nil {
			w.err = err
			return err
		}
		dst = f
	}
	if w.gzipped {
		gz, _ := gzip.NewWriterLevel(dst, 6)
		// Python's gzip module records the file name without ".gz".
		gz.Name = strings.TrimSuffix(filepath.Base(w.file.path), ".gz")
		gz.ModTime = time.Now()
		w.gz = gz
		dst = gz
	}
	w.w = bufio.NewWriterSize(dst, 64<<10)
	w.w.WriteString(w.prefix)
	line := w.line[:0]
	for i, s := range w.specs {
		if i > 0 {
			line = append(line, ',')
		}
		line = appendCSVField(line, s.Name, len(w.specs) == 1)
	}
	line = append(line, '\r', '\n')
	_, err := w.w.Write(line)
	w.line = line[:0]
	return w.setErr(err)
}

func (w *csvWriter) setErr(err error) error {
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("fileformats: %w", err)
	}
	return w.err
}

func (w *csvWriter) WriteRow(row []any) error {
	if err := w.start(); err != nil {
		return err
	}
	if len(row) != len(w.specs) {
		return fmt.Errorf("fileformats: row has %d values, output has %d columns", len(row), len(w.specs))
	}
	line := w.line[:0]
	for i, v := range row {
		if i > 0 {
			line = append(line, ',')
		}
		var err error
		if line, err = w.appendValue(line, i, v); err != nil {
			return err
		}
	}
	if len(w.specs) == 1 && len(line) == 0 {
		line = append(line, '"', '"')
	}
	line = append(line, '\r', '\n')
	_, err := w.w.Write(line)
	w.line = line[:0]
	return w.setErr(err)
}

func (w *csvWriter) appendValue(b []byte, i int, v any) ([]byte, error) {
	if v == nil {
		return b, nil
	}
	ok := true
	switch w.kinds[i] {
	case kindBool:
		x, is := v.(bool)
		ok = is
		if x {
			b = append(b, 'T')
		} else if is {
			b = append(b, 'F')
		}
	case kindInt:
		if x, is := toInt64(v); is {
			b = strconv.AppendInt(b, x, 10)
		} else {
			ok = false
		}
	case kindFloat:
		if x, is := v.(float64); is {
			b = AppendFloat(b, x)
		} else {
			ok = false
		}
	case kindStr:
		if x, is := toString(v); is {
			b = appendCSVField(b, x, false)
		} else {
			ok = false
		}
	case kindDate:
		if x, is := v.(querymodel.CalendarDate); is {
			b = appendDate(b, x)
		} else {
			ok = false
		}
	}
	if !ok {
		return b, fmt.Errorf("fileformats: column %q: cannot write %T as %s", w.specs[i].Name, v, w.specs[i].Type)
	}
	return b, nil
}

func (w *csvWriter) WriteTable(t *Table) error {
	if err := checkTable(t, w.specs); err != nil {
		return err
	}
	if err := w.start(); err != nil {
		return err
	}
	n := t.Len()
	line := w.line[:0]
	for r := 0; r < n; r++ {
		line = line[:0]
		first := true
		if t.PatientIDs != nil {
			line = strconv.AppendInt(line, t.PatientIDs[r], 10)
			first = false
		}
		for c := range t.Columns {
			if !first {
				line = append(line, ',')
			}
			first = false
			col := &t.Columns[c]
			if col.Valid != nil && !col.Valid[r] {
				continue
			}
			switch kindOf(col.Type) {
			case kindBool:
				if col.Bools[r] {
					line = append(line, 'T')
				} else {
					line = append(line, 'F')
				}
			case kindInt:
				line = strconv.AppendInt(line, col.Ints[r], 10)
			case kindFloat:
				line = AppendFloat(line, col.Floats[r])
			case kindStr:
				line = appendCSVField(line, col.Strs[r], false)
			case kindDate:
				line = appendDate(line, col.Dates[r])
			}
		}
		if len(w.specs) == 1 && len(line) == 0 {
			line = append(line, '"', '"')
		}
		line = append(line, '\r', '\n')
		if _, err := w.w.Write(line); err != nil {
			return w.setErr(err)
		}
	}
	w.line = line[:0]
	return nil
}

func (w *csvWriter) Close() error {
	if w.done {
		return w.err
	}
	if err := w.start(); err != nil {
		w.Abort()
		return err
	}
	w.done = true
	err := w.w.Flush()
	if err == nil && w.gz != nil {
		err = w.gz.Close()
	}
	if err != nil {
		w.setErr(err)
		if w.file != nil {
			w.file.abort()
		}
		return w.err
	}
	if w.file != nil {
		if err := w.file.commit(); err != nil {
			w.err = err
		}
	}
	return w.err
}

func (w *csvWriter) Abort() {
	if w.done {
		return
	}
	w.done = true
	if w.file != nil {
		w.file.abort()
	} else if w.w != nil {
		// What reached the console cannot be taken back; at least do not
		// leave it half buffered.
		w.w.Flush()
	}
}

// appendCSVField appends s, quoted if Python's csv module would quote it.
// A lone empty field is quoted too, so that the record is not blank.
func appendCSVField(b []byte, s string, lone bool) []byte {
	if s == "" {
		if lone {
			return append(b, '"', '"')
		}
		return b
	}
	if !strings.ContainsAny(s, ",\"\r\n") {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}
