package stdlib

import (
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
)

// csv: reader and DictReader with the excel dialect's quoting rules
// (doubled quote characters inside quoted fields, quoted newlines). There
// is no writer: definitions never write files.

var csvReaderClass, csvDictReaderClass, csvErrorClass *python.Class

type csvDialect struct {
	delimiter, quotechar rune
	skipInitialSpace     bool
	quoteNone            bool
}

// csvReader is the object returned by csv.reader.
type csvReader struct {
	src     python.Iterator
	dialect csvDialect
	lineNum int
}

func (r *csvReader) Type() *python.Class { return csvReaderClass }

func (r *csvReader) Iterate(t *python.Thread) (python.Iterator, error) { return r, nil }

func (r *csvReader) Attr(t *python.Thread, name string) (python.Value, error) {
	if name == "line_num" {
		return python.Int(r.lineNum), nil
	}
	return nil, nil
}

func (r *csvReader) AttrNames() []string { return []string{"line_num"} }

func (r *csvReader) nextLine(t *python.Thread) (string, bool, error) {
	v, ok, err := r.src.Next(t)
	if err != nil || !ok {
		return "", false, err
	}
	s, isStr := v.(python.Str)
	if !isStr {
		return "", false, python.NewException(csvErrorClass, python.Str("iterator should return strings, not "+typeName(v)+" (the file should be opened in text mode)"))
	}
	r.lineNum++
	return string(s), true, nil
}

// Next parses one record, reading further lines while inside quotes.
func (r *csvReader) Next(t *python.Thread) (python.Value, bool, error) {
	line, ok, err := r.nextLine(t)
	if err != nil || !ok {
		return nil, false, err
	}
	d := r.dialect
	var fields []python.Value
	var field strings.Builder
	const (
		startField = iota
		inField
		inQuoted
		quoteInQuoted
	)
	state := startField
	for {
		runes := []rune(line)
		for i := 0; i < len(runes); i++ {
			c := runes[i]
			if (c == '\n' || c == '\r') && state != inQuoted {
				// End of record; anything after a line break is ignored.
				runes = runes[:i]
				break
			}
			switch state {
			case startField:
				switch {
				case c == d.quotechar && !d.quoteNone:
					state = inQuoted
				case c == d.delimiter:
					fields = append(fields, python.Str(""))
				case c == ' ' && d.skipInitialSpace:
				default:
					field.WriteRune(c)
					state = inField
				}
			case inField:
				if c == d.delimiter {
					fields = append(fields, python.Str(field.String()))
					field.Reset()
					state = startField
				} else {
					field.WriteRune(c)
				}
			case inQuoted:
				if c == d.quotechar {
					state = quoteInQuoted
				} else {
					field.WriteRune(c)
				}
			case quoteInQuoted:
				switch {
				case c == d.quotechar:
					field.WriteRune(c)
					state = inQuoted
				case c == d.delimiter:
					fields = append(fields, python.Str(field.String()))
					field.Reset()
					state = startField
				default:
					field.WriteRune(c)
					state = inField
				}
			}
		}
		if state != inQuoted {
			break
		}
		next, ok, err := r.nextLine(t)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			return nil, false, python.NewException(csvErrorClass, python.Str("unexpected end of data"))
		}
		line = next
	}
	if state != startField || len(fields) > 0 {
		fields = append(fields, python.Str(field.String()))
	}
	return python.NewList(fields), true, nil
}

func csvDialectArgs(kwargs []python.Kwarg) (csvDialect, []python.Kwarg, error) {
	d := csvDialect{delimiter: ',', quotechar: '"'}
	var rest []python.Kwarg
	for _, kw := range kwargs {
		switch kw.Name {
		case "delimiter", "quotechar":
			s, ok := kw.Value.(python.Str)
			if !ok || len([]rune(string(s))) != 1 {
				if kw.Value == python.None && kw.Name == "quotechar" {
					d.quoteNone = true
					continue
				}
				return d, nil, errorf(python.TypeError, "\"%s\" must be a 1-character string", kw.Name)
			}
			if kw.Name == "delimiter" {
				d.delimiter = []rune(string(s))[0]
			} else {
				d.quotechar = []rune(string(s))[0]
			}
		case "skipinitialspace":
			b, _ := kw.Value.(python.Bool)
			d.skipInitialSpace = bool(b)
		case "quoting":
			if n, _ := toInt(kw.Value); n == 3 {
				d.quoteNone = true
			}
		case "dialect":
			if s, ok := kw.Value.(python.Str); ok && s == "excel-tab" {
				d.delimiter = '\t'
			}
		case "doublequote", "escapechar", "lineterminator", "strict":
		default:
			rest = append(rest, kw)
		}
	}
	return d, rest, nil
}

func newCSVReader(t *python.Thread, fname string, args python.Tuple, kwargs []python.Kwarg) (*csvReader, []python.Kwarg, error) {
	if len(args) == 0 {
		return nil, nil, errorf(python.TypeError, "expected at least 1 argument, got 0")
	}
	if len(args) > 1 {
		if s, ok := args[1].(python.Str); ok && s == "excel-tab" {
			kwargs = append([]python.Kwarg{{Name: "delimiter", Value: python.Str("\t")}}, kwargs...)
		}
	}
	d, rest, err := csvDialectArgs(kwargs)
	if err != nil {
		return nil, nil, err
	}
	it, err := python.Iterate(t, args[0])
	if err != nil {
		return nil, nil, errorf(python.TypeError, "argument 1 must be an iterator")
	}
	return &csvReader{src: it, dialect: d}, rest, nil
}

// csvDictReader is csv.DictReader.
type csvDictReader struct {
	r          *csvReader
	fieldnames python.Value // list, or nil until read
	restkey    python.Value
	restval    python.Value
}

func (r *csvDictReader) Type() *python.Class { return csvDictReaderClass }

func (r *csvDictReader) Iterate(t *python.Thread) (python.Iterator, error) { return r, nil }

func (r *csvDictReader) readFieldnames(t *python.Thread) error {
	if r.fieldnames != nil {
		return nil
	}
	row, ok, err := r.r.Next(t)
	if err != nil {
		return err
	}
	if !ok {
		r.fieldnames = python.None
		return nil
	}
	r.fieldnames = row
	return nil
}

func (r *csvDictReader) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "fieldnames":
		if err := r.readFieldnames(t); err != nil {
			return nil, err
		}
		return r.fieldnames, nil
	case "line_num":
		return python.Int(r.r.lineNum), nil
	case "restkey":
		return r.restkey, nil
	case "restval":
		return r.restval, nil
	}
	return nil, nil
}

func (r *csvDictReader) AttrNames() []string {
	return []string{"fieldnames", "line_num", "restkey", "restval"}
}

func (r *csvDictReader) Next(t *python.Thread) (python.Value, bool, error) {
	if err := r.readFieldnames(t); err != nil {
		return nil, false, err
	}
	var names []python.Value
	if r.fieldnames != python.None {
		var err error
		if names, err = toSlice(t, r.fieldnames); err != nil {
			return nil, false, err
		}
	}
	for {
		rowV, ok, err := r.r.Next(t)
		if err != nil || !ok {
			return nil, false, err
		}
		row, _ := toSlice(t, rowV)
		if len(row) == 0 {
			continue
		}
		d := python.NewDict()
		for i, n := range names {
			v := r.restval
			if i < len(row) {
				v = row[i]
			}
			if err := python.SetItem(t, d, n, v); err != nil {
				return nil, false, err
			}
		}
		if len(row) > len(names) {
			if err := python.SetItem(t, d, r.restkey, python.NewList(row[len(names):])); err != nil {
				return nil, false, err
			}
		}
		return d, true, nil
	}
}

func init() {
	csvReaderClass = newClass("reader", "_csv", nil, nil)
	csvDictReaderClass = newClass("DictReader", "csv", nil, nil)
	csvErrorClass = newClass("Error", "_csv", []*python.Class{python.Exception_}, nil)
	csvDictReaderClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var fieldnames, restkey, restval python.Value = python.None, python.None, python.None
		var rest []python.Kwarg
		for _, kw := range kwargs {
			switch kw.Name {
			case "fieldnames":
				fieldnames = kw.Value
			case "restkey":
				restkey = kw.Value
			case "restval":
				restval = kw.Value
			default:
				rest = append(rest, kw)
			}
		}
		if len(args) > 1 {
			fieldnames = args[1]
			args = append(python.Tuple{args[0]}, args[2:]...)
		}
		r, extra, err := newCSVReader(t, "DictReader", args, rest)
		if err != nil {
			return nil, err
		}
		if len(extra) > 0 {
			return nil, errorf(python.TypeError, "'%s' is an invalid keyword argument for this function", extra[0].Name)
		}
		dr := &csvDictReader{r: r, restkey: restkey, restval: restval}
		if fieldnames != python.None {
			names, err := toSlice(t, fieldnames)
			if err != nil {
				return nil, err
			}
			dr.fieldnames = python.NewList(names)
		}
		return dr, nil
	})
}

func loadCSV(t *python.Thread) (*python.Module, error) {
	return newModule("csv", members{
		method("reader", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			r, extra, err := newCSVReader(t, "reader", args, kwargs)
			if err != nil {
				return nil, err
			}
			if len(extra) > 0 {
				return nil, errorf(python.TypeError, "'%s' is an invalid keyword argument for this function", extra[0].Name)
			}
			return r, nil
		}),
		{"DictReader", csvDictReaderClass},
		{"Error", csvErrorClass},
		{"QUOTE_MINIMAL", python.Int(0)},
		{"QUOTE_ALL", python.Int(1)},
		{"QUOTE_NONNUMERIC", python.Int(2)},
		{"QUOTE_NONE", python.Int(3)},
	}), nil
}
