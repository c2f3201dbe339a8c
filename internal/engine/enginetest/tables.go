package enginetest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// The test tables of the specification's conformance suite: a patient
// table P and an event table E over a fixed schema, and a second pair (P2,
// E2) for cases that combine tables.
var (
	P  = testTable("p", true, false)
	E  = testTable("e", false, true)
	P2 = testTable("p2", true, false)
	E2 = testTable("e2", false, true)
)

func testTable(name string, patient, withI3 bool) *querymodel.Table {
	cols := []querymodel.Column{
		{Name: "i1", Type: querymodel.Int},
		{Name: "i2", Type: querymodel.Int},
	}
	if withI3 {
		cols = append(cols, querymodel.Column{Name: "i3", Type: querymodel.Int})
	}
	cols = append(cols,
		querymodel.Column{Name: "b1", Type: querymodel.Bool},
		querymodel.Column{Name: "b2", Type: querymodel.Bool},
		querymodel.Column{Name: "c1", Type: querymodel.CodeType(codes.SNOMEDCT)},
		querymodel.Column{Name: "m1", Type: querymodel.CodeType(codes.ICD10Multi)},
		querymodel.Column{Name: "m2", Type: querymodel.CodeType(codes.OPCS4Multi)},
		querymodel.Column{Name: "d1", Type: querymodel.Date},
		querymodel.Column{Name: "d2", Type: querymodel.Date},
		querymodel.Column{Name: "s1", Type: querymodel.Str},
		querymodel.Column{Name: "s2", Type: querymodel.Str},
		querymodel.Column{Name: "f1", Type: querymodel.Float},
		querymodel.Column{Name: "f2", Type: querymodel.Float},
	)
	return &querymodel.Table{
		Module:  "enginetest",
		Attr:    name,
		Patient: patient,
		Schema:  querymodel.MustTableSchema(cols...),
	}
}

// LookupTable returns the table a case refers to by name: one of the test
// tables (p, e, p2, e2) or a table of ehrql.tables.core (patients,
// clinical_events, medications, practice_registrations, ons_deaths).
func LookupTable(name string) (*querymodel.Table, bool) {
	switch name {
	case "p":
		return P, true
	case "e":
		return E, true
	case "p2":
		return P2, true
	case "e2":
		return E2, true
	}
	return tables.Lookup("ehrql.tables.core", name)
}

// TableRows is the input data of one table: each row is (patient_id,
// col1, col2, ...) in schema order, with values as Go values: nil, bool,
// int64, float64, string, codes.Code or querymodel.CalendarDate. Rows are
// in the order written; patient ids need not be sorted.
type TableRows struct {
	Table *querymodel.Table
	Rows  [][]any
}

// ParseTables parses tables written as text. Each table starts with a
// line holding the table name (optionally after a blank line), then a
// header line naming columns (the first cell, for patient_id, is empty),
// then optionally a separator line of dashes, then one line per row.
// Cells are separated by "|"; an empty cell is NULL; bools are T and F;
// dates are YYYY-MM-DD; strings are written bare, or between single
// quotes to keep surrounding spaces (two single quotes are the empty
// string); codes are bare. Columns of the schema that the header omits are
// NULL.
//
//	e
//	  | i1 | d1
//	--+----+-----------
//	1 | 10 | 2020-01-01
//	1 |    | 2021-03-04
func ParseTables(text string) ([]TableRows, error) {
	var out []TableRows
	for _, block := range splitBlocks(text) {
		name := strings.TrimSpace(block[0])
		t, ok := LookupTable(name)
		if !ok {
			return nil, fmt.Errorf("unknown table %q", name)
		}
		if len(block) < 2 {
			return nil, fmt.Errorf("table %s: missing header", name)
		}
		header := splitCells(block[1])
		if len(header) == 0 || header[0] != "" {
			return nil, fmt.Errorf("table %s: header must start with an empty patient_id cell", name)
		}
		cols := t.Schema.Columns()
		pos := make([]int, len(header)) // schema index of each header cell
		for i, h := range header[1:] {
			idx := -1
			for j, c := range cols {
				if c.Name == h {
					idx = j
				}
			}
			if idx < 0 {
				return nil, fmt.Errorf("table %s: unknown column %q", name, h)
			}
			pos[i+1] = idx
		}
		tr := TableRows{Table: t}
		for _, line := range block[2:] {
			if strings.HasPrefix(strings.TrimSpace(line), "-") {
				continue
			}
			cells := splitCells(line)
			if len(cells) != len(header) {
				return nil, fmt.Errorf("table %s: row %q has %d cells, want %d", name, line, len(cells), len(header))
			}
			row := make([]any, len(cols)+1)
			id, err := strconv.ParseInt(cells[0], 10, 64)
			if err != nil {
				return nil, fmt.Errorf("table %s: bad patient_id %q", name, cells[0])
			}
			row[0] = id
			for i, cell := range cells[1:] {
				c := cols[pos[i+1]]
				v, err := ParseValue(c.Type, cell)
				if err != nil {
					return nil, fmt.Errorf("table %s column %s: %w", name, c.Name, err)
				}
				row[pos[i+1]+1] = v
			}
			tr.Rows = append(tr.Rows, row)
		}
		out = append(out, tr)
	}
	return out, nil
}

func splitBlocks(text string) [][]string {
	var blocks [][]string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		t := strings.TrimSpace(line)
		if cur != nil && !strings.Contains(t, "|") && !strings.HasPrefix(t, "-") {
			blocks = append(blocks, cur) // a table name starts a new table
			cur = nil
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	return blocks
}

// splitCells splits on single "|" characters (a "||" is part of a cell,
// as in multi-code strings) and trims each cell.
func splitCells(line string) []string {
	var cells []string
	start := 0
	for i := 0; i < len(line); i++ {
		if line[i] != '|' {
			continue
		}
		if (i+1 < len(line) && line[i+1] == '|') || (i > 0 && line[i-1] == '|') {
			continue
		}
		cells = append(cells, strings.TrimSpace(line[start:i]))
		start = i + 1
	}
	return append(cells, strings.TrimSpace(line[start:]))
}

// ParseValue parses one cell or expected value of type t. The empty
// string and "NULL" are NULL.
func ParseValue(t querymodel.Type, s string) (any, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "NULL" {
		return nil, nil
	}
	unquote := func(s string) string {
		if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
			return s[1 : len(s)-1]
		}
		return s
	}
	switch t.Kind() {
	case querymodel.KindBool:
		switch s {
		case "T":
			return true, nil
		case "F":
			return false, nil
		}
	case querymodel.KindInt:
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, nil
		}
	case querymodel.KindFloat:
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f, nil
		}
	case querymodel.KindStr:
		return unquote(s), nil
	case querymodel.KindCode:
		return codes.Code{System: t.System(), Value: unquote(s)}, nil
	case querymodel.KindDate:
		d, err := querymodel.ParseDate(s)
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	return nil, fmt.Errorf("cannot read %q as %s", s, t)
}
