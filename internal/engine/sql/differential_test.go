package sql

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// The generative differential test: random query models over random
// tables must give the same results on the in-memory engine (the
// reference), DuckDB and PostgreSQL. It runs for a bounded time
// (-differential.time, or $EHRQL_DIFFERENTIAL_TIME, default 10s per
// database) from a fresh seed each run; a failure prints the case as a Go
// literal to add to enginetest's regression group, so every disagreement
// ever found stays in the semantic suite that all engines run.
var (
	diffTime  = flag.Duration("differential.time", 0, "how long each database runs random differential cases")
	diffSeed  = flag.Uint64("differential.seed", 0, "seed of the random cases (default: time based)")
	diffTrace = flag.Bool("differential.trace", false, "print each random case to stderr before running it (to find a case that crashes the process)")
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

func differentialBudget() time.Duration {
	if *diffTime > 0 {
		return *diffTime
	}
	if s := os.Getenv("EHRQL_DIFFERENTIAL_TIME"); s != "" {
		if d, err := time.ParseDuration(s); err == nil {
			return d
		}
	}
	if testing.Short() {
		return 2 * time.Second
	}
	return 10 * time.Second
}

func runDifferential(t *testing.T, eng *Engine) {
	seed := *diffSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (rerun with -differential.seed=%d)", seed, seed)
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	ctx := context.Background()
	other := &suiteEngine{eng: eng}
	deadline := time.Now().Add(differentialBudget())
	n, refused := 0, 0
	for time.Now().Before(deadline) {
		c := enginetest.RandomCase(r)
		if *diffTrace {
			fmt.Fprintf(os.Stderr, "case %d:\n%s\n", n, regressionLiteral(ctx, c))
		}
		err := enginetest.Differential(ctx, memoryEngine{}, other, c)
		if errors.Is(err, enginetest.ErrReferenceFailed) {
			refused++
			continue
		}
		if err != nil {
			t.Fatalf("case %d disagrees with the in-memory engine: %v\n\nAdd it to internal/engine/enginetest/cases_regressions.go:\n\n%s", n, err, regressionLiteral(ctx, c))
		}
		n++
	}
	t.Logf("%d random cases agree with the in-memory engine (%d more refused by it, not compared)", n, refused)
	if refused > n/10 {
		t.Errorf("the in-memory engine refused %d of %d random cases: the generator should stay within the supported ranges", refused, n+refused)
	}
}

// regressionLiteral writes c as a Go Case literal whose Want is the
// in-memory engine's answer.
func regressionLiteral(ctx context.Context, c enginetest.Case) string {
	want := "?"
	if b, err := enginetest.Build(enginetest.Group{}, c); err == nil {
		if res, err := (memoryEngine{}).Run(ctx, b.Tables, b.Dataset); err == nil {
			want = ""
			for _, row := range res[0] {
				want += fmt.Sprintf("%v=%s;", row[0], enginetest.Cell(row[1]))
			}
			if len(res) > 1 {
				c.EventsWant = ""
				for _, row := range res[1] {
					for i, v := range row {
						if i > 0 {
							c.EventsWant += " | "
						}
						c.EventsWant += enginetest.Cell(v)
					}
					c.EventsWant += "\n"
				}
			}
		}
	}
	return fmt.Sprintf("{\n\tName:       \"...\",\n\tTables:     %s,\n\tSeries:     %s,\n\tPopulation: %s,\n\tEvents:     %s,\n\tEventsWant: %s,\n\tWant:       %s,\n},",
		strconv.Quote(c.Tables), strconv.Quote(c.Series), strconv.Quote(c.Population), strconv.Quote(c.Events), strconv.Quote(c.EventsWant), strconv.Quote(want))
}

func TestDifferentialDuckDB(t *testing.T) {
	runDifferential(t, openDuckDB(t))
}

func TestDifferentialPostgres(t *testing.T) {
	runDifferential(t, openPostgres(t))
}
