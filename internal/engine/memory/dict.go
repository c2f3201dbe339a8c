package memory

import (
	"cmp"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// dictVals is a dictionary encoding of string values: element i is
// dict[codes[i]] (codes of NULL elements are meaningless).
type dictVals struct {
	dict  []string
	codes []int32
	index map[string]int32
}

// dictOf returns the dictionary encoding of a string or code vec read from
// a table column, or nil. A table column is encoded once per evaluation;
// string kernels (is_in, ==, count distinct) then hash each distinct value
// once instead of once per row.
func (e *evaluator) dictOf(v *vec) *dictVals {
	if v.scalar {
		return nil
	}
	if v.Codes != nil {
		return &dictVals{dict: v.Dict, codes: v.Codes}
	}
	if v.dsrc == nil || v.Strs == nil {
		return nil
	}
	base, ok := e.dicts[v.dsrc]
	if !ok {
		if e.prep != nil { // table columns are shared: encode each once
			base = e.prep.result(dictKey{v.dsrc}, func() any { return encode(v.dsrc) }).(*dictVals)
		} else {
			base = encode(v.dsrc)
		}
		e.dicts[v.dsrc] = base
	}
	if v.drows == nil {
		return base
	}
	return &dictVals{dict: base.dict, codes: gatherSlice(base.codes, v.drows), index: base.index}
}

func encode(c *Column) *dictVals {
	d := &dictVals{codes: make([]int32, len(c.Strs)), index: make(map[string]int32)}
	last, lastCode := "", int32(-1)
	for i, s := range c.Strs {
		if lastCode >= 0 && s == last {
			d.codes[i] = lastCode
			continue
		}
		code, ok := d.index[s]
		if !ok {
			code = int32(len(d.dict))
			d.dict = append(d.dict, s)
			d.index[s] = code
		}
		d.codes[i] = code
		last, lastCode = s, code
	}
	return d
}

// inDict is is_in over a dictionary-encoded vec.
func inDict(sh shape, v *vec, dv *dictVals, set map[string]struct{}) *vec {
	member := make([]bool, len(dv.dict))
	for i, s := range dv.dict {
		_, member[i] = set[s]
	}
	out := make([]bool, sh.n)
	for i, c := range dv.codes {
		out[i] = member[c]
	}
	return newVec(querymodel.Bool, sh, out, validOrAll(v.Valid, sh.n))
}

// countDistinctDict counts distinct values per patient using codes.
func countDistinctDict(n int, pat []int32, v *vec, dv *dictVals) *vec {
	out := make([]int64, n)
	stamp := make([]int32, len(dv.dict)) // segment number + 1 that last saw each code
	seg := int32(0)
	forSegments(pat, func(p int32, start, end int) {
		seg++
		count := int64(0)
		for i := start; i < end; i++ {
			if v.Valid != nil && !v.Valid[i] {
				continue
			}
			if c := dv.codes[i]; stamp[c] != seg {
				stamp[c] = seg
				count++
			}
		}
		out[p] = count
	})
	return newVec(querymodel.Int, shape{n: n}, out, nil)
}

// compareDict compares a dictionary-encoded vec with a string literal by
// comparing each distinct value once. It returns nil when neither side is
// such a pair.
func (e *evaluator) compareDict(op querymodel.FuncOp, sh shape, a, b *vec) *vec {
	k := a.typ.Kind()
	if k != querymodel.KindStr && k != querymodel.KindCode {
		return nil
	}
	v, lit, flip := a, b, false
	if a.scalar {
		v, lit, flip = b, a, true
	}
	if !lit.scalar || v.scalar || !lit.IsValid(0) {
		return nil
	}
	dv := e.dictOf(v)
	if dv == nil {
		return nil
	}
	t := cmpTables[op]
	x := lit.Strs[0]
	res := make([]bool, len(dv.dict))
	for i, s := range dv.dict {
		c := cmp.Compare(s, x)
		if flip {
			c = -c
		}
		res[i] = t[c+1]
	}
	out := make([]bool, sh.n)
	for i, c := range dv.codes {
		out[i] = res[c]
	}
	return newVec(querymodel.Bool, sh, out, validOrAll(v.Valid, sh.n))
}

func validOrAll(valid []bool, n int) []bool {
	if valid != nil {
		return valid
	}
	ok := make([]bool, n)
	for i := range ok {
		ok[i] = true
	}
	return ok
}
