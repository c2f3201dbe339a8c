package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/backends"
	"github.com/opensafely-go/opensafely/internal/dummydata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
)

// dataFlags are the options generate-dataset and generate-measures share:
// where the output goes and which data the definition runs over.
type dataFlags struct {
	output, dummyTables, dummyData, seed string
	dsn, engine, backend                 string
}

// addDataFlags declares the shared options on fs; what names the output
// ("dataset", "measures") in the help texts.
func addDataFlags(fs *flag.FlagSet, what string) *dataFlags {
	f := &dataFlags{}
	fs.StringVar(&f.output, "output", "", "write the "+what+" to `PATH` (.csv, .csv.gz, .arrow, or DIR/:FORMAT)")
	fs.StringVar(&f.dummyTables, "dummy-tables", "", "evaluate the definition over the tables in `DIR`")
	fs.StringVar(&f.dummyData, "dummy-data-file", "", "validate and copy this dummy "+what+" `FILE` instead of evaluating the definition")
	fs.StringVar(&f.dsn, "dsn", "", "run against the database at `URL`: duckdb:///PATH, postgresql://USER@HOST/DB, mssql://... (default $DATABASE_URL)")
	fs.StringVar(&f.engine, "query-engine", "", "query `ENGINE`: duckdb, postgres, mssql, trino or localfile (default $OPENSAFELY_QUERY_ENGINE)")
	fs.StringVar(&f.backend, "backend", "", "`BACKEND` whose table layout the database has: core or tpp (default $OPENSAFELY_BACKEND)")
	fs.StringVar(&f.seed, "seed", os.Getenv("EHRQL_DUMMY_DATA_SEED"), "seed generated dummy data with `SEED` (default $EHRQL_DUMMY_DATA_SEED, else "+dummydata.DefaultSeed+")")
	return f
}

// parse checks the arguments and options and returns the output. The
// database options default to $DATABASE_URL, $OPENSAFELY_QUERY_ENGINE and
// $OPENSAFELY_BACKEND; databaseOK false refuses them (generate-measures
// has no SQL engine yet).
func (f *dataFlags) parse(args []string, databaseOK bool) (fileformats.Output, error) {
	if len(args) != 1 {
		return fileformats.Output{}, &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
	}
	if f.dummyTables != "" && f.dummyData != "" {
		return fileformats.Output{}, &UsageError{Msg: "use only one of --dummy-tables and --dummy-data-file"}
	}
	for _, d := range []struct {
		v   *string
		env string
	}{{&f.dsn, "DATABASE_URL"}, {&f.engine, "OPENSAFELY_QUERY_ENGINE"}, {&f.backend, "OPENSAFELY_BACKEND"}} {
		if *d.v == "" {
			*d.v = os.Getenv(d.env)
		}
	}
	if !databaseOK {
		if f.dsn != "" {
			return fileformats.Output{}, fmt.Errorf("generate-measures cannot run against a database (--dsn or $DATABASE_URL) in this version of ehrql: measures run on local dummy data only (--dummy-tables, --dummy-data-file, or generated); unset DATABASE_URL to use them")
		}
		if q, _ := generate.QueryEngine(f.engine); q != "" && q != "localfile" {
			return fileformats.Output{}, fmt.Errorf("generate-measures supports only the in-memory engine in this version of ehrql, not --query-engine %s", f.engine)
		}
	}
	if _, err := backends.Canonical(f.backend); err != nil {
		return fileformats.Output{}, &UsageError{Msg: err.Error()}
	}
	if _, err := generate.QueryEngine(f.engine); err != nil {
		return fileformats.Output{}, &UsageError{Msg: err.Error()}
	}
	if f.output == "" {
		return fileformats.Console, nil
	}
	out, err := fileformats.ParseOutputPath(f.output)
	if err != nil {
		return fileformats.Output{}, &UsageError{Msg: err.Error()}
	}
	return out, nil
}
