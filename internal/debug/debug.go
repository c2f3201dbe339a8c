package debug

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/python"
)

// Options says which definition to debug and over what data.
type Options struct {
	Definition string   // path of the definition, relative to the working directory
	UserArgs   []string // arguments after "--"
	// DummyTables is the directory of dummy tables, one file per table
	// named after it, that show() evaluates elements over.
	DummyTables string
	Format      Format
	// Log receives the definition's print() output and the show() output.
	Log io.Writer
}

// Run loads the definition with show() active. An error in the definition
// (including one raised by show(), such as elements that cannot be shown
// together) is a *loader.DefinitionError; a bad dummy-table file is a
// *fileformats.FileValidationError.
func Run(ctx context.Context, opts Options) error {
	log := opts.Log
	if log == nil {
		log = io.Discard
	}
	s := newSession(ctx, opts.DummyTables, opts.Format, log)
	api := ehrql.New()
	_, err := loader.Load(loader.Options{
		Path:    opts.Definition,
		Args:    opts.UserArgs,
		Log:     log,
		Modules: api.DebugModules(s.show),
	})
	if s.dataErr != nil {
		return s.dataErr
	}
	return err
}

// show prints one show() call: the header, then the elements rendered.
func (s *session) show(t *python.Thread, call ehrql.DebugShow) error {
	header := fmt.Sprintf("Show line %d:", call.Line)
	if call.Label != "" {
		header += " " + call.Label
	}
	if _, err := io.WriteString(s.log, header+"\n"); err != nil {
		return err
	}
	text, err := s.render(t, call)
	if err != nil {
		return err
	}
	_, err = io.WriteString(s.log, text)
	return err
}

// render returns the text show() prints for the call's elements.
func (s *session) render(t *python.Thread, call ehrql.DebugShow) (string, error) {
	elems := call.Elements
	if len(elems) == 1 {
		var (
			tbl *Table
			err error
		)
		switch e := elems[0].(type) {
		case *ehrql.Series, *ehrql.DateDifference:
			tbl, err = s.seriesTable(elems)
		case *ehrql.Frame:
			tbl, err = s.frameTable(e.Node())
		case *ehrql.Dataset:
			tbl, err = s.datasetTable(e)
		default:
			text, err := python.Repr(t, e)
			if err != nil {
				return "", err
			}
			return renderText(text, call.Head, call.Tail), nil
		}
		if err != nil {
			return "", err
		}
		return tbl.Render(s.format, call.Head, call.Tail), nil
	}
	for _, e := range elems {
		switch e.(type) {
		case *ehrql.Series, *ehrql.DateDifference:
		default:
			return "", python.Errorf(python.TypeError, "%s", misuse)
		}
	}
	tbl, err := s.seriesTable(elems)
	if err != nil {
		return "", err
	}
	return tbl.Render(s.format, call.Head, call.Tail), nil
}

// misuse explains the two ways show() takes its arguments.
var misuse = strings.TrimSpace(`
show() shows either one thing or several series side by side.
 - One thing: a series, a frame, a dataset, or any other value, e.g.
     show(dataset)
     show(clinical_events)
     show(patients.date_of_birth)
 - Several series, as columns of one table, e.g.
     show(patients.sex, patients.date_of_birth)
   The series must all have one value per patient, or all come from the
   same rows of one event table (e.g. clinical_events.date and
   clinical_events.snomedct_code).`)
