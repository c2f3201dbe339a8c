package codes

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrorKind says what went wrong in a codelist operation.
type ErrorKind uint8

const (
	// MissingFile: the CSV file does not exist.
	MissingFile ErrorKind = iota + 1
	// MissingColumn: the requested code or category column is not in the header.
	MissingColumn
	// BadCSV: the file could not be parsed as CSV.
	BadCSV
)

// CodelistError is the reference CodelistError (a Python ValueError). Its
// message is the user-facing text, for example "No column 'code' in CSV".
type CodelistError struct {
	Kind     ErrorKind
	Filename string // the file name as the user gave it
	Column   string // the missing column, for MissingColumn
	Err      error  // the underlying parse error, for BadCSV
}

// NewMissingFileError returns the error for a codelist file that does not
// exist. filename is the path exactly as the user wrote it; a path written
// with backslashes gets a hint about forward slashes.
func NewMissingFileError(filename string) *CodelistError {
	return &CodelistError{Kind: MissingFile, Filename: filename}
}

func (e *CodelistError) Error() string {
	switch e.Kind {
	case MissingFile:
		msg := "No CSV file at " + e.Filename
		if strings.Contains(e.Filename, `\`) {
			msg += "\n\nHINT: Use forward slash (/) instead of backslash (\\) in file paths"
		}
		return msg
	case MissingColumn:
		return fmt.Sprintf("No column '%s' in CSV", e.Column)
	case BadCSV:
		return fmt.Sprintf("Error reading CSV file %s: %v", e.Filename, e.Err)
	}
	return "codelist error"
}

func (e *CodelistError) Unwrap() error { return e.Err }

// Codelist is an ordered list of unique codes, optionally with a category
// for each code. A Codelist is not modified after FromCSV returns it.
type Codelist struct {
	// Filename is the name the codelist was read from.
	Filename string
	// System is the coding system the codes were validated against, or 0
	// when the codes were left as unvalidated strings.
	System     System
	codes      []string
	categories map[string]string // nil when there is no category column
}

// Codes returns the codes in first-seen order. The caller must not modify
// the slice.
func (c *Codelist) Codes() []string { return c.codes }

// Len returns the number of codes.
func (c *Codelist) Len() int { return len(c.codes) }

// HasCategories reports whether the codelist was read with a category column.
func (c *Codelist) HasCategories() bool { return c.categories != nil }

// Category returns the category of code.
func (c *Codelist) Category(code string) (string, bool) {
	cat, ok := c.categories[code]
	return cat, ok
}

// Categories returns the category of each code, in the order of Codes, or
// nil when the codelist has no category column.
func (c *Codelist) Categories() []string {
	if c.categories == nil {
		return nil
	}
	out := make([]string, len(c.codes))
	for i, code := range c.codes {
		out[i] = c.categories[code]
	}
	return out
}

// Typed returns the codes as Code values of the codelist's system, in order.
// It fails with an *InvalidCodeError if system is given (non-zero) and a code
// does not match it; system 0 means the codelist's own System.
func (c *Codelist) Typed(system System) ([]Code, error) {
	if system == 0 {
		system = c.System
	}
	out := make([]Code, 0, len(c.codes))
	for _, s := range c.codes {
		code, err := Parse(system, s)
		if err != nil {
			return nil, err
		}
		out = append(out, code)
	}
	return out, nil
}

// FromCSV reads a codelist from CSV data with a header row, the way the
// reference codelist_from_csv does:
//
//   - header names are used exactly as written (no whitespace is removed);
//   - short rows are padded with empty values;
//   - each code and category is stripped of surrounding whitespace and rows
//     whose code is then empty are dropped;
//   - duplicate codes keep their first position, and the category of the last
//     row for the code wins.
//
// filename is used only in messages. If system is non-zero every code is
// validated against it (the reference validates later, when the codes meet a
// typed column, with the same *InvalidCodeError message); pass 0 to keep the
// codes as unvalidated strings. categoryColumn "" means no categories.
func FromCSV(r io.Reader, filename string, system System, column, categoryColumn string) (*Codelist, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false

	header, err := cr.Read()
	if err != nil && err != io.EOF {
		return nil, &CodelistError{Kind: BadCSV, Filename: filename, Err: err}
	}
	index := func(name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		return -1
	}
	codeIdx := index(column)
	if codeIdx < 0 {
		return nil, &CodelistError{Kind: MissingColumn, Filename: filename, Column: column}
	}
	catIdx := -1
	if categoryColumn != "" {
		if catIdx = index(categoryColumn); catIdx < 0 {
			return nil, &CodelistError{Kind: MissingColumn, Filename: filename, Column: categoryColumn}
		}
	}

	cl := &Codelist{Filename: filename, System: system}
	if catIdx >= 0 {
		cl.categories = make(map[string]string)
	}
	seen := make(map[string]bool)
	field := func(rec []string, i int) string {
		if i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &CodelistError{Kind: BadCSV, Filename: filename, Err: err}
		}
		code := field(rec, codeIdx)
		if code == "" {
			continue
		}
		if !seen[code] {
			if system != 0 && !system.Valid(code) {
				return nil, &InvalidCodeError{System: system, Value: code}
			}
			seen[code] = true
			cl.codes = append(cl.codes, code)
		}
		if catIdx >= 0 {
			cl.categories[code] = field(rec, catIdx)
		}
	}
	return cl, nil
}
