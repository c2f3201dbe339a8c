package fileformats

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// ReadOptions control ReadTable and ReadTables.
type ReadOptions struct {
	// AllowMissingColumns lets nullable columns be absent from a file;
	// they read as all NULL (dummy tables). Otherwise every column must be
	// present. Extra columns in a file are always ignored.
	AllowMissingColumns bool
	// SortByPatient sorts the rows of patient tables by patient_id
	// (stably). Without it rows keep the file's order.
	SortByPatient bool
}

// DummyTablesOptions are the options for a --dummy-tables directory.
var DummyTablesOptions = ReadOptions{AllowMissingColumns: true, SortByPatient: true}

// ReadTable reads a .csv, .csv.gz, .arrow or .parquet file against specs
// (which list patient_id first for a patient table). Problems with the
// file's contents are *FileValidationError.
func ReadTable(path string, specs []ColumnSpec, opts ReadOptions) (*Table, error) {
	if err := checkSpecs(specs); err != nil {
		return nil, err
	}
	path = cleanPyPath(path)
	ext := fileExt(path)
	f, ok := formatForExt(ext, readFormats)
	if !ok {
		return nil, validationError(path, "Unsupported file type: "+ext)
	}
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return nil, validationError(path, "Missing file: "+path)
	}
	var (
		t   *Table
		err error
	)
	switch f {
	case FormatCSV:
		t, err = readCSV(path, false, specs, opts)
	case FormatCSVGZ:
		t, err = readCSV(path, true, specs, opts)
	case FormatArrow:
		t, err = readArrow(path, false, specs, opts)
	case FormatParquet:
		t, err = readArrow(path, true, specs, opts)
	}
	if err != nil {
		return nil, err
	}
	if opts.SortByPatient {
		t.SortByPatient()
	}
	return t, nil
}

// ReadTables reads several tables from path: a directory holding one file
// per table, named <url-quoted table name><ext>, in exactly one supported
// format (other files are ignored); or, for a single table, one file.
func ReadTables(path string, tables []TableSpec, opts ReadOptions) ([]*Table, error) {
	path = cleanPyPath(path)
	st, err := os.Stat(path)
	if err != nil {
		return nil, validationError(path, "Missing file or directory: "+path)
	}
	if !st.IsDir() {
		if len(tables) == 1 {
			t, err := ReadTable(path, tables[0].Columns, opts)
			if err != nil {
				return nil, err
			}
			return []*Table{t}, nil
		}
		parent, name := splitPyPath(path)
		suffix := pySuffix(name)
		base := joinPyPath(parent, strings.TrimSuffix(name, suffix))
		var adding []string
		for _, t := range tables[1:] {
			adding = append(adding, t.Name+suffix)
		}
		first := ""
		if len(tables) > 0 {
			first = tables[0].Name
		}
		return nil, validationError(path, fmt.Sprintf(
			"Attempting to read %d tables, but input only provides a single table\n"+
				"      Try moving -> %s\n"+
				"              to -> %s/%s%s\n"+
				"          adding -> %s\n"+
				"  and using path -> %s/",
			len(tables), path, base, first, suffix, strings.Join(adding, ", "), base))
	}
	f, err := directoryFormat(path)
	if err != nil {
		return nil, err
	}
	out := make([]*Table, len(tables))
	for i, t := range tables {
		tp := joinPyPath(path, urlQuote(t.Name)+f.Ext())
		if out[i], err = ReadTable(tp, t.Columns, opts); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ReadDummyTables reads the tables a query needs from a --dummy-tables
// directory: missing columns read as NULL and rows are sorted by
// patient_id.
func ReadDummyTables(dir string, tables []TableSpec) ([]*Table, error) {
	return ReadTables(dir, tables, DummyTablesOptions)
}

// directoryFormat returns the one supported data format present in dir.
func directoryFormat(dir string) (Format, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("fileformats: %w", err)
	}
	var found []string
	for _, e := range entries {
		ext := fileExt(e.Name())
		if _, ok := formatForExt(ext, readFormats); ok && !slices.Contains(found, ext) {
			found = append(found, ext)
		}
	}
	switch len(found) {
	case 0:
		return 0, validationError(dir, "No supported file formats found in: "+dir)
	case 1:
		f, _ := formatForExt(found[0], readFormats)
		return f, nil
	}
	slices.Sort(found)
	return 0, validationError(dir, fmt.Sprintf("Found multiple file formats (%s) in: %s", strings.Join(found, ", "), dir))
}

// CopyDataset implements --dummy-data-file: it reads the user's file (or
// directory, for several tables) in any readable format, checks that it
// has every output column with the right types and categories, and writes
// its rows, in file order, to the output. Nothing is written unless the
// whole input is valid.
func CopyDataset(src string, tables []TableSpec, out Output, console io.Writer) error {
	data, err := ReadTables(src, tables, ReadOptions{})
	if err != nil {
		return err
	}
	ws, err := out.CreateTables(tables, console)
	if err != nil {
		return err
	}
	for i, w := range ws {
		if err := w.WriteTable(data[i]); err != nil {
			w.Abort()
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
	return nil
}
