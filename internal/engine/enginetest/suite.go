package enginetest

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Engine is what the suite needs from a query engine.
//
// Run loads tables (rows possibly unsorted by patient_id; a table absent
// from the slice is empty), evaluates ds, whose parameters are already
// substituted, and returns its result tables: the dataset table first,
// then one per event table of ds in order. Each table is a list of rows:
// patient_id then the columns in order, as Go values (nil, bool, int64,
// float64, string, codes.Code, querymodel.CalendarDate). Row order does
// not matter. Run must apply whatever transforms its engine needs
// (querymodel.RewriteSorts and so on) itself. The suite calls Run
// sequentially.
type Engine interface {
	Run(ctx context.Context, tables []TableRows, ds *querymodel.Dataset) ([][][]any, error)
}

// Case is one semantic test.
type Case struct {
	Name string
	// Tables holds the input tables (see ParseTables); empty means the
	// group's tables.
	Tables string
	// Series is the expression under test (see ParseExpr); it must have one
	// value per patient.
	Series string
	// Population is an optional population expression; the default is the
	// patients with a row in any of the case's tables.
	Population string
	// Want lists the expected value per patient as "id=value" items
	// separated by ";" or newlines; every population patient must be
	// listed. NULL is "NULL" or empty; values are written as table cells.
	Want string
	// Error, if set, means evaluation must fail (Want is ignored).
	Error bool
	// Events optionally defines an event table "events" as a list of
	// (name EXPR) members; EventsWant then lists its expected rows, one per
	// line, as "patient_id | value | value" cells (see ParseTables), in any
	// order.
	Events     string
	EventsWant string
}

// Group is the cases that check one section of the specification.
type Group struct {
	Name   string // "3.1 NULL propagation"
	Tables string // default tables for the group's cases
	Cases  []Case
}

// Groups returns every group of the suite, in specification order.
func Groups() []Group { return groups }

// Count returns the number of cases.
func Count() int {
	n := 0
	for _, g := range groups {
		n += len(g.Cases)
	}
	return n
}

// Run runs every case of the suite against eng, one subtest per group and
// case.
func Run(t *testing.T, eng Engine) {
	for _, g := range Groups() {
		t.Run(g.Name, func(t *testing.T) {
			for _, c := range g.Cases {
				t.Run(c.Name, func(t *testing.T) {
					if err := RunCase(context.Background(), eng, g, c); err != nil {
						t.Error(err)
					}
				})
			}
		})
	}
}

// Built is a case ready to run: its tables, dataset and expectations.
type Built struct {
	Tables  []TableRows
	Dataset *querymodel.Dataset
	Type    querymodel.Type
	Want    map[int64]any
	// EventTypes and EventsWant describe the event table, if any.
	EventTypes []querymodel.Type
	EventsWant [][]any
}

// Build parses a case of group g.
func Build(g Group, c Case) (*Built, error) {
	text := c.Tables
	if text == "" {
		text = g.Tables
	}
	tables, err := ParseTables(text)
	if err != nil {
		return nil, fmt.Errorf("tables: %w", err)
	}
	n, err := ParseExpr(c.Series)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	s, ok := n.(querymodel.Series)
	if !ok {
		return nil, fmt.Errorf("series: expression is a frame")
	}
	var pop querymodel.Series
	if c.Population != "" {
		pn, err := ParseExpr(c.Population)
		if err != nil {
			return nil, fmt.Errorf("population: %w", err)
		}
		if pop, ok = pn.(querymodel.Series); !ok {
			return nil, fmt.Errorf("population: expression is a frame")
		}
	} else if pop, err = defaultPopulation(tables); err != nil {
		return nil, err
	}
	var events []querymodel.NamedFrame
	var eventTypes []querymodel.Type
	if c.Events != "" {
		frame, err := parseEvents(c.Events)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		events = []querymodel.NamedFrame{{Name: "events", Frame: frame}}
		for _, m := range frame.Members {
			eventTypes = append(eventTypes, m.Series.Type())
		}
	}
	ds, err := querymodel.NewDataset(pop, []querymodel.NamedSeries{{Name: "v", Series: s}}, events, nil)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	b := &Built{Tables: tables, Dataset: ds, Type: s.Type(), Want: map[int64]any{}, EventTypes: eventTypes}
	if c.Events != "" && !c.Error {
		for _, line := range strings.Split(c.EventsWant, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			cells := splitCells(line)
			if len(cells) != len(eventTypes)+1 {
				return nil, fmt.Errorf("events want: row %q has %d cells, want %d", line, len(cells), len(eventTypes)+1)
			}
			row := make([]any, len(cells))
			for i, cell := range cells {
				t := querymodel.Int
				if i > 0 {
					t = eventTypes[i-1]
				}
				if row[i], err = ParseValue(t, cell); err != nil {
					return nil, fmt.Errorf("events want: %w", err)
				}
			}
			b.EventsWant = append(b.EventsWant, row)
		}
	}
	if c.Error {
		return b, nil
	}
	for _, item := range strings.FieldsFunc(c.Want, func(r rune) bool { return r == ';' || r == '\n' }) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		id, val, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("want: item %q is not id=value", item)
		}
		pid, err := strconv.ParseInt(strings.TrimSpace(id), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("want: bad patient id in %q", item)
		}
		v, err := ParseValue(s.Type(), val)
		if err != nil {
			return nil, fmt.Errorf("want: %w", err)
		}
		if _, dup := b.Want[pid]; dup {
			return nil, fmt.Errorf("want: patient %d listed twice", pid)
		}
		b.Want[pid] = v
	}
	return b, nil
}

func defaultPopulation(tables []TableRows) (querymodel.Series, error) {
	var pop querymodel.Series
	for _, tr := range tables {
		f, err := querymodel.TableFrame(tr.Table)
		if err != nil {
			return nil, err
		}
		ex, err := querymodel.NewAggregate(querymodel.AggExists, f)
		if err != nil {
			return nil, err
		}
		if pop == nil {
			pop = ex
		} else if pop, err = querymodel.NewFunction(querymodel.FnOr, pop, ex); err != nil {
			return nil, err
		}
	}
	if pop == nil {
		return nil, fmt.Errorf("a case needs at least one table")
	}
	return pop, nil
}

// RunCase runs one case against eng and reports the first discrepancy.
func RunCase(ctx context.Context, eng Engine, g Group, c Case) error {
	b, err := Build(g, c)
	if err != nil {
		return fmt.Errorf("bad case: %w", err)
	}
	results, err := eng.Run(ctx, b.Tables, b.Dataset)
	if c.Error {
		if err == nil {
			return fmt.Errorf("expected an error, got %v", results)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("engine error: %w", err)
	}
	if want := 1 + len(b.Dataset.Events); len(results) != want {
		return fmt.Errorf("got %d result tables, want %d", len(results), want)
	}
	if c.Events != "" {
		if err := checkEvents(b, results[1]); err != nil {
			return fmt.Errorf("event table: %w\n  events: %s", err, c.Events)
		}
	}
	rows := results[0]
	got := make(map[int64]any, len(rows))
	for _, r := range rows {
		if len(r) != 2 {
			return fmt.Errorf("row %v: want 2 columns", r)
		}
		id, ok := r[0].(int64)
		if !ok {
			return fmt.Errorf("patient_id %#v is not an int64", r[0])
		}
		if _, dup := got[id]; dup {
			return fmt.Errorf("patient %d appears twice", id)
		}
		if err := checkType(b.Type, r[1]); err != nil {
			return fmt.Errorf("patient %d: %w", id, err)
		}
		got[id] = r[1]
	}
	var problems []string
	for id, w := range b.Want {
		g, ok := got[id]
		if !ok {
			problems = append(problems, fmt.Sprintf("patient %d missing (want %s)", id, show(w)))
			continue
		}
		if !Equal(g, w) {
			problems = append(problems, fmt.Sprintf("patient %d: got %s, want %s", id, show(g), show(w)))
		}
	}
	for id, g := range got {
		if _, ok := b.Want[id]; !ok {
			problems = append(problems, fmt.Sprintf("unexpected patient %d (value %s)", id, show(g))) //nolint
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s\n  series: %s", strings.Join(problems, "\n  "), c.Series)
	}
	return nil
}

func show(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		return strconv.Quote(x)
	case codes.Code:
		return x.System.Name() + "(" + x.Value + ")"
	}
	return fmt.Sprintf("%v (%T)", v, v)
}

// checkType reports a non-NULL value whose Go type does not match t.
func checkType(t querymodel.Type, v any) error {
	if v == nil {
		return nil
	}
	ok := false
	switch t.Kind() {
	case querymodel.KindBool:
		_, ok = v.(bool)
	case querymodel.KindInt:
		_, ok = v.(int64)
	case querymodel.KindFloat:
		_, ok = v.(float64)
	case querymodel.KindStr:
		_, ok = v.(string)
	case querymodel.KindCode:
		c, isCode := v.(codes.Code)
		ok = isCode && c.System == t.System()
	case querymodel.KindDate:
		_, ok = v.(querymodel.CalendarDate)
	}
	if !ok {
		return fmt.Errorf("value %#v is not of type %s", v, t)
	}
	return nil
}

// Equal compares result values: exactly, except floats, which may differ
// by a relative 1e-5.
func Equal(got, want any) bool {
	if g, ok := got.(float64); ok {
		w, ok := want.(float64)
		if !ok {
			return false
		}
		if g == w {
			return true
		}
		return math.Abs(g-w) <= 1e-5*math.Max(math.Abs(g), math.Abs(w))
	}
	return got == want
}

// parseEvents builds the event table of a case from "(name EXPR)..." .
func parseEvents(src string) (*querymodel.SeriesCollectionFrame, error) {
	p := &parser{toks: tokenize(src)}
	var members []querymodel.NamedSeries
	for p.pos < len(p.toks) {
		x, err := p.parse()
		if err != nil {
			return nil, err
		}
		if !x.isLst || len(x.list) != 2 || x.list[0].isLst {
			return nil, fmt.Errorf("members are (name EXPR)")
		}
		s, err := buildSeries(x.list[1])
		if err != nil {
			return nil, err
		}
		members = append(members, querymodel.NamedSeries{Name: x.list[0].atom, Series: s})
	}
	return querymodel.NewSeriesCollectionFrame(members)
}

// checkEvents compares event table rows as multisets.
func checkEvents(b *Built, rows [][]any) error {
	key := func(r []any) string {
		parts := make([]string, len(r))
		for i, v := range r {
			if f, ok := v.(float64); ok {
				v = strconv.FormatFloat(f, 'g', 6, 64)
			}
			parts[i] = show(v)
		}
		return strings.Join(parts, " | ")
	}
	count := map[string]int{}
	for _, r := range rows {
		if len(r) != len(b.EventTypes)+1 {
			return fmt.Errorf("row %v has %d columns, want %d", r, len(r), len(b.EventTypes)+1)
		}
		if _, ok := r[0].(int64); !ok {
			return fmt.Errorf("patient_id %#v is not an int64", r[0])
		}
		for i, t := range b.EventTypes {
			if err := checkType(t, r[i+1]); err != nil {
				return err
			}
		}
		count[key(r)]++
	}
	for _, w := range b.EventsWant {
		count[key(w)]--
	}
	var problems []string
	for k, n := range count {
		switch {
		case n > 0:
			problems = append(problems, fmt.Sprintf("unexpected row (x%d): %s", n, k))
		case n < 0:
			problems = append(problems, fmt.Sprintf("missing row (x%d): %s", -n, k))
		}
	}
	if len(problems) > 0 {
		slices.Sort(problems)
		return fmt.Errorf("%s", strings.Join(problems, "\n  "))
	}
	return nil
}
