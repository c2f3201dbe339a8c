package memory

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// preparedEngine runs the semantic suite through Prepared: every date and
// integer literal of the case becomes a parameter of the template, so
// that the nodes above them are evaluated per dataset while the rest is
// shared (and filters on literal bounds go through the range index). The
// literals are then substituted back, which gives the case's own dataset
// (nodes are interned), and it is evaluated twice through the same
// Prepared: the second run takes every shared result from the cache and
// must agree with the first.
type preparedEngine struct{}

func (preparedEngine) Run(ctx context.Context, tables []enginetest.TableRows, ds *querymodel.Dataset) ([][][]any, error) {
	src := MapSource{}
	for _, tr := range tables {
		d, err := FromRows(tr.Table.Schema, tr.Rows)
		if err != nil {
			return nil, err
		}
		src[tr.Table] = d
	}
	template, values := parameterise(ds)
	prep, err := New(src, Options{}).Prepare(ctx, template)
	if err != nil {
		return nil, err
	}
	sub, err := querymodel.SubstituteParameters(template, values)
	if err != nil {
		return nil, err
	}
	if sub != querymodel.Node(ds) {
		return nil, fmt.Errorf("substituting the literals back did not give the dataset")
	}
	var outs [2][][][]any
	for i := range outs {
		res, err := prep.EvaluateDataset(ctx, ds)
		if err != nil {
			return nil, err
		}
		outs[i] = resultRows(res)
	}
	if !reflect.DeepEqual(outs[0], outs[1]) {
		return nil, fmt.Errorf("second evaluation through the cache differs:\n%v\n%v", outs[0], outs[1])
	}
	return outs[1], nil
}

func resultRows(res *Result) [][][]any {
	var out [][][]any
	for _, t := range res.Tables {
		var rows [][]any
		for _, r := range t.Rows() {
			rows = append(rows, slices.Clone(r))
		}
		out = append(out, rows)
	}
	return out
}

// parameterise replaces each date and integer literal of ds by a
// parameter of its own, returning the template and the values that give
// ds back. A literal whose replacement the query model rejects stays.
func parameterise(ds *querymodel.Dataset) (*querymodel.Dataset, map[string]any) {
	values := map[string]any{}
	out, err := querymodel.Rewrite(ds, func(_, rebuilt querymodel.Node) (querymodel.Node, error) {
		v, ok := rebuilt.(*querymodel.Value)
		if !ok || v.V == nil {
			return rebuilt, nil
		}
		k := v.Type().Kind()
		if v.Type().IsSet() || (k != querymodel.KindDate && k != querymodel.KindInt) {
			return rebuilt, nil
		}
		name := fmt.Sprintf("p%d", len(values))
		p, err := querymodel.NewParameter(name, v.Type())
		if err != nil {
			return rebuilt, nil
		}
		values[name] = v.V
		return p, nil
	})
	if err != nil {
		return ds, map[string]any{}
	}
	return out.(*querymodel.Dataset), values
}

func TestSemanticsPrepared(t *testing.T) {
	enginetest.Run(t, preparedEngine{})
}

// TestPreparedRandom compares Prepared with plain evaluation on random
// datasets whose filters, comparisons and arithmetic use two date
// parameters and an integer parameter, each template being evaluated for
// several parameter values, two at a time (run with -race to check the
// sharing).
func TestPreparedRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	n := 400
	if testing.Short() {
		n = 60
	}
	start := must(querymodel.NewParameter("start", querymodel.Date))
	end := must(querymodel.NewParameter("end", querymodel.Date))
	k := must(querymodel.NewParameter("k", querymodel.Int))
	ctx := context.Background()
	for i := range n {
		tables := randomTables(r)
		g := &gen{r: r, params: []querymodel.Series{start, end, k}}
		var vars []querymodel.NamedSeries
		for j := range 3 {
			var s querymodel.Series
			switch r.IntN(3) {
			case 0:
				s = g.boolean(nil)
			case 1:
				s = g.date(nil)
			default:
				s = g.integer(nil)
			}
			vars = append(vars, querymodel.NamedSeries{Name: fmt.Sprintf("v%d", j), Series: s})
		}
		pop := must(querymodel.NewFunction(querymodel.FnOr,
			must(querymodel.NewAggregate(querymodel.AggExists, must(querymodel.NewSelectPatientTable(enginetest.P)))),
			must(querymodel.NewAggregate(querymodel.AggExists, must(querymodel.NewSelectTable(enginetest.E))))))
		template := must(querymodel.NewDataset(pop, vars, nil, nil))
		src := MapSource{}
		for _, tr := range tables {
			d := must(FromRows(tr.Table.Schema, tr.Rows))
			if i%2 == 1 {
				for _, c := range d.Columns {
					if c.Strs != nil {
						dictEncode(c)
					}
				}
			}
			src[tr.Table] = d
		}
		eng := New(src, Options{})
		prep, err := eng.Prepare(ctx, template)
		if err != nil {
			t.Fatalf("case %d: prepare: %v", i, err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 6)
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := w; v < 6; v += 2 {
					first := MakeDate(2020, 1, 1+3*v).Calendar()
					last := MakeDate(2020, 1, 1+3*v+(v%3)*4).Calendar()
					vals := map[string]any{"start": first, "end": last, "k": int64(v - 2)}
					ds := must(querymodel.SubstituteParameters(template, vals)).(*querymodel.Dataset)
					want, wantErr := eng.EvaluateDataset(ctx, ds)
					got, gotErr := prep.EvaluateDataset(ctx, ds)
					switch {
					case (wantErr == nil) != (gotErr == nil):
						errs[v] = fmt.Errorf("values %v: plain error %v, prepared error %v", vals, wantErr, gotErr)
					case wantErr != nil:
					case !reflect.DeepEqual(resultRows(want), resultRows(got)):
						errs[v] = fmt.Errorf("values %v: plain\n%v\nprepared\n%v", vals, resultRows(want), resultRows(got))
					}
				}
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				var text string
				for _, v := range vars {
					text += v.Name + " = " + querymodel.Format(v.Series) + "\n"
				}
				t.Fatalf("case %d: %v\n%s", i, err, text)
			}
		}
	}
}
