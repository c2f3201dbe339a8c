// Package dummydata generates dummy patient data for a dataset definition:
// rows for exactly the tables and columns the dataset uses, respecting
// every column constraint, shaped like real records (births on the first
// of a month, about one patient in ten dead, one open practice
// registration, events between birth and death), and containing the
// number of patients of the population that the definition asks for.
//
// # Steering, then checking
//
// The generator does not rely on luck. It first reduces the population
// condition (and the dummy-data-only additional_population_constraint) to
// necessary conditions it can steer towards: hints on patient columns
// (sex == "female"; an age range becomes a window for the date of birth;
// is_alive_on(d) becomes "no death, or death after d") and demands for
// rows of a table (registrations spanning a date, an event with a code in
// a codelist within a date window, k rows for count_for_patient() >= k).
// OR is resolved per patient by choosing a branch at random, so every
// branch is represented. Each dataset variable the population does not
// already decide is steered the same way towards having a value (true, a
// non-zero count, a non-NULL value) for about half of the patients, so
// that variables defined by codelists and date windows are populated;
// variables about deaths are left to chance, deaths being rare. Patients
// who die are born earlier than others (deaths cluster in old age), and a
// window on the deaths table's date is a window on the date of death. Code columns draw from the codes the query
// compares them with (codelists, == literals, contains) half of the time
// and from other well-formed codes otherwise, so variables defined by
// codelists are met at realistic rates; date columns favour the
// neighbourhood of the dates the query compares them with.
//
// Candidate patients are then generated in batches, in parallel, and the
// in-memory engine evaluates the real population over each batch; only
// matching patients are kept. Batches continue until PopulationSize
// patients are kept or the timeout passes.
//
// # Determinism
//
// Every candidate patient is generated from its own random stream, seeded
// from Config.Seed and its candidate number, so the result depends only on
// the dataset, the seed and the date taken as today: the kept patients
// are the first PopulationSize matching candidates in candidate order,
// whatever the batch sizes and however many goroutines ran. Kept patients
// are renumbered 1..N in that order; when the dataset uses inline tables
// (table_from_rows, table_from_file), whose rows belong to given patient
// ids, candidates use those ids first and keep their ids.
package dummydata

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DefaultSeed is the seed used when Config.Seed is empty.
const DefaultSeed = "osgo-dummy"

// Config configures Generate. The zero value asks for the defaults of
// configure_dummy_data: 10 patients within 60 seconds.
type Config struct {
	// PopulationSize is the number of population patients wanted
	// (default 10).
	PopulationSize int
	// Timeout bounds the search (default 60 s).
	Timeout time.Duration
	// AdditionalConstraint is ANDed into the population for generation
	// only (configure_dummy_data(additional_population_constraint=...)).
	AdditionalConstraint querymodel.Series
	// Seed makes the output reproducible (default DefaultSeed).
	Seed string
	// Today is the latest date generated (default: today, UTC).
	Today querymodel.CalendarDate
	// Workers is the number of batches generated in parallel (default
	// GOMAXPROCS).
	Workers int
	// InlineReader reads table_from_file tables, whose patient ids the
	// generator then uses; without it such tables contribute no ids.
	InlineReader func(*querymodel.FileRows, *querymodel.TableSchema) (*memory.TableData, error)
	// Progress, if set, is called after each round of batches with the
	// number of population patients found so far (for a progress line).
	Progress func(found, wanted int)
}

// FromModule returns the Config of a definition's DummyDataConfig (nil for
// the defaults). legacy=True is accepted and served by this generator too.
func FromModule(c *querymodel.DummyDataConfig) Config {
	if c == nil {
		return Config{}
	}
	return Config{
		PopulationSize:       int(c.PopulationSize),
		Timeout:              time.Duration(c.Timeout) * time.Second,
		AdditionalConstraint: c.AdditionalPopulationConstraint,
	}
}

func (c *Config) defaults() {
	if c.PopulationSize <= 0 {
		c.PopulationSize = 10
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	if c.Seed == "" {
		c.Seed = DefaultSeed
	}
	if c.Today == (querymodel.CalendarDate{}) {
		now := time.Now().UTC()
		c.Today = querymodel.CalendarDate{Year: now.Year(), Month: now.Month(), Day: now.Day()}
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
}

// Stats describes a generation run.
type Stats struct {
	Wanted     int           // PopulationSize
	Timeout    time.Duration // the timeout in force
	Produced   int           // patients in the output
	Candidates int           // patients generated and checked
	Batches    int           // batches evaluated
	Elapsed    time.Duration // wall time
	TimedOut   bool
	// Hardest describes, when the run timed out, the part of the
	// population condition that the fewest candidates satisfied.
	Hardest string
}

// HitRate is the share of candidates that were in the population.
func (s Stats) HitRate() float64 {
	if s.Candidates == 0 {
		return 0
	}
	return float64(s.Produced) / float64(s.Candidates)
}

// Warning returns the message to show when fewer patients than wanted
// were produced, or "".
func (s Stats) Warning() string {
	if s.Produced >= s.Wanted {
		return ""
	}
	msg := fmt.Sprintf("Failed to find %d matching patients within %g seconds — giving up; found %d among %d candidates generated",
		s.Wanted, s.Timeout.Seconds(), s.Produced, s.Candidates)
	if s.Hardest != "" {
		msg += "; hardest part of the population to satisfy: " + s.Hardest
	}
	return msg + ". Consider raising the timeout with configure_dummy_data(timeout=...)."
}

// generator holds what every batch needs; read-only once built.
type generator struct {
	a       *analysis
	cfg     Config
	seed    uint64
	today   memory.Date
	dobCI   *colInfo
	deathCI *colInfo
	pop     *querymodel.Dataset // the population alone, for checking
	inline  []int64             // patient ids of inline tables, ascending
}

// Generate generates dummy tables for ds: a Source holding, for every
// table the dataset uses, rows for exactly cfg.PopulationSize population
// patients, or fewer when the timeout passed first (see Stats.Warning).
// Errors are reserved for datasets that cannot be generated for at all
// and for a cancelled ctx.
func Generate(ctx context.Context, ds *querymodel.Dataset, cfg Config) (memory.MapSource, Stats, error) {
	start := time.Now()
	cfg.defaults()
	stats := Stats{Wanted: cfg.PopulationSize, Timeout: cfg.Timeout}
	g, err := newGenerator(ds, cfg)
	if err != nil {
		return nil, stats, err
	}
	deadline := start.Add(cfg.Timeout)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()

	out := make([]*tableBuf, len(g.a.tables))
	for i, ti := range g.a.tables {
		out[i] = newTableBuf(ti)
	}
	kept := 0
	next := 0 // candidate number of the next batch
	var last *batch
	for kept < cfg.PopulationSize {
		if time.Now().After(deadline) {
			stats.TimedOut = true
			break
		}
		// Size the round from the hit rate so far (a guess of one in two
		// before the first round), spread over the workers.
		rate := (float64(kept) + 1) / (float64(stats.Candidates) + 2)
		need := float64(cfg.PopulationSize-kept) / rate * 1.2
		size := int(need)/cfg.Workers + 1
		size = min(max(size, 64), 5000)
		batches := make([]*batch, cfg.Workers)
		var wg sync.WaitGroup
		for w := range batches {
			first := next + w*size
			wg.Go(func() { batches[w] = g.batch(ctx, first, size) })
		}
		wg.Wait()
		next += cfg.Workers * size
		for _, b := range batches {
			if b.err != nil {
				if errors.Is(b.err, context.DeadlineExceeded) && ctx.Err() != nil && time.Now().After(deadline) {
					stats.TimedOut = true
					break
				}
				return nil, stats, b.err
			}
			stats.Batches++
			last = b
			for _, k := range b.matched {
				if kept == cfg.PopulationSize {
					break
				}
				kept++
				id := int64(kept)
				if g.inline != nil {
					id = b.ids[k]
				}
				for t, buf := range out {
					from, to := b.offsets[t][k], b.offsets[t][k+1]
					for range to - from {
						buf.ids = append(buf.ids, id)
					}
					for c, col := range buf.cols {
						col.copyRange(b.bufs[t].cols[c], int(from), int(to))
					}
				}
				stats.Candidates = b.first + k + 1
			}
			if kept < cfg.PopulationSize {
				stats.Candidates = b.first + len(b.ids)
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(kept, cfg.PopulationSize)
		}
		if stats.TimedOut {
			break
		}
	}
	if stats.TimedOut && last != nil {
		stats.Hardest = g.hardest(last)
	}
	stats.Produced = kept
	src := make(memory.MapSource, len(out))
	for i, ti := range g.a.tables {
		src[ti.t] = out[i].data()
	}
	stats.Elapsed = time.Since(start)
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.DeadlineExceeded) && !stats.TimedOut {
		return nil, stats, err
	}
	return src, stats, nil
}

func newGenerator(ds *querymodel.Dataset, cfg Config) (*generator, error) {
	a, err := analyse(ds, cfg.AdditionalConstraint)
	if err != nil {
		return nil, err
	}
	h := fnv.New64a()
	h.Write([]byte(cfg.Seed))
	g := &generator{
		a:     a,
		cfg:   cfg,
		seed:  h.Sum64(),
		today: memory.DateOf(cfg.Today),
	}
	for _, ti := range a.tables {
		if ti.kind == kindPatients {
			g.dobCI = ti.byName["date_of_birth"]
			g.deathCI = ti.byName["date_of_death"]
		}
	}
	pop := ds.Population
	if cfg.AdditionalConstraint != nil {
		if pop, err = querymodel.NewFunction(querymodel.FnAnd, pop, cfg.AdditionalConstraint); err != nil {
			return nil, fmt.Errorf("dummy data: additional_population_constraint: %w", err)
		}
	}
	if g.pop, err = querymodel.NewDataset(pop, nil, nil, nil); err != nil {
		return nil, err
	}
	if g.inline, err = inlineIDs(a.inline, cfg.InlineReader); err != nil {
		return nil, err
	}
	return g, nil
}

// inlineIDs collects the patient ids of the dataset's inline tables.
func inlineIDs(tables []*querymodel.InlinePatientTable, read func(*querymodel.FileRows, *querymodel.TableSchema) (*memory.TableData, error)) ([]int64, error) {
	if len(tables) == 0 {
		return nil, nil
	}
	var ids []int64
	for _, t := range tables {
		switch rows := t.Rows.(type) {
		case *querymodel.LiteralRows:
			for _, row := range rows.Rows {
				switch id := row[0].(type) {
				case int64:
					ids = append(ids, id)
				case int:
					ids = append(ids, int64(id))
				}
			}
		case *querymodel.FileRows:
			if read == nil {
				continue
			}
			d, err := read(rows, t.TableSchema)
			if err != nil {
				return nil, err
			}
			ids = append(ids, d.PatientIDs...)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if ids == nil {
		ids = []int64{}
	}
	return ids, nil
}

// candidateID returns the patient id of candidate number k (0-based).
func (g *generator) candidateID(k int) int64 {
	if k < len(g.inline) {
		return g.inline[k]
	}
	var base int64
	if len(g.inline) > 0 {
		base = max(g.inline[len(g.inline)-1], 0)
	}
	return base + int64(k-len(g.inline)) + 1
}

// batch is one batch of candidates, generated and checked.
type batch struct {
	first   int // candidate number of ids[0]
	ids     []int64
	bufs    []*tableBuf
	offsets [][]int32 // per table, per candidate: first row (and one past the end)
	matched []int     // indexes into ids of population patients, ascending
	err     error
}

func (g *generator) batch(ctx context.Context, first, n int) *batch {
	b := &batch{first: first, ids: make([]int64, n), bufs: make([]*tableBuf, len(g.a.tables)), offsets: make([][]int32, len(g.a.tables))}
	for i, ti := range g.a.tables {
		b.bufs[i] = newTableBuf(ti)
		b.offsets[i] = make([]int32, n+1)
	}
	for k := range n {
		id := g.candidateID(first + k)
		b.ids[k] = id
		for t, buf := range b.bufs {
			b.offsets[t][k] = int32(len(buf.ids))
		}
		g.patient(id, b.bufs)
	}
	for t, buf := range b.bufs {
		b.offsets[t][n] = int32(len(buf.ids))
	}
	in, err := g.evaluate(ctx, g.pop, b)
	if err != nil {
		b.err = err
		return b
	}
	pos := make(map[int64]int, len(b.ids))
	for k, id := range b.ids {
		pos[id] = k
	}
	for _, id := range in {
		b.matched = append(b.matched, pos[id])
	}
	slices.Sort(b.matched)
	return b
}

// evaluate returns the ids of the patients of b in ds's population.
func (g *generator) evaluate(ctx context.Context, ds *querymodel.Dataset, b *batch) ([]int64, error) {
	src := make(memory.MapSource, len(b.bufs))
	for i, ti := range g.a.tables {
		// data() shares the buffers' slices; they stay readable.
		src[ti.t] = b.bufs[i].data()
	}
	res, err := memory.New(src, memory.Options{InlineReader: g.cfg.InlineReader}).EvaluateDataset(ctx, ds)
	if err != nil {
		return nil, err
	}
	return res.Tables[0].Columns[0].Data.Ints, nil
}

// hardest names the conjunct of the population that the fewest
// candidates of b satisfied.
func (g *generator) hardest(b *batch) string {
	if len(g.a.popParts) < 2 {
		return describe(g.a.popParts[0])
	}
	// Every table is referenced by a variable so that the universe of
	// patients is the same as the population's.
	var touch []querymodel.NamedSeries
	for i, ti := range g.a.tables {
		f, err := querymodel.TableFrame(ti.t)
		if err != nil {
			continue
		}
		if e, err := querymodel.NewAggregate(querymodel.AggExists, f); err == nil {
			touch = append(touch, querymodel.NamedSeries{Name: fmt.Sprintf("t%d", i), Series: e})
		}
	}
	best, bestN := "", -1
	for _, part := range g.a.popParts {
		ds, err := querymodel.NewDataset(part, touch, nil, nil)
		if err != nil {
			continue
		}
		in, err := g.evaluate(context.Background(), ds, b)
		if err != nil {
			continue
		}
		if bestN < 0 || len(in) < bestN {
			best, bestN = describe(part), len(in)
		}
	}
	if bestN >= 0 {
		best += fmt.Sprintf(" (true for %d of %d candidates in the last batch)", bestN, len(b.ids))
	}
	return best
}

// describe renders a condition compactly for messages.
func describe(s querymodel.Node) string {
	var b strings.Builder
	describeTo(&b, s, 0)
	out := b.String()
	if len(out) > 240 {
		out = out[:237] + "..."
	}
	return out
}

func describeTo(b *strings.Builder, n querymodel.Node, depth int) {
	if depth > 6 {
		b.WriteString("...")
		return
	}
	switch x := n.(type) {
	case *querymodel.Value:
		if fs, ok := x.V.(querymodel.Frozenset); ok {
			fmt.Fprintf(b, "{%d values}", fs.Len())
			return
		}
		fmt.Fprint(b, x.V)
	case *querymodel.SelectColumn:
		describeTo(b, x.Source, depth+1)
		b.WriteString("." + x.Name)
	case *querymodel.InlinePatientTable:
		b.WriteString("inline table")
	case *querymodel.SelectTable:
		b.WriteString(x.Table.TableName())
	case *querymodel.SelectPatientTable:
		b.WriteString(x.Table.TableName())
	case *querymodel.Filter:
		describeTo(b, x.Source, depth+1)
		b.WriteString(".where(")
		describeTo(b, x.Condition, depth+1)
		b.WriteString(")")
	case *querymodel.Sort:
		describeTo(b, x.Source, depth)
	case *querymodel.PickOneRowPerPatient:
		describeTo(b, x.Source, depth)
		fmt.Fprintf(b, ".%s_for_patient()", x.Position)
	case *querymodel.Aggregate:
		describeTo(b, x.Source, depth+1)
		name := strings.TrimPrefix(x.Op.String(), "AggregateByPatient.")
		fmt.Fprintf(b, ".%s_for_patient()", strings.ToLower(name))
	case *querymodel.Function:
		b.WriteString(strings.TrimPrefix(x.Op.String(), "Function."))
		b.WriteString("(")
		for i, a := range x.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			describeTo(b, a, depth+1)
		}
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "%T", n)
	}
}
