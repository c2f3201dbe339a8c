package memory

import (
	"context"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// suiteEngine runs the shared semantic suite against this engine. With
// dict set, string and code columns are given dictionary-encoded.
type suiteEngine struct{ dict bool }

func (s suiteEngine) Run(ctx context.Context, tables []enginetest.TableRows, ds *querymodel.Dataset) ([][][]any, error) {
	src := MapSource{}
	for _, tr := range tables {
		d, err := FromRows(tr.Table.Schema, tr.Rows)
		if err != nil {
			return nil, err
		}
		if s.dict {
			for _, c := range d.Columns {
				if c.Strs != nil {
					dictEncode(c)
				}
			}
		}
		src[tr.Table] = d
	}
	res, err := New(src, Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		return nil, err
	}
	var out [][][]any
	for _, t := range res.Tables {
		var rows [][]any
		for _, r := range t.Rows() {
			rows = append(rows, slices.Clone(r))
		}
		out = append(out, rows)
	}
	return out, nil
}

func TestSemantics(t *testing.T) {
	enginetest.Run(t, suiteEngine{})
}

func TestSemanticsDictionaryInput(t *testing.T) {
	enginetest.Run(t, suiteEngine{dict: true})
}

// dictEncode replaces c.Strs by a dictionary encoding, listing values in
// reverse order of first appearance and leaving junk codes under NULLs.
func dictEncode(c *Column) {
	index := map[string]int32{}
	var order []string
	for i, s := range c.Strs {
		if !c.IsValid(i) {
			continue
		}
		if _, ok := index[s]; !ok {
			index[s] = 0
			order = append(order, s)
		}
	}
	slices.Reverse(order)
	for i, s := range order {
		index[s] = int32(i)
	}
	c.Dict = order
	c.Codes = make([]int32, len(c.Strs))
	for i, s := range c.Strs {
		if c.IsValid(i) {
			c.Codes[i] = index[s]
		} else {
			c.Codes[i] = 12345
		}
	}
	c.Strs = nil
}
