// Package testdb gives tests fresh databases: a DuckDB file in a temporary
// directory, or a fresh schema on the PostgreSQL server named by
// EHRQL_TEST_POSTGRES_DSN (dropped when the test ends). Without that
// variable PostgreSQL tests are skipped, except under CI, where its absence
// fails the test.
package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// DuckDB returns the DSN of a new DuckDB file.
func DuckDB(t testing.TB) string {
	t.Helper()
	return "duckdb://" + filepath.Join(t.TempDir(), "test.duckdb")
}

var counter atomic.Int64

// Postgres returns the DSN of a fresh, empty schema (first on the search
// path) on the test server.
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv("EHRQL_TEST_POSTGRES_DSN")
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("EHRQL_TEST_POSTGRES_DSN is not set: CI must provide a PostgreSQL server (see .ci/run)")
		}
		t.Skip("EHRQL_TEST_POSTGRES_DSN is not set")
	}
	schema := fmt.Sprintf("s2test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, counter.Add(1))
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("creating schema on %s: %v", base, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err == nil {
			db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Each runs fn as a subtest on each database kind: "duckdb" and "postgres".
func Each(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Run("duckdb", func(t *testing.T) { fn(t, DuckDB(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// Each2 is Each with two separate databases of the same kind.
func Each2(t *testing.T, fn func(t *testing.T, dsn1, dsn2 string)) {
	t.Run("duckdb", func(t *testing.T) { fn(t, DuckDB(t), "duckdb://"+filepath.Join(t.TempDir(), "second.duckdb")) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t), Postgres(t)) })
}
