package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/dummydata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
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
	fs.StringVar(&f.dsn, "dsn", "", "database connection string (default $DATABASE_URL)")
	fs.StringVar(&f.engine, "query-engine", "", "query engine to use")
	fs.StringVar(&f.backend, "backend", "", "backend whose tables to use")
	fs.StringVar(&f.seed, "seed", os.Getenv("EHRQL_DUMMY_DATA_SEED"), "seed generated dummy data with `SEED` (default $EHRQL_DUMMY_DATA_SEED, else "+dummydata.DefaultSeed+")")
	return f
}

// parse checks the arguments and options and returns the output.
func (f *dataFlags) parse(args []string) (fileformats.Output, error) {
	if len(args) != 1 {
		return fileformats.Output{}, &UsageError{Msg: fmt.Sprintf("expected one DEFINITION argument, got %d", len(args))}
	}
	if f.dummyTables != "" && f.dummyData != "" {
		return fileformats.Output{}, &UsageError{Msg: "use only one of --dummy-tables and --dummy-data-file"}
	}
	for _, o := range []struct{ name, v string }{{"--dsn", f.dsn}, {"--query-engine", f.engine}, {"--backend", f.backend}} {
		if o.v != "" {
			return fileformats.Output{}, fmt.Errorf("%s is not available yet in this version of ehrql: only local dummy data (--dummy-tables, --dummy-data-file) can be used", o.name)
		}
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
