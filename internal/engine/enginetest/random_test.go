package enginetest_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// memoryEngine runs cases on the in-memory engine.
type memoryEngine struct{}

func (memoryEngine) Run(ctx context.Context, tables []enginetest.TableRows, ds *querymodel.Dataset) ([][][]any, error) {
	src := memory.MapSource{}
	for _, tr := range tables {
		d, err := memory.FromRows(tr.Table.Schema, tr.Rows)
		if err != nil {
			return nil, err
		}
		src[tr.Table] = d
	}
	res, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		return nil, err
	}
	var out [][][]any
	for _, t := range res.Tables {
		var rows [][]any
		for _, r := range t.Rows() {
			rows = append(rows, slices.Clone(r))
		}
		out = append(out, rows)
	}
	return out, nil
}

// TestRandomCasesAreValid checks that the generator writes cases that
// build and run, and that they reach the constructs they are meant to.
func TestRandomCasesAreValid(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{}
	for i := range 2000 {
		c := enginetest.RandomCase(r)
		if err := enginetest.Differential(context.Background(), memoryEngine{}, memoryEngine{}, c); err != nil {
			t.Fatalf("case %d: %v\nseries: %s\npopulation: %s\nevents: %s", i, err, c.Series, c.Population, c.Events)
		}
		for _, w := range []string{"CombineAsSet", "first", "last", "case", "map", "coalesce", "CountEpisodes", "StringContains", "Power", "DateAddMonths", "where"} {
			if strings.Contains(c.Series, "("+w+" ") {
				seen[w]++
			}
		}
		if c.Events != "" {
			seen["events"]++
		}
	}
	for _, w := range []string{"CombineAsSet", "first", "last", "case", "map", "coalesce", "CountEpisodes", "StringContains", "Power", "DateAddMonths", "where", "events"} {
		if seen[w] < 20 {
			t.Errorf("only %d of 2000 cases use %s", seen[w], w)
		}
	}
	t.Logf("constructs: %v", seen)
}
