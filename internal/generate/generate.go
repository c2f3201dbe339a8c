// Package generate carries out `ehrql generate-dataset`: it loads a dataset
// definition, evaluates it over the chosen data (a directory of dummy
// tables, read with package fileformats and evaluated by the in-memory
// engine) or copies a user-supplied dummy dataset, and writes the output
// files. Nothing is written unless the whole run succeeds.
package generate

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/opensafely-go/opensafely/internal/assure"
	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/dummydata"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/logging"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Options says what to generate and from what.
type Options struct {
	Definition string   // path of the definition, relative to the working directory
	UserArgs   []string // arguments after "--"
	Output     fileformats.Output
	// DummyTables is a directory with one file per table; DummyDataFile a
	// ready-made dataset file to validate and copy. At most one is set.
	DummyTables   string
	DummyDataFile string
	Stdout        io.Writer // receives CSV when Output is the console
	Log           io.Writer // receives print() output of the definition and reports
	// Logger receives the "[info   ] ..." progress lines; nil discards them.
	Logger *logging.Logger

	// TestDataFile, if set, is an assurance test file (ehrql assure) run
	// after loading the definition and before any data is read: its report
	// goes to Log, and a failure (*assure.Error, exit code 13) stops the
	// run with nothing written.
	TestDataFile string

	// Seed seeds generated dummy data (used without DummyTables and
	// DummyDataFile); "" means dummydata.DefaultSeed.
	Seed string

	// DSN, when set, switches to a real-data run against that database
	// (duckdb:///path, postgresql://..., mssql://..., trino://...), with
	// the permissions granted by Permissions (the JSON list of
	// $EHRQL_PERMISSIONS) and the tables mapped by Backend ("", "core",
	// "tpp"). QueryEngine names the engine (see QueryEngine); with
	// DummyTables, "duckdb" runs DuckDB over the table files instead of
	// the in-memory engine.
	DSN         string
	QueryEngine string
	Backend     string
	Permissions string
}

// Dataset runs generate-dataset.
func Dataset(ctx context.Context, opts Options) error {
	opts.Logger.Infof("Compiling dataset definition from %s", opts.Definition)
	details, err := ehrql.Load(loader.Options{Path: opts.Definition, Args: opts.UserArgs, Log: opts.Log})
	if err != nil {
		return err
	}
	if e := details.Errors["dataset"]; e != nil {
		return e
	}
	if opts.TestDataFile != "" {
		err := assure.Run(ctx, assure.Options{File: opts.TestDataFile, UserArgs: opts.UserArgs, Report: opts.Log, Log: opts.Log})
		if err != nil {
			return err
		}
	}
	ds := details.Dataset
	if opts.DSN != "" {
		return runDatabase(ctx, ds, opts)
	}
	// Every local run uses dummy data, so restricted tables and features
	// must have been claimed (they take effect on real data only).
	if err := CheckClaimed(ds, details.ClaimedPermissions); err != nil {
		return err
	}
	if opts.DummyDataFile != "" {
		opts.Logger.Infof("Reading dummy data from %s", opts.DummyDataFile)
		return fileformats.CopyDataset(opts.DummyDataFile, OutputSpecs(ds), opts.Output, opts.Stdout)
	}
	engine, err := QueryEngine(opts.QueryEngine)
	if err != nil {
		return err
	}
	switch engine {
	case "", "localfile":
	case "duckdb":
		if opts.DummyTables == "" {
			return fmt.Errorf("--query-engine duckdb without --dsn needs --dummy-tables DIR (DuckDB then reads the table files)")
		}
		opts.Logger.Infof("Reading dummy tables from %s into DuckDB", opts.DummyTables)
		return runDuckDBOverFiles(ctx, ds, opts)
	default:
		return fmt.Errorf("--query-engine %s needs a database: give --dsn (or $DATABASE_URL)", engine)
	}
	if opts.DummyTables == "" {
		src, err := GenerateDummyData(ctx, details.DatasetDummyDataConfig, ds, opts.Seed, opts.Logger)
		if err != nil {
			return err
		}
		return evaluateMemory(ctx, ds, src, opts)
	}
	return runMemory(ctx, ds, opts)
}

// runMemory evaluates ds with the in-memory engine over the table files of
// opts.DummyTables.
func runMemory(ctx context.Context, ds *querymodel.Dataset, opts Options) error {
	opts.Logger.Infof("Reading dummy tables from %s", opts.DummyTables)
	src, err := ReadDummyTables(opts.DummyTables, ds)
	if err != nil {
		return err
	}
	return evaluateMemory(ctx, ds, src, opts)
}

func evaluateMemory(ctx context.Context, ds *querymodel.Dataset, src memory.MapSource, opts Options) error {
	tables := OutputSpecs(ds)
	opts.Logger.Infof("Building dataset and writing results")
	result, err := memory.New(src, memory.Options{InlineReader: ReadInline}).EvaluateDataset(ctx, ds)
	if err != nil {
		return err
	}
	return write(result, tables, opts)
}

// GenerateDummyData generates dummy tables for ds as its
// configure_dummy_data asks, logging the attempt and any shortfall.
func GenerateDummyData(ctx context.Context, conf *querymodel.DummyDataConfig, ds *querymodel.Dataset, seed string, log *logging.Logger) (memory.MapSource, error) {
	cfg := dummydata.FromModule(conf)
	cfg.InlineReader = ReadInline
	cfg.Progress = func(found, wanted int) {
		log.Progressf("Generating dummy data: %d of %d matching patients", found, wanted)
	}
	cfg.Seed = seed
	if cfg.Seed == "" {
		cfg.Seed = dummydata.DefaultSeed
	}
	if cfg.PopulationSize <= 0 {
		cfg.PopulationSize = 10
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	log.Infof("Attempting to generate %d matching patients (random seed: %s, timeout: %gs)", cfg.PopulationSize, cfg.Seed, cfg.Timeout.Seconds())
	src, stats, err := dummydata.Generate(ctx, ds, cfg)
	log.EndProgress()
	if err != nil {
		return nil, err
	}
	if w := stats.Warning(); w != "" {
		log.Warningf("%s", w)
	}
	return src, nil
}

// write writes every result table, publishing the files only when all
// writes succeeded.
func write(result *memory.Result, tables []fileformats.TableSpec, opts Options) error {
	writers, err := opts.Output.CreateTables(tables, opts.Stdout)
	if err != nil {
		return err
	}
	abort := func() {
		for _, w := range writers {
			w.Abort()
		}
	}
	for i, t := range result.Tables {
		for _, row := range t.Rows() {
			if err := writers[i].WriteRow(row); err != nil {
				abort()
				return err
			}
		}
	}
	for _, w := range writers {
		if err := w.Close(); err != nil {
			abort()
			return err
		}
	}
	return nil
}

// OutputSpecs returns the output tables of a dataset: "dataset" (patient_id
// then the variables in definition order) and one table per event table,
// with the categories and integer ranges the reference derives (§2.10).
func OutputSpecs(ds *querymodel.Dataset) []fileformats.TableSpec {
	specs := []fileformats.TableSpec{{Name: "dataset", Columns: columnSpecs(ds.Variables)}}
	for _, ev := range ds.Events {
		specs = append(specs, fileformats.TableSpec{Name: ev.Name, Columns: columnSpecs(ev.Frame.Members)})
	}
	return specs
}

func columnSpecs(vars []querymodel.NamedSeries) []fileformats.ColumnSpec {
	cols := []fileformats.ColumnSpec{fileformats.PatientIDSpec()}
	for _, v := range vars {
		typ := v.Series.Type()
		if typ.Kind() == querymodel.KindNull {
			typ = querymodel.Str // a variable that is only None
		}
		cols = append(cols, fileformats.ColumnSpec{
			Name:       v.Name,
			Type:       typ,
			Categories: categories(v.Series),
			Range:      intRange(v.Series),
		})
	}
	return cols
}

// categories returns the categories of a series, or nil if it is not
// categorical: a column with a Categorical constraint, a min/max of one,
// a literal, or a case whose outputs are all categorical (ordered union).
func categories(s querymodel.Series) []any {
	switch n := s.(type) {
	case *querymodel.SelectColumn:
		col, ok := n.Source.Schema().Column(n.Name)
		if !ok {
			return nil
		}
		for _, c := range col.Constraints {
			if cat, ok := c.(querymodel.Categorical); ok {
				return slices.Clone(cat.Values)
			}
		}
	case *querymodel.Aggregate:
		if n.Op == querymodel.AggMin || n.Op == querymodel.AggMax {
			if src, ok := n.Source.(querymodel.Series); ok {
				return categories(src)
			}
		}
	case *querymodel.Value:
		if n.V != nil {
			return []any{fileValue(n.V)}
		}
	case *querymodel.Case:
		var out []any
		add := func(s querymodel.Series) bool {
			if s == nil {
				return true
			}
			if v, ok := s.(*querymodel.Value); ok && v.V == nil {
				return true
			}
			cats := categories(s)
			if cats == nil {
				return false
			}
			for _, c := range cats {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
			return true
		}
		for _, arm := range n.Cases {
			if !add(arm.Then) {
				return nil
			}
		}
		if !add(n.Default) {
			return nil
		}
		return out
	}
	return nil
}

// fileValue converts a query-model literal to the Go value file writers
// use for categories.
func fileValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case codes.Code:
		return x.Value
	}
	return v
}

// intRange returns the known range of an int series: counts are 0..65535,
// columns with a ClosedRange constraint keep it.
func intRange(s querymodel.Series) *fileformats.IntRange {
	switch n := s.(type) {
	case *querymodel.Aggregate:
		switch n.Op {
		case querymodel.AggCount, querymodel.AggCountDistinct, querymodel.AggCountEpisodes:
			return fileformats.CountRange()
		}
	case *querymodel.SelectColumn:
		col, ok := n.Source.Schema().Column(n.Name)
		if !ok {
			return nil
		}
		for _, c := range col.Constraints {
			if r, ok := c.(querymodel.ClosedRange); ok {
				return &fileformats.IntRange{Min: r.Min, Max: r.Max}
			}
		}
	}
	return nil
}
