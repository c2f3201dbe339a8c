package memory

import (
	"context"
	"fmt"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// PopulationTrueWithoutRows reports whether the population expression pop
// is True for a patient who has no rows in any table: the reference check
// behind "population definition must not evaluate as True for NULL
// inputs" (ehrQL §3.9). pop is evaluated over empty tables (inline tables
// included) with one phantom patient. Parameters must already be
// substituted.
func PopulationTrueWithoutRows(ctx context.Context, pop querymodel.Series) (result bool, err error) {
	root, err := querymodel.RewriteSorts(pop)
	if err != nil {
		return false, fmt.Errorf("memory: %w", err)
	}
	pop = root.(querymodel.Series)
	empty := func(schema *querymodel.TableSchema, patient bool) *tableState {
		ts := &tableState{schema: schema, data: &TableData{}, patient: patient}
		if patient {
			ts.rowOf = []int32{-1}
		}
		return ts
	}
	e := &evaluator{
		ctx:     ctx,
		n:       1,
		ids:     []int64{0},
		tables:  make(map[*querymodel.Table]*tableState),
		inline:  make(map[*querymodel.InlinePatientTable]*tableState),
		memo:    make(map[querymodel.Series]*vec),
		frames:  make(map[querymodel.Frame]any),
		domains: make(map[*querymodel.Domain]*rowSet),
		aligned: make(map[alignKey]*vec),
		dicts:   make(map[*Column]*dictVals),
	}
	querymodel.Walk(pop, func(n querymodel.Node) bool {
		switch n := n.(type) {
		case *querymodel.SelectTable:
			e.tables[n.Table] = empty(n.Table.Schema, false)
		case *querymodel.SelectPatientTable:
			e.tables[n.Table] = empty(n.Table.Schema, true)
		case *querymodel.InlinePatientTable:
			e.inline[n] = empty(n.TableSchema, true)
		}
		return true
	})
	defer recoverError(&err)
	v := e.series(pop)
	if isNullType(v) {
		return false, nil
	}
	b, ok := argOf[bool](e.materialise(v)).at(0)
	return ok && b, nil
}
