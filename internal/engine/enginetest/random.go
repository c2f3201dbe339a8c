package enginetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// RandomCase returns a random case written in the suite's languages:
// random rows for the test tables p, e and e2, a random patient-level
// series of any type built from most kinds of query-model node (functions,
// aggregations, filtered and sorted frames, picks, case, map, coalesce,
// literal sets of every size, CombineAsSet), sometimes a random population
// and sometimes an event table. Want is left empty: a generated case is
// checked by comparing two engines (see Differential), the in-memory
// engine being the reference.
//
// Generated queries stay inside what every engine must agree on: values
// are small enough that no arithmetic overflows and no date leaves the
// years 1900–2100, and populations always include "has a row in p or e",
// so the universe of patients is the same for every engine.
func RandomCase(r *rand.Rand) Case {
	for {
		// A few generated queries are invalid (a sort key that turned out
		// constant, say); the query model rejects them and we draw again.
		c := randomCase(r)
		if _, err := Build(Group{}, c); err == nil {
			return c
		}
	}
}

func randomCase(r *rand.Rand) Case {
	g := &rgen{r: r}
	c := Case{Name: "random", Tables: g.tables()}
	types := []string{"int", "float", "bool", "date", "str", "code"}
	c.Series = g.series(types[r.IntN(len(types))], "", 4)
	if r.IntN(3) == 0 {
		c.Population = "(And (Or (Exists p) (Exists e)) " + g.series("bool", "", 3) + ")"
	}
	if r.IntN(5) == 0 {
		f := g.eventFrame(2)
		var members []string
		for i := range 1 + r.IntN(3) {
			t := types[r.IntN(len(types))]
			m := g.series(t, f, 2)
			if i == 0 {
				m = g.col(t, f)
			}
			members = append(members, fmt.Sprintf("(m%d %s)", i, m))
		}
		c.Events = strings.Join(members, " ")
	}
	return c
}

// Differential runs c on ref and on other and reports any difference in
// their results (both result tables, in any row order). Floats compare
// with the suite's relative tolerance.
func Differential(ctx context.Context, ref, other Engine, c Case) error {
	b, err := Build(Group{}, c)
	if err != nil {
		return fmt.Errorf("bad case: %w", err)
	}
	want, err := ref.Run(ctx, b.Tables, b.Dataset)
	if err != nil {
		// The reference refuses some queries whose values leave the
		// supported ranges (a date past the year 9999 in an intermediate
		// result, say) where a database computes on or fails later; such
		// a case says nothing about agreement.
		return fmt.Errorf("%w: %v", ErrReferenceFailed, err)
	}
	got, err := other.Run(ctx, b.Tables, b.Dataset)
	if err != nil {
		return fmt.Errorf("engine error: %w", err)
	}
	if len(got) != len(want) {
		return fmt.Errorf("got %d result tables, want %d", len(got), len(want))
	}
	for i := range want {
		if err := sameRows(got[i], want[i]); err != nil {
			return fmt.Errorf("result table %d: %w", i, err)
		}
	}
	return nil
}

// ErrReferenceFailed is returned (wrapped) by Differential when the
// reference engine refuses the case, so there is nothing to compare.
var ErrReferenceFailed = errors.New("the reference engine refused the case")

// sameRows compares two tables as multisets of rows.
func sameRows(got, want [][]any) error {
	key := func(row []any) string { return show(row[0]) }
	order := func(rows [][]any) [][]any {
		rows = slices.Clone(rows)
		slices.SortStableFunc(rows, func(a, b []any) int {
			if c := strings.Compare(key(a), key(b)); c != 0 {
				return c
			}
			return strings.Compare(fmt.Sprint(a[1:]), fmt.Sprint(b[1:]))
		})
		return rows
	}
	if len(got) != len(want) {
		return fmt.Errorf("got %d rows, want %d\n  got:  %v\n  want: %v", len(got), len(want), order(got), order(want))
	}
	g, w := order(got), order(want)
	for i := range w {
		if len(g[i]) != len(w[i]) {
			return fmt.Errorf("row %v has %d columns, want %d", g[i], len(g[i]), len(w[i]))
		}
		for j := range w[i] {
			if !Equal(g[i][j], w[i][j]) {
				return fmt.Errorf("row for patient %s, column %d: got %s, want %s", show(w[i][0]), j, show(g[i][j]), show(w[i][j]))
			}
		}
	}
	return nil
}

// rgen generates random case text.
type rgen struct {
	r *rand.Rand
}

func (g *rgen) n(k int) int { return g.r.IntN(k) }

func (g *rgen) oneOf(items ...string) string { return items[g.n(len(items))] }

// Cell values of the random tables. The strings include LIKE
// metacharacters and mixed case, so that escaping and collation are
// exercised.
var (
	randomStrs  = []string{"a", "b", "ab", "A", "B", "a%b", "x_y", "abc", "b/c", "''"}
	randomCodes = []string{"123456", "234567", "345678", "456789"}
	randomFlts  = []string{"0.0", "1.5", "-2.25", "3.0", "0.1", "10.75"}
)

func (g *rgen) date() string {
	y, m, d := 2019+g.n(3), 1+g.n(12), 1+g.n(31)
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		d = 28
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func (g *rgen) cell(kind string) string {
	if g.n(5) == 0 {
		return ""
	}
	switch kind {
	case "i":
		return fmt.Sprint(g.n(12) - 2)
	case "b":
		return g.oneOf("T", "F")
	case "c":
		return g.oneOf(randomCodes...)
	case "d":
		return g.date()
	case "s":
		return g.oneOf(randomStrs...)
	case "f":
		return g.oneOf(randomFlts...)
	}
	return ""
}

var randomCols = []string{"i1", "i2", "b1", "b2", "c1", "d1", "d2", "s1", "s2", "f1", "f2"}

func (g *rgen) tables() string {
	var b strings.Builder
	write := func(name string, patient bool) {
		b.WriteString(name + "\n  | " + strings.Join(randomCols, " | ") + "\n")
		for id := 1; id <= 10; id++ {
			rows := 1
			if !patient {
				rows = g.n(5)
			} else if g.n(4) == 0 {
				rows = 0
			}
			for range rows {
				cells := []string{fmt.Sprint(id)}
				for _, c := range randomCols {
					cells = append(cells, g.cell(c[:1]))
				}
				b.WriteString(strings.Join(cells, " | ") + "\n")
			}
		}
		b.WriteString("\n")
	}
	write("p", true)
	write("e", false)
	write("e2", false)
	return b.String()
}

// col returns a column of the given type from frame f ("" means the
// patient table p).
func (g *rgen) col(t, f string) string {
	names := map[string][]string{
		"int": {"i1", "i2"}, "bool": {"b1", "b2"}, "code": {"c1"}, "date": {"d1", "d2"},
		"str": {"s1", "s2"}, "float": {"f1", "f2"},
	}[t]
	name := names[g.n(len(names))]
	if f == "" {
		return "p." + name
	}
	return "(col " + f + " " + name + ")"
}

func (g *rgen) literal(t string) string {
	switch t {
	case "int":
		return fmt.Sprint(g.n(12) - 2)
	case "float":
		return g.oneOf(randomFlts...)
	case "bool":
		return g.oneOf("T", "F")
	case "date":
		return g.date()
	case "str":
		return g.oneOf("'a'", "'b'", "'A'", "'ab'", "'%'", "'_'", "'a%b'", "'/'", "''")
	case "code":
		return "snomed:" + g.oneOf(randomCodes...)
	}
	panic("literal: " + t)
}

// set returns a literal set of type t; large sets exercise the engines'
// handling of long IN lists.
func (g *rgen) set(t string) string {
	size := g.oneOf("0", "1", "3", "40")
	var items []string
	switch size {
	case "1", "3":
		for range int(size[0] - '0') {
			items = append(items, g.literal(t))
		}
	case "40":
		for i := range 40 {
			switch t {
			case "int":
				items = append(items, fmt.Sprint(i-2))
			case "date":
				items = append(items, fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28))
			case "code":
				items = append(items, fmt.Sprintf("snomed:%d", 123456+i*111111%900000))
			default:
				items = append(items, g.literal(t))
			}
		}
	}
	return "{" + strings.Join(slices.Compact(slices.Sorted(slices.Values(items))), " ") + "}"
}

// eventFrame returns a random event frame: e or e2, possibly filtered.
func (g *rgen) eventFrame(depth int) string {
	f := g.oneOf("e", "e", "e2")
	for depth > 0 && g.n(2) == 0 {
		f = "(where " + f + " " + g.series("bool", f, 2) + ")"
		depth--
	}
	return f
}

// pick returns a patient frame: the first or last row of a sorted event
// frame.
func (g *rgen) pick() string {
	f := g.eventFrame(1)
	keys := []string{g.col(g.oneOf("int", "date", "str", "float", "bool"), f)}
	if g.n(3) == 0 {
		keys[0] = g.series(g.oneOf("int", "date", "str", "float", "bool"), f, 1)
	}
	if g.n(2) == 0 {
		keys = append(keys, g.col(g.oneOf("int", "date"), f))
	}
	return "(" + g.oneOf("first", "last") + " (sort " + f + " " + strings.Join(keys, " ") + "))"
}

// series returns a series of type t over frame f ("" means patient
// level).
func (g *rgen) series(t, f string, depth int) string {
	if depth <= 0 || g.n(4) == 0 {
		if g.n(3) == 0 {
			return g.literal(t)
		}
		return g.col(t, f)
	}
	d := depth - 1
	s := func(t string) string { return g.series(t, f, d) }
	// Patient-level series may be used inside event-level ones.
	ps := func(t string) string {
		if f != "" && g.n(3) == 0 {
			return g.series(t, "", d)
		}
		return s(t)
	}
	var opts []func() string
	common := []func() string{
		func() string {
			return "(case (when " + s("bool") + " " + s(t) + ") (else " + g.oneOf(s(t), "None") + "))"
		},
		func() string {
			return "(case (when " + s("bool") + " " + s(t) + ") (when " + s("bool") + " " + ps(t) + "))"
		},
		func() string { return "(coalesce " + s(t) + " " + ps(t) + ")" },
	}
	if f == "" {
		common = append(common, func() string {
			return "(col " + g.pick() + " " + strings.TrimPrefix(g.col(t, ""), "p.") + ")"
		})
	}
	switch t {
	case "int":
		opts = []func() string{
			func() string {
				return "(" + g.oneOf("Add", "Subtract", "Multiply") + " " + s("int") + " " + ps("int") + ")"
			},
			func() string { return "(" + g.oneOf("Negate", "Absolute") + " " + s("int") + ")" },
			func() string { return "(FloorDivide " + s("int") + " " + ps("int") + ")" },
			func() string { return "(FloorDivide " + s("float") + " " + ps("float") + ")" },
			func() string { return "(CastToInt " + s(g.oneOf("float", "bool")) + ")" },
			func() string {
				return "(" + g.oneOf("YearFromDate", "MonthFromDate", "DayFromDate") + " " + s("date") + ")"
			},
			func() string {
				return "(" + g.oneOf("DateDifferenceInDays", "DateDifferenceInMonths", "DateDifferenceInYears") + " " + s("date") + " " + ps("date") + ")"
			},
			func() string {
				return "(" + g.oneOf("MinimumOf", "MaximumOf") + " " + s("int") + " " + ps("int") + " " + s("int") + ")"
			},
			func() string { return "(map " + s("str") + " " + g.oneOf("None", "0") + " ('a' 1) ('b' 2))" },
		}
		if f == "" {
			opts = append(opts,
				func() string { return "(Count " + g.eventFrame(2) + ")" },
				func() string {
					e := g.eventFrame(1)
					return "(" + g.oneOf("Sum", "Min", "Max", "CountDistinct") + " " + g.series("int", e, d) + ")"
				},
				func() string {
					e := g.eventFrame(1)
					return "(CountDistinct " + g.series(g.oneOf("str", "date", "code"), e, d) + ")"
				},
				func() string {
					e := g.eventFrame(1)
					return "(CountEpisodes " + g.series("date", e, d) + " " + g.oneOf("0", "3", "30") + ")"
				},
			)
		}
	case "float":
		opts = []func() string{
			func() string {
				return "(" + g.oneOf("Add", "Subtract", "Multiply") + " " + s("float") + " " + ps("float") + ")"
			},
			func() string {
				nt := g.oneOf("int", "float")
				return "(TrueDivide " + s(nt) + " " + ps(nt) + ")"
			},
			func() string { return "(Power " + s("float") + " " + g.oneOf("0.5", "2.0", "-1.0", "3.0") + ")" },
			func() string { return "(Power " + s("int") + " " + g.oneOf("2", "-1", "0") + ")" },
			func() string { return "(CastToFloat " + s("int") + ")" },
			func() string { return "(" + g.oneOf("Negate", "Absolute") + " " + s("float") + ")" },
		}
		if f == "" {
			opts = append(opts, func() string {
				e := g.eventFrame(1)
				return "(" + g.oneOf("Mean", "Sum", "Min", "Max") + " " + g.series("float", e, d) + ")"
			}, func() string {
				return "(Mean " + g.series("int", g.eventFrame(1), d) + ")"
			})
		}
	case "bool":
		cmp := func() string {
			ct := g.oneOf("int", "float", "date", "str", "bool", "code")
			op := g.oneOf("EQ", "NE", "LT", "LE", "GT", "GE")
			if ct == "bool" || ct == "code" {
				op = g.oneOf("EQ", "NE")
			}
			return "(" + op + " " + s(ct) + " " + ps(ct) + ")"
		}
		opts = []func() string{
			cmp, cmp,
			func() string { return "(" + g.oneOf("And", "Or") + " " + s("bool") + " " + ps("bool") + ")" },
			func() string { return "(Not " + s("bool") + ")" },
			func() string { return "(IsNull " + s(g.oneOf("int", "str", "date", "bool")) + ")" },
			func() string {
				it := g.oneOf("int", "str", "date", "code")
				return "(In " + s(it) + " " + g.set(it) + ")"
			},
			func() string {
				return "(StringContains " + s("str") + " " + g.oneOf(g.literal("str"), ps("str")) + ")"
			},
		}
		if f == "" {
			opts = append(opts,
				func() string { return "(Exists " + g.eventFrame(2) + ")" },
				func() string {
					it := g.oneOf("int", "str", "date", "code")
					return "(In " + s(it) + " (CombineAsSet " + g.series(it, g.eventFrame(1), d) + "))"
				},
			)
		} else {
			opts = append(opts, func() string {
				it := g.oneOf("int", "str", "date", "code")
				return "(In " + s(it) + " (CombineAsSet " + g.series(it, g.eventFrame(1), d) + "))"
			})
		}
	case "date":
		opts = []func() string{
			func() string {
				return "(" + g.oneOf("DateAddDays", "DateAddMonths", "DateAddYears") + " " + s("date") + " " + ps("int") + ")"
			},
			func() string { return "(" + g.oneOf("ToFirstOfMonth", "ToFirstOfYear") + " " + s("date") + ")" },
			func() string {
				return "(" + g.oneOf("MinimumOf", "MaximumOf") + " " + s("date") + " " + ps("date") + ")"
			},
		}
		if f == "" {
			opts = append(opts, func() string {
				return "(" + g.oneOf("Min", "Max") + " " + g.series("date", g.eventFrame(1), d) + ")"
			})
		}
	case "str":
		opts = []func() string{
			func() string { return "(map " + s("int") + " " + g.oneOf("None", "'z'") + " (1 'one') (2 'two'))" },
			func() string { return "(" + g.oneOf("MinimumOf", "MaximumOf") + " " + s("str") + " " + ps("str") + ")" },
		}
		if f == "" {
			opts = append(opts, func() string {
				return "(" + g.oneOf("Min", "Max") + " " + g.series("str", g.eventFrame(1), d) + ")"
			})
		}
	case "code":
		opts = nil
	}
	opts = append(opts, common...)
	return opts[g.n(len(opts))]()
}

// Cell writes a value as a table or Want cell (the inverse of
// ParseValue): NULL, T/F, numbers, dates, codes bare and strings between
// single quotes.
func Cell(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case bool:
		if x {
			return "T"
		}
		return "F"
	case string:
		return "'" + x + "'"
	case codes.Code:
		return x.Value
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case querymodel.CalendarDate:
		return x.String()
	}
	return fmt.Sprint(v)
}
