package cli

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/opensafely-go/opensafely/internal/dummydata"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/logging"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func createDummyTablesCommand() *Command {
	return &Command{
		Name:  "create-dummy-tables",
		Usage: "DEFINITION [DIR[:FORMAT]] [--seed SEED] [-- USER_ARGS]",
		Short: "Generate dummy tables for a dataset definition and write them to a directory",
		Long: `Loads DEFINITION and generates the dummy tables that generate-dataset would
use without --dummy-tables: patients satisfying the population, as many as
configure_dummy_data(population_size=...) asks (default 10). Each table the
dataset reads is written to DIR as one file named after the table, holding
only the columns the query uses, for users to inspect and edit, then pass
back with --dummy-tables DIR.

The files are CSV unless DIR carries a format suffix: DIR:arrow, DIR:csv.gz
or DIR:csv. Without DIR the tables are printed to standard output as CSV,
each preceded by its name. --seed SEED (default $EHRQL_DUMMY_DATA_SEED)
makes the output reproducible: generate-dataset with the same seed
generates the same tables.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			seed := fs.String("seed", os.Getenv("EHRQL_DUMMY_DATA_SEED"), "seed generated dummy data with `SEED` (default $EHRQL_DUMMY_DATA_SEED, else "+dummydata.DefaultSeed+")")
			return func(s Streams, args, userArgs []string) error {
				if len(args) < 1 || len(args) > 2 {
					return &UsageError{Msg: fmt.Sprintf("expected DEFINITION and an optional DIR, got %d arguments", len(args))}
				}
				out := fileformats.Console
				if len(args) == 2 {
					var err error
					if out, err = fileformats.ParseOutputDir(args[1]); err != nil {
						return &UsageError{Msg: err.Error()}
					}
				}
				err := createDummyTables(context.Background(), args[0], userArgs, out, *seed, s, newLogger(s.Stderr))
				return ehrqlExitCode(err)
			}
		},
	}
}

// createDummyTables loads a definition, generates its dummy data as
// generate-dataset would, and writes the tables it reads.
func createDummyTables(ctx context.Context, definition string, userArgs []string, out fileformats.Output, seed string, s Streams, log *logging.Logger) error {
	log.Infof("Compiling dataset definition from %s", definition)
	details, err := ehrql.Load(loader.Options{Path: definition, Args: userArgs, Log: s.Stderr})
	if err != nil {
		return err
	}
	if e := details.Errors["dataset"]; e != nil {
		return e
	}
	ds := details.Dataset
	if err := generate.CheckClaimed(ds, details.ClaimedPermissions); err != nil {
		return err
	}
	src, err := generate.GenerateDummyData(ctx, details.DatasetDummyDataConfig, ds, seed, log)
	if err != nil {
		return err
	}
	tables := dummyTablesOf(ds, src)
	specs := make([]fileformats.TableSpec, len(tables))
	for i, t := range tables {
		specs[i] = t.spec
	}
	if out.Path != "" {
		log.Infof("Writing dummy tables to %s", out.Path)
	}
	writers, err := out.CreateTables(specs, s.Stdout)
	if err != nil {
		return err
	}
	abort := func() {
		for _, w := range writers {
			w.Abort()
		}
	}
	for i, t := range tables {
		row := make([]any, len(t.spec.Columns))
		for r, id := range t.data.PatientIDs {
			row[0] = id
			for j, c := range t.cols {
				row[j+1] = c.col.Value(c.typ, r)
			}
			if err := writers[i].WriteRow(row); err != nil {
				abort()
				return err
			}
		}
		if err := writers[i].Close(); err != nil {
			abort()
			return err
		}
	}
	return nil
}

type dummyTable struct {
	spec fileformats.TableSpec
	data *memory.TableData
	cols []dummyColumn
}

type dummyColumn struct {
	col *memory.Column
	typ querymodel.Type
}

// dummyTablesOf lists, in first-use order, the tables the dataset reads
// with the columns the generator filled (those the query uses), in schema
// order after patient_id.
func dummyTablesOf(ds *querymodel.Dataset, src memory.MapSource) []dummyTable {
	var out []dummyTable
	for _, t := range generate.UsedTables(ds) {
		data := src[t]
		if data == nil {
			data = &memory.TableData{}
		}
		dt := dummyTable{spec: fileformats.TableSpec{Name: t.TableName(), Columns: []fileformats.ColumnSpec{fileformats.PatientIDSpec()}}, data: data}
		cols := t.Schema.Columns()
		for i := range cols {
			c, ok := data.Columns[cols[i].Name]
			if !ok {
				continue
			}
			dt.spec.Columns = append(dt.spec.Columns, fileformats.SpecFromColumn(&cols[i]))
			dt.cols = append(dt.cols, dummyColumn{col: c, typ: cols[i].Type})
		}
		out = append(out, dt)
	}
	return out
}
