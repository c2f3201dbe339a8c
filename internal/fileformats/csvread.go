package fileformats

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/klauspost/compress/gzip"
)

// csvRecords splits CSV input into records exactly as Python's csv.reader
// (default dialect, strict off) does over a file opened with newline="":
//
//   - a record ends at an unquoted LF, CR or CRLF, or at the end of input;
//   - a blank line is a record with no fields;
//   - a field starting with '"' is quoted: inside it CR, LF and ',' are
//     data and '""' is one quote; text after the closing quote is appended
//     to the field;
//   - a '"' inside an unquoted field is data;
//   - input ending inside a quoted field ends the field and the record.
type csvRecords struct {
	r     io.Reader
	chunk []byte // input read ahead
	pos   int    // next unread byte of chunk
	end   int    // bytes of chunk filled
	eof   bool
	buf   []byte // the current record's field bytes, concatenated
	ends  []int  // end offset in buf of each field
	err   error
}

func newCSVRecords(r io.Reader) *csvRecords {
	return &csvRecords{r: r, chunk: make([]byte, 256<<10)}
}

const (
	stStartRecord = iota
	stStartField
	stInField
	stInQuoted
	stQuoteInQuoted
)

// more makes at least one unread byte available, reporting false at the
// end of input or on a read error (see err).
func (c *csvRecords) more() bool {
	for c.pos >= c.end {
		if c.eof {
			return false
		}
		n, err := c.r.Read(c.chunk)
		c.pos, c.end = 0, n
		if err != nil {
			c.eof = true
			if err != io.EOF {
				c.err = err
				return false
			}
		}
	}
	return true
}

// next reads the next record; it returns false at the end of input or on
// a read error (see err).
func (c *csvRecords) next() bool {
	c.buf = c.buf[:0]
	c.ends = c.ends[:0]
	state := stStartRecord
	for {
		if !c.more() {
			if c.err != nil || state == stStartRecord {
				return false
			}
			c.ends = append(c.ends, len(c.buf))
			return true
		}
		b := c.chunk[c.pos]
		c.pos++
		switch state {
		case stStartRecord:
			if b == '\r' || b == '\n' {
				c.endOfLine(b)
				return true // blank line: no fields
			}
			state = stStartField
			fallthrough
		case stStartField:
			switch b {
			case '\r', '\n':
				c.ends = append(c.ends, len(c.buf))
				c.endOfLine(b)
				return true
			case '"':
				state = stInQuoted
			case ',':
				c.ends = append(c.ends, len(c.buf))
			default:
				c.buf = append(c.buf, b)
				state = stInField
			}
		case stInField:
			switch b {
			case '\r', '\n':
				c.ends = append(c.ends, len(c.buf))
				c.endOfLine(b)
				return true
			case ',':
				c.ends = append(c.ends, len(c.buf))
				state = stStartField
			default:
				// Copy the rest of a plain field in one go.
				c.buf = append(c.buf, b)
				rest := c.chunk[c.pos:c.end]
				i := 0
				for i < len(rest) && rest[i] != ',' && rest[i] != '\n' && rest[i] != '\r' {
					i++
				}
				c.buf = append(c.buf, rest[:i]...)
				c.pos += i
			}
		case stInQuoted:
			if b == '"' {
				state = stQuoteInQuoted
			} else {
				c.buf = append(c.buf, b)
				rest := c.chunk[c.pos:c.end]
				i := 0
				for i < len(rest) && rest[i] != '"' {
					i++
				}
				c.buf = append(c.buf, rest[:i]...)
				c.pos += i
			}
		case stQuoteInQuoted:
			switch b {
			case '"':
				c.buf = append(c.buf, '"')
				state = stInQuoted
			case ',':
				c.ends = append(c.ends, len(c.buf))
				state = stStartField
			case '\r', '\n':
				c.ends = append(c.ends, len(c.buf))
				c.endOfLine(b)
				return true
			default:
				c.buf = append(c.buf, b)
				state = stInField
			}
		}
	}
}

// endOfLine consumes the LF of a CRLF pair.
func (c *csvRecords) endOfLine(b byte) {
	if b == '\r' && c.more() && c.chunk[c.pos] == '\n' {
		c.pos++
	}
}

func (c *csvRecords) len() int { return len(c.ends) }

func (c *csvRecords) field(i int) []byte {
	start := 0
	if i > 0 {
		start = c.ends[i-1]
	}
	return c.buf[start:c.ends[i]]
}

func (c *csvRecords) fieldStr(i int) string { return string(c.field(i)) }

// csvColumn parses one spec'd column of a CSV file.
type csvColumn struct {
	spec  ColumnSpec
	kind  kind
	index int // field index in the file, -1 when the file lacks the column
	cats  *categorySet
	col   *Column // nil for patient_id, which goes to Table.PatientIDs
	label string  // repr of the column name, as messages show it
}

// readCSV reads a .csv or .csv.gz file.
func readCSV(path string, gzipped bool, specs []ColumnSpec, opts ReadOptions) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fileformats: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if gzipped {
		gz, err := gzip.NewReader(bufio.NewReaderSize(f, 256<<10))
		if err != nil {
			return nil, validationError(path, fmt.Sprintf("Not a gzipped file: %s", path))
		}
		defer gz.Close()
		r = gz
	}
	var sizeHint int64
	if st, err := f.Stat(); err == nil {
		sizeHint = st.Size()
		if gzipped {
			// A gzip member ends with its uncompressed size mod 2^32.
			var trailer [4]byte
			sizeHint = 0
			if st.Size() >= 4 {
				if _, err := f.ReadAt(trailer[:], st.Size()-4); err == nil {
					sizeHint = int64(binary.LittleEndian.Uint32(trailer[:]))
				}
			}
		}
	}
	return parseCSV(r, path, specs, opts, sizeHint)
}

// parseCSV reads CSV data (header then rows) against specs. A non-zero
// sizeHint (the size of the input) is used to size the columns.
func parseCSV(r io.Reader, path string, specs []ColumnSpec, opts ReadOptions, sizeHint int64) (*Table, error) {
	recs := newCSVRecords(r)
	var headers []string
	if recs.next() {
		headers = make([]string, recs.len())
		for i := range headers {
			headers[i] = recs.fieldStr(i)
		}
	}
	if recs.err != nil {
		return nil, readError(path, recs.err)
	}
	if err := validateColumns(path, headers, specs, opts.AllowMissingColumns); err != nil {
		return nil, err
	}
	t := newTable(specs, 1024)
	cols := make([]csvColumn, len(specs))
	anyStr := false
	for j, s := range specs {
		c := &cols[j]
		c.spec, c.kind, c.index = s, kindOf(s.Type), -1
		c.cats = newCategorySet(s.Categories)
		c.label = pyRepr(s.Name)
		for i, h := range headers {
			if h == s.Name {
				c.index = i
				break
			}
		}
		if j > 0 || t.PatientIDs == nil {
			c.col = &t.Columns[j-len(specs)+len(t.Columns)]
		}
		if c.kind == kindStr && c.index >= 0 {
			anyStr = true
		}
	}
	width := len(headers)
	for row := 1; recs.next(); row++ {
		if recs.len() != width {
			return nil, rowError(path, row, fmt.Sprintf("expected %d columns but got %d", width, recs.len()))
		}
		if row == 1 && sizeHint > 0 {
			// Estimate the row count from the first row's length.
			if n := sizeHint / int64(len(recs.buf)+len(recs.ends)+1); n > 1024 {
				reserve(t, int(min(n+n/8, 1<<26)))
			}
		}
		// One string holds the whole record; str values are slices of it.
		var record string
		if anyStr {
			record = string(recs.buf)
		}
		for j := range cols {
			c := &cols[j]
			if c.index < 0 {
				c.col.AppendNull()
				continue
			}
			start := 0
			if c.index > 0 {
				start = recs.ends[c.index-1]
			}
			end := recs.ends[c.index]
			raw := recs.buf[start:end]
			if len(raw) == 0 {
				if c.spec.NotNull {
					return nil, rowError(path, row, fmt.Sprintf("NULL value in non-nullable column '%s'", c.spec.Name))
				}
				c.col.AppendNull()
				continue
			}
			if err := c.parse(t, raw, record, start, end); err != nil {
				return nil, rowError(path, row, "column "+c.label+": "+err.Error())
			}
		}
	}
	if recs.err != nil {
		return nil, readError(path, recs.err)
	}
	return t, nil
}

// parse converts one non-empty field and appends it.
func (c *csvColumn) parse(t *Table, raw []byte, record string, start, end int) error {
	switch c.kind {
	case kindInt:
		v, err := parsePyInt(raw)
		if err != nil {
			return err
		}
		if c.cats != nil && !c.cats.hasInt(v) {
			return c.notInCategories(raw)
		}
		if c.col == nil {
			t.PatientIDs = append(t.PatientIDs, v)
			return nil
		}
		c.col.Ints = append(c.col.Ints, v)
	case kindFloat:
		v, err := parsePyFloat(raw)
		if err != nil {
			return err
		}
		if c.cats != nil && !c.cats.hasFloat(v) {
			return c.notInCategories(raw)
		}
		c.col.Floats = append(c.col.Floats, v)
	case kindBool:
		v, err := parseBool(raw)
		if err != nil {
			return err
		}
		if c.cats != nil && !c.cats.hasBool(v) && !c.cats.hasInt(boolInt(v)) {
			return c.notInCategories(raw)
		}
		c.col.Bools = append(c.col.Bools, v)
	case kindDate:
		v, err := parseISODate(raw)
		if err != nil {
			return err
		}
		if c.cats != nil && !c.cats.hasDate(v) {
			return c.notInCategories(raw)
		}
		c.col.Dates = append(c.col.Dates, v)
	case kindStr:
		v := record[start:end]
		if c.cats != nil && !c.cats.hasStr(v) {
			return c.notInCategories(raw)
		}
		c.col.Strs = append(c.col.Strs, v)
	}
	c.col.markValid()
	return nil
}

func boolInt(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

func (c *csvColumn) notInCategories(raw []byte) error {
	return errValue(pyRepr(string(raw)) + " not in valid categories: " + c.cats.text)
}

// validateColumns checks that the file has every required column: all of
// them, or with allowMissing only the non-nullable ones.
func validateColumns(path string, names []string, specs []ColumnSpec, allowMissing bool) error {
	have := make(map[string]bool, len(names))
	for _, n := range names {
		have[n] = true
	}
	var missing []string
	for _, s := range specs {
		if (s.NotNull || !allowMissing) && !have[s.Name] {
			missing = append(missing, s.Name)
		}
	}
	if missing != nil {
		return validationError(path, "Missing columns: "+strings.Join(missing, ", "))
	}
	return nil
}

func readError(path string, err error) error {
	return fmt.Errorf("fileformats: reading %s: %w", path, err)
}
