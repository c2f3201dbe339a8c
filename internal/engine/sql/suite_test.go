package sql

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/loadtables/testdb"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// suiteEngine runs the shared semantic suite on a real database: for each
// case it (re)creates the core physical tables the case uses, fills them
// and evaluates the dataset.
type suiteEngine struct {
	eng *Engine
}

func (s *suiteEngine) Run(ctx context.Context, tables []enginetest.TableRows, ds *querymodel.Dataset) ([][][]any, error) {
	if err := loadTables(ctx, s.eng, tables, ds); err != nil {
		return nil, err
	}
	out := make([][][]any, 1+len(ds.Events))
	err := s.eng.EvaluateDataset(ctx, ds, func(table int, row []any) error {
		out[table] = append(out[table], slices.Clone(row))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// loadTables creates every table of tables and every table ds reads
// (empty when not given) and inserts the rows.
func loadTables(ctx context.Context, eng *Engine, tables []enginetest.TableRows, ds *querymodel.Dataset) error {
	d := eng.Dialect()
	rows := map[*querymodel.Table][][]any{}
	var order []*querymodel.Table
	add := func(t *querymodel.Table) {
		if _, ok := rows[t]; !ok {
			rows[t] = nil
			order = append(order, t)
		}
	}
	for _, tr := range tables {
		add(tr.Table)
		rows[tr.Table] = append(rows[tr.Table], tr.Rows...)
	}
	querymodel.Walk(ds, func(n querymodel.Node) bool {
		switch x := n.(type) {
		case *querymodel.SelectTable:
			add(x.Table)
		case *querymodel.SelectPatientTable:
			add(x.Table)
		}
		return true
	})
	for _, t := range order {
		for _, q := range []string{DropTableSQL(d, t), CreateTableSQL(d, t)} {
			if err := eng.Exec(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		if len(rows[t]) > 0 {
			q := InsertSQL(d, t, rows[t])
			if err := eng.Exec(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
	}
	return nil
}

func testOptions() Options { return Options{Retries: 1, RetrySleep: time.Millisecond} }

func openDuckDB(t testing.TB) *Engine {
	t.Helper()
	eng, err := OpenWith(context.Background(), "duckdb://", nil, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	return eng
}

// openPostgres connects to EHRQL_TEST_POSTGRES_DSN in a schema of its own,
// dropped at the end of the test (see testdb.Postgres).
func openPostgres(t testing.TB) *Engine {
	t.Helper()
	eng, err := OpenWith(context.Background(), testdb.Postgres(t), nil, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	return eng
}

func TestSemanticsDuckDB(t *testing.T) {
	enginetest.Run(t, &suiteEngine{eng: openDuckDB(t)})
}

func TestSemanticsPostgres(t *testing.T) {
	enginetest.Run(t, &suiteEngine{eng: openPostgres(t)})
}
