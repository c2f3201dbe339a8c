package fileformats

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is a file format.
type Format uint8

// The formats. Parquet is read only.
const (
	FormatArrow Format = iota + 1
	FormatCSV
	FormatCSVGZ
	FormatParquet
)

// writeFormats are the output formats in the reference's order.
var writeFormats = []Format{FormatArrow, FormatCSV, FormatCSVGZ}

// readFormats are the formats a data file may have.
var readFormats = []Format{FormatArrow, FormatCSV, FormatCSVGZ, FormatParquet}

// Ext returns the file extension, ".csv.gz".
func (f Format) Ext() string {
	switch f {
	case FormatArrow:
		return ".arrow"
	case FormatCSV:
		return ".csv"
	case FormatCSVGZ:
		return ".csv.gz"
	case FormatParquet:
		return ".parquet"
	}
	return ""
}

func (f Format) String() string { return strings.TrimPrefix(f.Ext(), ".") }

func formatForExt(ext string, formats []Format) (Format, bool) {
	for _, f := range formats {
		if f.Ext() == ext {
			return f, true
		}
	}
	return 0, false
}

// Writer receives the rows of one table. Rows may be given one at a time
// (WriteRow) or in columnar batches (WriteTable), in any mixture. A file
// writer creates nothing until the first row (or Close, for an empty
// table); it writes to a temporary file beside the destination and renames
// it into place in Close, so no partial output ever exists at the
// destination. Call Abort instead of Close on error: it discards whatever
// was written. A Writer is not safe for concurrent use.
type Writer interface {
	// WriteRow appends one row: one value per column, in column order
	// (nil for NULL; bool, int64 or int, float64, string or codes.Code,
	// querymodel.CalendarDate).
	WriteRow(row []any) error
	// WriteTable appends every row of t, whose columns must match the
	// writer's column specs (see Table for patient tables).
	WriteTable(t *Table) error
	// Close writes what remains, then publishes the file.
	Close() error
	// Abort discards the output. It is a no-op after Close.
	Abort()
}

// Output is a parsed --output destination.
type Output struct {
	// Path is the file, or for a directory output the directory; "" means
	// standard output (CSV).
	Path   string
	Format Format
	// Dir marks a directory output ("out/:arrow"), which holds one file
	// per table named <url-quoted table name><ext>.
	Dir bool
}

// Console is the output to standard output.
var Console = Output{Format: FormatCSV}

// OutputPathError is an invalid --output argument; the CLI reports it as
// a usage error (exit code 2).
type OutputPathError struct{ Msg string }

func (e *OutputPathError) Error() string { return e.Msg }

func backtickJoin(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("`" + it + "`")
	}
	return b.String()
}

func fileExts() string {
	var exts []string
	for _, f := range writeFormats {
		exts = append(exts, f.Ext())
	}
	return backtickJoin(exts)
}

func dirExts() string {
	var exts []string
	for _, f := range writeFormats {
		exts = append(exts, ":"+f.String())
	}
	return backtickJoin(exts)
}

// ParseOutputPath checks an --output argument: a file with a supported
// extension (.arrow, .csv, .csv.gz) or a directory with a format suffix
// ("dir/:arrow", "dir:csv"). Errors are *OutputPathError with the
// reference's messages.
func ParseOutputPath(arg string) (Output, error) {
	p := cleanPyPath(arg)
	if dir, ext, ok := splitDirectoryExt(p); ok {
		f, found := formatForExt(ext, writeFormats)
		if !found {
			return Output{}, &OutputPathError{Msg: fmt.Sprintf("'%s' is not a supported format, must be one of: %s", ":"+strings.TrimPrefix(ext, "."), dirExts())}
		}
		return Output{Path: dir, Format: f, Dir: true}, nil
	}
	ext := fileExt(p)
	if ext == "" {
		return Output{}, &OutputPathError{Msg: "No file format supplied\n" +
			"To write a single file use a file extension: " + fileExts() +
			"To write multiple files use a directory extension: " + dirExts() + "\n"}
	}
	f, found := formatForExt(ext, writeFormats)
	if !found {
		return Output{}, &OutputPathError{Msg: fmt.Sprintf("'%s' is not a supported format, must be one of: %s", ext, fileExts())}
	}
	return Output{Path: p, Format: f}, nil
}

// ParseOutputDir checks the directory argument of create-dummy-tables: a
// directory, optionally with a format suffix ("dir:arrow"); CSV by
// default.
func ParseOutputDir(arg string) (Output, error) {
	p := cleanPyPath(arg)
	dir, ext, ok := splitDirectoryExt(p)
	if !ok {
		return Output{Path: p, Format: FormatCSV, Dir: true}, nil
	}
	f, found := formatForExt(ext, writeFormats)
	if !found {
		return Output{}, &OutputPathError{Msg: fmt.Sprintf("'%s' is not a supported format, must be one of: %s", ":"+strings.TrimPrefix(ext, "."), dirExts())}
	}
	return Output{Path: dir, Format: f, Dir: true}, nil
}

// cleanPyPath normalises a path as Python's pathlib does: repeated
// separators and "." components are dropped, as is a trailing separator.
func cleanPyPath(p string) string {
	if p == "" {
		return "."
	}
	abs := strings.HasPrefix(p, "/")
	var parts []string
	for _, s := range strings.Split(p, "/") {
		if s != "" && s != "." {
			parts = append(parts, s)
		}
	}
	out := strings.Join(parts, "/")
	if abs {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

// splitPyPath returns a cleaned path's parent and final component.
func splitPyPath(p string) (parent, name string) {
	i := strings.LastIndexByte(p, '/')
	switch {
	case i < 0:
		return ".", p
	case i == 0:
		return "/", p[1:]
	}
	return p[:i], p[i+1:]
}

// joinPyPath joins like pathlib's "/" operator, where "." disappears.
func joinPyPath(dir, name string) string {
	switch dir {
	case ".", "":
		return name
	case "/":
		return "/" + name
	}
	return dir + "/" + name
}

// splitDirectoryExt splits "dir/:arrow" or "dir:arrow" into the directory
// and ".arrow"; ok is false when the final component has no colon.
func splitDirectoryExt(p string) (dir, ext string, ok bool) {
	parent, name := splitPyPath(p)
	i := strings.LastIndexByte(name, ':')
	if i < 0 {
		return "", "", false
	}
	ext = "." + name[i+1:]
	if i == 0 {
		return parent, ext, true
	}
	return joinPyPath(parent, name[:i]), ext, true
}

// pySuffixes returns pathlib's suffix and suffixes of a file name.
func pySuffix(name string) string {
	i := strings.LastIndexByte(name, '.')
	if i > 0 && i < len(name)-1 {
		return name[i:]
	}
	return ""
}

func pySuffixes(name string) []string {
	if strings.HasSuffix(name, ".") {
		return nil
	}
	parts := strings.Split(strings.TrimLeft(name, "."), ".")[1:]
	for i := range parts {
		parts[i] = "." + parts[i]
	}
	return parts
}

// fileExt returns a path's format extension as the reference computes it:
// the last suffix, or the last two when the last is ".gz".
func fileExt(p string) string {
	_, name := splitPyPath(p)
	suffix := pySuffix(name)
	if suffix == ".gz" {
		sfx := pySuffixes(name)
		if len(sfx) > 2 {
			sfx = sfx[len(sfx)-2:]
		}
		return strings.Join(sfx, "")
	}
	return suffix
}

// String returns the argument form of the output.
func (o Output) String() string {
	switch {
	case o.Path == "":
		return "<stdout>"
	case o.Dir:
		return joinPyPath(o.Path, ":"+o.Format.String())
	}
	return o.Path
}

// Create returns a writer for a single-table output: the file, or the
// console (written to console) when o.Path is "". A directory output needs
// a table name: use CreateTables.
func (o Output) Create(specs []ColumnSpec, console io.Writer) (Writer, error) {
	ws, err := o.CreateTables([]TableSpec{{Name: "dataset", Columns: specs}}, console)
	if err != nil {
		return nil, err
	}
	return ws[0], nil
}

// CreateTables returns one writer per table, in order. A directory output
// gets one file per table; a single file takes exactly one table; the
// console takes several, separated by blank lines and each preceded by its
// name when there is more than one, so the writers must be used (and
// closed) in order. Nothing is created until a writer receives its first
// row or is closed.
func (o Output) CreateTables(tables []TableSpec, console io.Writer) ([]Writer, error) {
	for _, t := range tables {
		if err := checkSpecs(t.Columns); err != nil {
			return nil, err
		}
	}
	ws := make([]Writer, len(tables))
	switch {
	case o.Path == "":
		for i, t := range tables {
			var prefix string
			if i > 0 {
				prefix = "\n\n"
			}
			if len(tables) > 1 {
				prefix += t.Name + "\n"
			}
			ws[i] = newCSVWriter(t.Columns, nil, console, prefix, false)
		}
	case o.Dir:
		for i, t := range tables {
			path := joinPyPath(o.Path, urlQuote(t.Name)+o.Format.Ext())
			ws[i] = newFileWriter(o.Format, path, t.Columns)
		}
	default:
		if len(tables) != 1 {
			parent, name := splitPyPath(o.Path)
			suffix := pySuffix(name)
			stem := strings.TrimSuffix(name, suffix)
			return nil, &FileValidationError{Msg: fmt.Sprintf(
				"Attempting to write %d tables, but output only supports a single table\n"+
					"  Instead of -> %s\n"+
					"         try -> %s/:%s",
				len(tables), o.Path, joinPyPath(parent, stem), strings.TrimPrefix(suffix, "."))}
		}
		ws[0] = newFileWriter(o.Format, o.Path, tables[0].Columns)
	}
	return ws, nil
}

func newFileWriter(f Format, path string, specs []ColumnSpec) Writer {
	af := &atomicFile{path: path}
	switch f {
	case FormatArrow:
		return newArrowWriter(specs, af)
	case FormatCSVGZ:
		return newCSVWriter(specs, af, nil, "", true)
	}
	return newCSVWriter(specs, af, nil, "", false)
}

// NewCSVWriter returns a writer of CSV to w (for example standard output).
// Close flushes but does not close w.
func NewCSVWriter(w io.Writer, specs []ColumnSpec) (Writer, error) {
	if err := checkSpecs(specs); err != nil {
		return nil, err
	}
	return newCSVWriter(specs, nil, w, "", false), nil
}

// CreateFile returns a writer for the file at path in the given format
// (see Writer for when the file appears).
func CreateFile(path string, f Format, specs []ColumnSpec) (Writer, error) {
	if err := checkSpecs(specs); err != nil {
		return nil, err
	}
	if _, ok := formatForExt(f.Ext(), writeFormats); !ok {
		return nil, fmt.Errorf("fileformats: cannot write %s files", f)
	}
	return newFileWriter(f, path, specs), nil
}

// atomicFile is an output file written under a temporary name in the
// destination directory and renamed into place when complete.
type atomicFile struct {
	path string
	f    *os.File
}

// create makes the parent directories and the temporary file.
func (a *atomicFile) create() (*os.File, error) {
	dir, base := filepath.Split(a.path)
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("fileformats: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("fileformats: %w", err)
	}
	a.f = f
	return f, nil
}

// commit closes the temporary file and renames it to the destination.
func (a *atomicFile) commit() error {
	name := a.f.Name()
	err := a.f.Close()
	a.f = nil
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, a.path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("fileformats: writing %s: %w", a.path, err)
	}
	return nil
}

// abort removes the temporary file, if any.
func (a *atomicFile) abort() {
	if a.f != nil {
		name := a.f.Name()
		a.f.Close()
		os.Remove(name)
		a.f = nil
	}
}
