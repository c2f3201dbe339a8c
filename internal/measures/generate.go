package measures

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/opensafely-go/opensafely/internal/backends"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/logging"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Options says what generate-measures computes and from what.
type Options struct {
	Definition string   // path of the definition, relative to the working directory
	UserArgs   []string // arguments after "--"
	// Output is one file holding every measure, or a directory output
	// holding one file per measure, named after it.
	Output fileformats.Output
	// DummyTables is a directory with one file per table; DummyDataFile
	// ready-made measures output (a file, or a directory of per-measure
	// files for a directory output) to validate and copy. At most one is
	// set; with neither, dummy data is generated.
	DummyTables   string
	DummyDataFile string
	Stdout        io.Writer // receives CSV when Output is the console
	Log           io.Writer // receives print() output of the definition
	Logger        *logging.Logger
	// Seed seeds generated dummy data; "" means dummydata.DefaultSeed.
	Seed string

	// DSN, when set, runs the measures against that database with the SQL
	// engine (ComputeSQL): duckdb:///path, postgresql://..., mssql://...
	// or trino://..., with the permissions granted by Permissions (the
	// JSON list of $EHRQL_PERMISSIONS) and the table layout of Backend
	// ("", "core", "tpp"), as generate-dataset does (generate.Options).
	// QueryEngine names the engine; "localfile" reads the DSN as a
	// directory of table files with the in-memory engine, and "duckdb"
	// with DummyTables (no DSN) loads the table files into an in-memory
	// DuckDB database and runs the SQL path there.
	DSN         string
	QueryEngine string
	Backend     string
	Permissions string
}

// GenerateMeasures runs generate-measures: load, check claimed
// permissions, get data, compute, write. Nothing is written unless the
// whole run succeeds.
func GenerateMeasures(ctx context.Context, opts Options) error {
	opts.Logger.Infof("Compiling measure definitions from %s", opts.Definition)
	details, err := ehrql.Load(loader.Options{Path: opts.Definition, Args: opts.UserArgs, Log: opts.Log})
	if err != nil {
		return err
	}
	if e := details.Errors["measures"]; e != nil {
		return e
	}
	coll := details.Measures
	if coll == nil || len(coll.Measures) == 0 {
		return &querymodel.DefinitionError{Message: "No measures defined", ExitCode: 10}
	}
	combined, err := Dataset(coll)
	if err != nil {
		return err
	}
	dc := details.MeasuresDisclosureControlConfig == nil || details.MeasuresDisclosureControlConfig.Enabled
	tables := OutputSpecs(coll, opts.Output.Dir)
	engine, err := generate.QueryEngine(opts.QueryEngine)
	if err != nil {
		return err
	}
	if opts.DSN != "" && engine != "localfile" {
		return runDatabase(ctx, engine, coll, combined, dc, tables, opts)
	}
	if opts.DSN != "" { // localfile: the DSN is a directory of table files
		opts.DummyTables = opts.DSN
	}
	// Every local run uses dummy data: restricted tables must be claimed.
	if err := generate.CheckClaimed(combined, details.ClaimedPermissions); err != nil {
		return err
	}
	if opts.DummyDataFile != "" {
		opts.Logger.Infof("Reading dummy data from %s", opts.DummyDataFile)
		return fileformats.CopyDataset(opts.DummyDataFile, tables, opts.Output, opts.Stdout)
	}
	switch engine {
	case "", "localfile":
	case "duckdb":
		if opts.DummyTables == "" {
			return fmt.Errorf("--query-engine duckdb without --dsn needs --dummy-tables DIR (DuckDB then reads the table files)")
		}
		return runDuckDBOverFiles(ctx, coll, combined, dc, tables, opts)
	default:
		return fmt.Errorf("--query-engine %s needs a database: give --dsn (or $DATABASE_URL)", engine)
	}
	var src memory.MapSource
	if opts.DummyTables != "" {
		opts.Logger.Infof("Reading dummy tables from %s", opts.DummyTables)
		if src, err = generate.ReadDummyTables(opts.DummyTables, combined); err != nil {
			return err
		}
	} else if src, err = generateDummyData(ctx, details.MeasuresDummyDataConfig, coll, combined, opts); err != nil {
		return err
	}
	opts.Logger.Infof("Calculating measures and writing results")
	rows, err := Compute(ctx, src, coll, ComputeOptions{DisclosureControl: dc, InlineReader: generate.ReadInline})
	if err != nil {
		return err
	}
	return finish(rows, coll, tables, dc, opts)
}

// finish logs whether disclosure control was applied and writes rows.
func finish(rows []Row, coll *querymodel.MeasureCollection, tables []fileformats.TableSpec, dc bool, opts Options) error {
	if dc {
		opts.Logger.Infof("Disclosure control applied: numerators and denominators of 7 or less set to 0, then rounded to the nearest 5 (disable with measures.configure_disclosure_control(enabled=False))")
	} else {
		opts.Logger.Infof("Disclosure control disabled: numerators and denominators are unrounded")
	}
	return write(rows, coll, tables, opts)
}

// OutputSpecs returns the output tables of a collection: one table
// "measures" with every column (§11.3), or, for a directory output
// (perMeasure), one table per measure named after it, without the
// measure column and with only its own group-by columns. Group-by columns
// get the types, categories and integer ranges a dataset variable with
// the same definition would.
func OutputSpecs(coll *querymodel.MeasureCollection, perMeasure bool) []fileformats.TableSpec {
	var names []any
	for _, m := range coll.Measures {
		names = append(names, m.Name)
	}
	fixed := []fileformats.ColumnSpec{
		{Name: "interval_start", Type: querymodel.Date, NotNull: true},
		{Name: "interval_end", Type: querymodel.Date, NotNull: true},
		{Name: "ratio", Type: querymodel.Float},
		{Name: "numerator", Type: querymodel.Int},
		{Name: "denominator", Type: querymodel.Int},
	}
	groups := groupSpecs(coll)
	if perMeasure {
		var specs []fileformats.TableSpec
		for _, m := range coll.Measures {
			cols := append([]fileformats.ColumnSpec{}, fixed...)
			for _, g := range m.GroupBy {
				cols = append(cols, groups[g.Name])
			}
			specs = append(specs, fileformats.TableSpec{Name: m.Name, Columns: cols})
		}
		return specs
	}
	cols := []fileformats.ColumnSpec{{Name: "measure", Type: querymodel.Str, Categories: names}}
	cols = append(cols, fixed...)
	for _, g := range groupColumns(coll) {
		cols = append(cols, groups[g.Name])
	}
	return []fileformats.TableSpec{{Name: "measures", Columns: cols}}
}

// groupSpecs returns the column spec of every group-by column by name,
// derived as generate-dataset derives variable columns.
func groupSpecs(coll *querymodel.MeasureCollection) map[string]fileformats.ColumnSpec {
	specs := map[string]fileformats.ColumnSpec{}
	gs := groupColumns(coll)
	for _, g := range gs {
		t := g.Series.Type()
		if t.Kind() == querymodel.KindNull {
			t = querymodel.Str
		}
		specs[g.Name] = fileformats.ColumnSpec{Name: g.Name, Type: t}
	}
	if len(gs) == 0 {
		return specs
	}
	ds, err := querymodel.NewDataset(coll.Measures[0].Denominator, gs, nil, nil)
	if err != nil { // an integer denominator: any boolean population will do
		var pop querymodel.Series
		if pop, err = denominatorCondition(coll.Measures[0].Denominator); err == nil {
			ds, err = querymodel.NewDataset(pop, gs, nil, nil)
		}
	}
	if err == nil {
		for _, c := range generate.OutputSpecs(ds)[0].Columns[1:] {
			specs[c.Name] = c
		}
	}
	return specs
}

// groupColumns lists the group-by columns of all measures in first-seen
// order.
func groupColumns(coll *querymodel.MeasureCollection) []querymodel.NamedSeries {
	var out []querymodel.NamedSeries
	seen := map[string]bool{}
	for _, m := range coll.Measures {
		for _, g := range m.GroupBy {
			if !seen[g.Name] {
				seen[g.Name] = true
				out = append(out, g)
			}
		}
	}
	return out
}

// write writes rows to the output tables, publishing files only when every
// write succeeded.
func write(rows []Row, coll *querymodel.MeasureCollection, tables []fileformats.TableSpec, opts Options) error {
	writers, err := opts.Output.CreateTables(tables, opts.Stdout)
	if err != nil {
		return err
	}
	abort := func() {
		for _, w := range writers {
			w.Abort()
		}
	}
	perMeasure := len(tables) > 1 || opts.Output.Dir
	index := map[string]int{}
	for i, m := range coll.Measures {
		index[m.Name] = i
	}
	groupPos := map[string]int{}
	for i, g := range groupColumns(coll) {
		groupPos[g.Name] = i
	}
	var buf []any
	for _, r := range rows {
		mi := index[r.Measure]
		w := writers[0]
		buf = buf[:0]
		if perMeasure {
			w = writers[mi]
		} else {
			buf = append(buf, r.Measure)
		}
		var ratio any
		if r.RatioValid {
			ratio = r.Ratio
		}
		buf = append(buf, r.IntervalStart, r.IntervalEnd, ratio, r.Numerator, r.Denominator)
		if perMeasure {
			buf = append(buf, r.Groups...)
		} else {
			start := len(buf)
			for range groupPos {
				buf = append(buf, nil)
			}
			for j, g := range coll.Measures[mi].GroupBy {
				buf[start+groupPos[g.Name]] = r.Groups[j]
			}
		}
		if err := w.WriteRow(buf); err != nil {
			abort()
			return err
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

// DummyDataset returns the dataset dummy data is generated for (§10.1):
// the combined dataset with INTERVAL replaced by the earliest start and
// latest end over all intervals.
func DummyDataset(coll *querymodel.MeasureCollection) (*querymodel.Dataset, error) {
	combined, err := Dataset(coll)
	if err != nil {
		return nil, err
	}
	var span querymodel.Interval
	for i, m := range coll.Measures {
		for j, iv := range m.Intervals {
			if (i == 0 && j == 0) || iv.Start.Compare(span.Start) < 0 {
				span.Start = iv.Start
			}
			if (i == 0 && j == 0) || iv.End.Compare(span.End) > 0 {
				span.End = iv.End
			}
		}
	}
	node, err := querymodel.SubstituteParameters(combined, querymodel.IntervalValues(span))
	if err != nil {
		return nil, err
	}
	return node.(*querymodel.Dataset), nil
}

// DefaultPopulationSize is the measures default of §10.1: 10 × distinct
// denominators × distinct intervals × max(1, group-by columns).
func DefaultPopulationSize(coll *querymodel.MeasureCollection) int {
	dens := map[querymodel.Series]bool{}
	ivs := map[querymodel.Interval]bool{}
	for _, m := range coll.Measures {
		dens[m.Denominator] = true
		for _, iv := range m.Intervals {
			ivs[iv] = true
		}
	}
	return 10 * len(dens) * len(ivs) * max(1, len(groupColumns(coll)))
}

// generateDummyData generates tables whose patients satisfy at least one
// denominator over the whole span of the intervals.
func generateDummyData(ctx context.Context, conf *querymodel.DummyDataConfig, coll *querymodel.MeasureCollection, _ *querymodel.Dataset, opts Options) (memory.MapSource, error) {
	ds, err := DummyDataset(coll)
	if err != nil {
		return nil, err
	}
	c := *querymodel.DefaultDummyDataConfig()
	if conf != nil {
		c = *conf
	}
	if conf == nil || isDefaultConfig(conf) || c.PopulationSize <= 0 {
		c.PopulationSize = int64(DefaultPopulationSize(coll))
	}
	return generate.GenerateDummyData(ctx, &c, ds, opts.Seed, opts.Logger)
}

// isDefaultConfig reports whether conf is what the ehrql package records
// when configure_dummy_data was not called (it fills in the dataset
// defaults); the measures population size default then applies. An
// explicit configure_dummy_data(population_size=10) is indistinguishable
// and also gets the measures default.
func isDefaultConfig(conf *querymodel.DummyDataConfig) bool {
	d := querymodel.DefaultDummyDataConfig()
	return conf.PopulationSize == d.PopulationSize && conf.Timeout == d.Timeout &&
		conf.Legacy == d.Legacy && conf.AdditionalPopulationConstraint == nil
}

// runDatabase computes the measures on the database at opts.DSN with the
// SQL engine (a real-data run; engine is generate.QueryEngine's reading
// of opts.QueryEngine): permissions from opts.Permissions, the
// backend's table mapping, database errors mapped to the exit codes of
// generate-dataset (backends.ExitCodeFor).
func runDatabase(ctx context.Context, engine string, coll *querymodel.MeasureCollection, combined *querymodel.Dataset, dc bool, tables []fileformats.TableSpec, opts Options) error {
	perms, err := generate.ParsePermissions(opts.Permissions)
	if err != nil {
		return err
	}
	if err := generate.CheckGranted(combined, perms); err != nil {
		return err
	}
	e, err := generate.OpenDatabase(ctx, opts.DSN, engine, opts.Backend, perms, opts.Logger, "measures")
	if err != nil {
		return err
	}
	defer e.Close()
	opts.Logger.Infof("Calculating measures and writing results")
	rows, err := ComputeSQL(ctx, SQLSource{DB: e.DB(), Dialect: e.Dialect(), Backend: e.Backend(), Options: generate.EngineOptions(perms)}, coll, ComputeOptions{DisclosureControl: dc})
	if err != nil {
		var qe *enginesql.QueryError
		return backends.ExitCodeFor(err, errors.As(err, &qe))
	}
	return finish(rows, coll, tables, dc, opts)
}

// runDuckDBOverFiles computes the measures with the SQL engine on an
// in-memory DuckDB database holding the --dummy-tables files the measures
// read (--query-engine duckdb without --dsn).
func runDuckDBOverFiles(ctx context.Context, coll *querymodel.MeasureCollection, combined *querymodel.Dataset, dc bool, tables []fileformats.TableSpec, opts Options) error {
	opts.Logger.Infof("Reading dummy tables from %s into DuckDB", opts.DummyTables)
	db, err := generate.DuckDBOverFiles(ctx, combined, opts.DummyTables)
	if err != nil {
		return err
	}
	defer db.Close()
	opts.Logger.Infof("Calculating measures and writing results")
	rows, err := ComputeSQL(ctx, SQLSource{DB: db, Dialect: enginesql.DuckDB, Options: generate.EngineOptions(nil)}, coll, ComputeOptions{DisclosureControl: dc})
	if err != nil {
		return err
	}
	return finish(rows, coll, tables, dc, opts)
}
