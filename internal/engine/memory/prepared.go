package memory

import (
	"context"
	"fmt"
	"sync"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Prepared evaluates a family of datasets that differ only in the values
// substituted for their parameters (the per-interval datasets of a
// measures run), doing the work that does not depend on those values
// once for the whole family.
//
// Prepare loads the tables of a template dataset (parameters still in
// place) and fixes the universe of patients once. Every node of the
// template that contains no Parameter is shared: because nodes are
// interned, such a node is the very same pointer in every substituted
// dataset, and its result, which depends only on the tables, is computed
// by the first evaluation that needs it and reused by the others
// (codelist filters, patient-level columns, sorted and picked frames).
// Filters whose condition bounds a shared event-level date or integer
// series by a single value (x >= start AND x <= end, as is_during(INTERVAL)
// builds) select their rows through an index of that series sorted once,
// instead of comparing every row in every evaluation.
//
// EvaluateDataset gives exactly what Engine.EvaluateDataset gives for the
// same dataset. A Prepared is safe for concurrent use. Shared results are
// kept until the Prepared is dropped; an error raised while computing a
// shared result (including cancellation of the context of the evaluation
// computing it) is kept too, so use one Prepared for one run.
type Prepared struct {
	eng    *Engine
	loaded *loaded
	// shared holds the nodes of the (sort-rewritten) template that contain
	// no Parameter.
	shared map[querymodel.Node]bool
	// sources are the tables and inline tables of the template: a dataset
	// must use exactly these (they fix the universe of patients).
	sources map[any]bool

	mu      sync.Mutex
	results map[any]*sharedResult
}

// sharedResult is the result of a shared node (or of a sort index or a
// column's dictionary), computed once.
type sharedResult struct {
	once  sync.Once
	value any
	fail  any // the panic raised while computing it
}

// dictKey keys a table column's dictionary in Prepared.results.
type dictKey struct{ c *Column }

// indexKey keys the sort index of a series over a domain's rows.
type indexKey struct {
	x   querymodel.Series
	dom *querymodel.Domain
}

// Prepare loads the tables template references, fixes the universe and
// returns a Prepared for the datasets obtained from template by
// substituting its parameters.
func (eng *Engine) Prepare(ctx context.Context, template *querymodel.Dataset) (*Prepared, error) {
	root, err := querymodel.RewriteSorts(template)
	if err != nil {
		return nil, fmt.Errorf("memory: %w", err)
	}
	l, err := eng.load(ctx, root)
	if err != nil {
		return nil, err
	}
	p := &Prepared{
		eng:     eng,
		loaded:  l,
		shared:  parameterFree(root),
		sources: sourcesOf(root),
		results: make(map[any]*sharedResult),
	}
	return p, nil
}

// EvaluateDataset evaluates ds, which must be the template with its
// parameters substituted (it must use the same tables). It applies
// querymodel.RewriteSorts first.
func (p *Prepared) EvaluateDataset(ctx context.Context, ds *querymodel.Dataset) (res *Result, err error) {
	root, err := querymodel.RewriteSorts(ds)
	if err != nil {
		return nil, fmt.Errorf("memory: %w", err)
	}
	ds = root.(*querymodel.Dataset)
	src := sourcesOf(ds)
	same := len(src) == len(p.sources)
	for k := range src {
		same = same && p.sources[k]
	}
	if !same {
		return nil, fmt.Errorf("memory: internal error: the dataset does not use the tables of the prepared template")
	}
	e := newEvaluatorFor(ctx, p.loaded)
	e.prep = p
	e.keepDicts = p.eng.opts.KeepDictionaries
	defer recoverError(&err)
	return e.dataset(ds), nil
}

// result returns the shared result under key, computing it with compute
// the first time. A panic raised by compute is raised again for every
// caller.
func (p *Prepared) result(key any, compute func() any) any {
	p.mu.Lock()
	r := p.results[key]
	if r == nil {
		r = &sharedResult{}
		p.results[key] = r
	}
	p.mu.Unlock()
	r.once.Do(func() {
		defer func() {
			if x := recover(); x != nil {
				r.fail = x
			}
		}()
		r.value = compute()
	})
	if r.fail != nil {
		panic(r.fail)
	}
	return r.value
}

// adoptDomain records rs, a shared result's rows, as the rows of dom in
// this evaluation.
func (e *evaluator) adoptDomain(dom *querymodel.Domain, rs *rowSet) {
	if dom == nil {
		return
	}
	if _, ok := e.domains[dom]; !ok {
		e.domains[dom] = rs
	}
}

// parameterFree returns the series and frames under root that contain no
// Parameter.
func parameterFree(root querymodel.Node) map[querymodel.Node]bool {
	free := make(map[querymodel.Node]bool)
	done := make(map[querymodel.Node]bool)
	var visit func(n querymodel.Node) bool
	visit = func(n querymodel.Node) bool {
		if done[n] {
			return free[n]
		}
		done[n] = true
		ok := true
		if _, isParam := n.(*querymodel.Parameter); isParam {
			ok = false
		}
		for _, c := range querymodel.Children(n) {
			if !visit(c) {
				ok = false
			}
		}
		switch n.(type) {
		case querymodel.Series, querymodel.Frame:
			if ok {
				free[n] = true
			}
		}
		return ok
	}
	visit(root)
	return free
}

// sourcesOf returns the tables and inline tables under root.
func sourcesOf(root querymodel.Node) map[any]bool {
	out := make(map[any]bool)
	querymodel.Walk(root, func(n querymodel.Node) bool {
		switch n := n.(type) {
		case *querymodel.SelectTable:
			out[n.Table] = true
		case *querymodel.SelectPatientTable:
			out[n.Table] = true
		case *querymodel.InlinePatientTable:
			out[n] = true
		}
		return true
	})
	return out
}
