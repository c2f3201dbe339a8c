// Package backends maps ehrQL's logical tables onto the physical tables of
// the databases ehrQL runs against, for the SQL engine
// (internal/engine/sql):
//
//   - "core": the physical tables are the ehrQL tables themselves (one
//     table per ehrQL table name, a patient_id column and one column per
//     schema column). This is what DuckDB and PostgreSQL deployments and
//     the test suites use; it is the SQL engine's CoreBackend.
//   - "tpp": the TPP (SystmOne) physical schema: Patient, CodedEvent and
//     CodedEvent_SNOMED, MedicationIssue with the medication dictionaries,
//     RegistrationHistory with Organisation, ONS_Deaths, the HES tables
//     (APCS, EC, OPA and their _ARCHIVED halves), Vaccination, SGSS, ...,
//     with TPP's opt-out rules (type-1 dissent, national data opt-out) and
//     GP-activation filtering, each switched off by a permission.
//
// TPPSchema describes the TPP physical tables so that load-tables
// (internal/loadtables) can create them; the table queries are written
// with the SQL engine's Dialect so that they run on DuckDB and PostgreSQL
// (where the tests load TPP-shaped data) as well as on SQL Server.
//
// Lookup resolves the --backend option; ExitCodeFor maps database errors
// to the documented exit codes (spec §5.8, §9.5).
package backends

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
)

// Exit codes for database errors (spec §9.5).
const (
	ExitTransientDB      = 3 // TPP transient database error: the job runner retries
	ExitTableUnavailable = 4 // a table is missing while data is being imported
	ExitDatabase         = 5 // any other database error
	ExitSQLTooComplex    = 6 // the server ran out of resources compiling the SQL
)

// Names lists the backends Lookup knows, in the order shown in help texts.
func Names() []string { return []string{"core", "tpp"} }

// Canonical returns the backend a --backend / $OPENSAFELY_BACKEND value
// names: "" for none ("", "expectations" and "test" mean no particular
// backend, so the core-shaped tables), or "core" / "tpp". Unknown names
// are an error listing the valid ones.
func Canonical(name string) (string, error) {
	switch n := strings.ToLower(strings.TrimSpace(name)); n {
	case "", "expectations", "test":
		return "", nil
	case "core", "tpp":
		return n, nil
	case "emis", "emisv2":
		return "", fmt.Errorf("backend %q is not available in this version of ehrql: use one of %s", name, strings.Join(Names(), ", "))
	}
	return "", fmt.Errorf("unknown backend %q: use one of %s (or leave it unset)", name, strings.Join(Names(), ", "))
}

// Lookup returns the backend called name (see Canonical; no backend means
// core) configured with the permissions granted to the run
// (EHRQL_PERMISSIONS), which switch off TPP's default restrictions.
func Lookup(name string, permissions []string) (enginesql.Backend, error) {
	canon, err := Canonical(name)
	if err != nil {
		return nil, err
	}
	if canon == "tpp" {
		return NewTPP(permissions), nil
	}
	return enginesql.CoreBackend{}, nil
}

// DefaultQueryEngine returns the dialect name a backend's database speaks
// when no --query-engine is given: TPP runs on SQL Server; the core shape
// is what DuckDB files hold.
func DefaultQueryEngine(backend string) string {
	if canon, _ := Canonical(backend); canon == "tpp" {
		return "mssql"
	}
	return "duckdb"
}

// DBError is a database error with the exit code the reference gives it.
type DBError struct {
	Err  error
	Code int
	Note string // a line of explanation for users, "" if none
}

func (e *DBError) Error() string {
	msg := e.Err.Error()
	if e.Note != "" {
		msg += "\n\n" + e.Note
	}
	return msg
}

// Unwrap returns the underlying error.
func (e *DBError) Unwrap() error { return e.Err }

// ExitCode implements the CLI's exit-code interface.
func (e *DBError) ExitCode() int { return e.Code }

// ExitCodeFor classifies an error raised by the database while running a
// query: transient connection failures (3), a TPP table missing while data
// is imported (4), SQL too complex for the server (6) and any other
// database error (5). It returns err unchanged (nil) when err does not come
// from the database (isDB false).
func ExitCodeFor(err error, isDB bool) error {
	if err == nil || !isDB {
		return err
	}
	var already *DBError
	if errors.As(err, &already) {
		return err
	}
	msg := err.Error()
	contains := func(subs ...string) bool {
		return slices.ContainsFunc(subs, func(s string) bool { return strings.Contains(msg, s) })
	}
	switch {
	case contains("Unexpected EOF from the server", "DBPROCESS is dead or not enabled"):
		return &DBError{Err: err, Code: ExitTransientDB, Note: "Intermittent database error: the job can be retried."}
	case contains("Invalid object name 'CodedEvent_SNOMED'", "Invalid object name 'EC'"):
		return &DBError{Err: err, Code: ExitTableUnavailable, Note: "A table is currently not available.\nThis is likely due to regular database maintenance."}
	case contains("ran out of internal resources", "expression services limit", "ran out of stack space", "exceeds the maximum of"):
		return &DBError{Err: err, Code: ExitSQLTooComplex, Note: "The query is too complex for the database server: try splitting the definition into smaller ones."}
	}
	return &DBError{Err: err, Code: ExitDatabase, Note: "Database error."}
}
