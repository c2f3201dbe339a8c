package querymodel

import (
	"fmt"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
)

// Format returns a compact one-line description of the graph under n, for
// debugging and test messages, for example
// SelectColumn(Pick(first, Sort(SelectTable(e), SelectColumn(SelectTable(e), d1))), i1).
// Shared sub-graphs are printed in full at every use.
func Format(n Node) string {
	var b strings.Builder
	format(&b, n)
	return b.String()
}

func format(b *strings.Builder, n Node) {
	args := func(name string, parts ...any) {
		b.WriteString(name)
		b.WriteByte('(')
		for i, p := range parts {
			if i > 0 {
				b.WriteString(", ")
			}
			switch x := p.(type) {
			case Node:
				if x == nil || isNilNode(x) {
					b.WriteString("None")
				} else {
					format(b, x)
				}
			case nil:
				b.WriteString("None")
			default:
				fmt.Fprint(b, x)
			}
		}
		b.WriteByte(')')
	}
	series := func(ss []Series) []any {
		out := make([]any, len(ss))
		for i, s := range ss {
			out[i] = s
		}
		return out
	}
	switch n := n.(type) {
	case *SelectTable:
		args("SelectTable", n.Table.TableName())
	case *SelectPatientTable:
		args("SelectPatientTable", n.Table.TableName())
	case *InlinePatientTable:
		args("InlinePatientTable", strings.Join(n.TableSchema.ColumnNames(), " "))
	case *Filter:
		args("Filter", n.Source, n.Condition)
	case *Sort:
		args("Sort", n.Source, n.SortBy)
	case *PickOneRowPerPatient:
		args("Pick", n.Position, n.Source)
	case *PickOneRowPerPatientWithColumns:
		args("PickWithColumns", n.Position, strings.Join(n.SelectedColumns, " "), n.Source)
	case *SeriesCollectionFrame:
		parts := []any{}
		for _, m := range n.Members {
			parts = append(parts, m.Name+"=", m.Series)
		}
		args("SeriesCollectionFrame", parts...)
	case *Value:
		b.WriteString(literalRepr(n.V))
	case *Parameter:
		args("Parameter", n.Name, n.Type())
	case *SelectColumn:
		args("SelectColumn", n.Source, n.Name)
	case *Aggregate:
		if n.Op == AggCountEpisodes {
			args(n.Op.String(), n.Source, n.MaximumGapDays)
		} else {
			args(n.Op.String(), n.Source)
		}
	case *Function:
		args(n.Op.String(), series(n.Args)...)
	case *Case:
		parts := []any{}
		for _, arm := range n.Cases {
			parts = append(parts, arm.When, asNode(arm.Then))
		}
		args("Case", append(parts, asNode(n.Default))...)
	case *FixedValueMap:
		parts := []any{n.Source}
		for _, e := range n.Mapping {
			parts = append(parts, literalRepr(e.From)+": "+literalRepr(e.To))
		}
		args("FixedValueMap", append(parts, literalRepr(n.Default))...)
	case *Coalesce:
		args("Coalesce", series(n.Sources)...)
	case *Dataset:
		parts := []any{n.Population}
		for _, v := range n.Variables {
			parts = append(parts, v.Name+"=", v.Series)
		}
		args("Dataset", parts...)
	case *GroupedSum:
		args("GroupedSum", n.Denominator, strings.Join(n.Numerators, " "))
	default:
		fmt.Fprintf(b, "%T", n)
	}
}

func asNode(s Series) any {
	if s == nil {
		return nil
	}
	return s
}

// literalRepr writes a literal roughly as Python would.
func literalRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case float64:
		return PythonFloat(x)
	case string:
		return fmt.Sprintf("%q", x)
	case CalendarDate:
		return "date(" + x.String() + ")"
	case codes.Code:
		return fmt.Sprintf("%s(%q)", x.System.Name(), x.Value)
	case Frozenset:
		parts := make([]string, len(x.items))
		for i, it := range x.items {
			parts[i] = literalRepr(it)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return fmt.Sprint(v)
}
