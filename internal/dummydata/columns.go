package dummydata

import (
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// val is one generated value, unboxed. ok is false for NULL; which field
// holds the value depends on the column's kind (codes and strings use s).
type val struct {
	ok bool
	b  bool
	i  int64
	f  float64
	s  string
	d  memory.Date
}

// colBuf accumulates the values of one column, in the engine's columnar
// form.
type colBuf struct {
	kind   querymodel.Kind
	valid  []bool
	nulls  bool
	bools  []bool
	ints   []int64
	floats []float64
	strs   []string
	dates  []memory.Date
}

func (c *colBuf) add(v val) {
	c.valid = append(c.valid, v.ok)
	if !v.ok {
		c.nulls = true
	}
	switch c.kind {
	case querymodel.KindBool:
		c.bools = append(c.bools, v.b)
	case querymodel.KindInt:
		c.ints = append(c.ints, v.i)
	case querymodel.KindFloat:
		c.floats = append(c.floats, v.f)
	case querymodel.KindDate:
		c.dates = append(c.dates, v.d)
	default:
		c.strs = append(c.strs, v.s)
	}
}

// copyRange appends rows [from, to) of src.
func (c *colBuf) copyRange(src *colBuf, from, to int) {
	c.valid = append(c.valid, src.valid[from:to]...)
	if src.nulls {
		for _, ok := range src.valid[from:to] {
			if !ok {
				c.nulls = true
				break
			}
		}
	}
	switch c.kind {
	case querymodel.KindBool:
		c.bools = append(c.bools, src.bools[from:to]...)
	case querymodel.KindInt:
		c.ints = append(c.ints, src.ints[from:to]...)
	case querymodel.KindFloat:
		c.floats = append(c.floats, src.floats[from:to]...)
	case querymodel.KindDate:
		c.dates = append(c.dates, src.dates[from:to]...)
	default:
		c.strs = append(c.strs, src.strs[from:to]...)
	}
}

// column returns the engine column; the buffer must not be used afterwards.
func (c *colBuf) column() *memory.Column {
	mc := &memory.Column{Bools: c.bools, Ints: c.ints, Floats: c.floats, Strs: c.strs, Dates: c.dates}
	if c.nulls {
		mc.Valid = c.valid
	}
	// A column of zero rows still needs a typed (empty) slice.
	switch c.kind {
	case querymodel.KindBool:
		if mc.Bools == nil {
			mc.Bools = []bool{}
		}
	case querymodel.KindInt:
		if mc.Ints == nil {
			mc.Ints = []int64{}
		}
	case querymodel.KindFloat:
		if mc.Floats == nil {
			mc.Floats = []float64{}
		}
	case querymodel.KindDate:
		if mc.Dates == nil {
			mc.Dates = []memory.Date{}
		}
	default:
		if mc.Strs == nil {
			mc.Strs = []string{}
		}
	}
	return mc
}

// tableBuf accumulates the rows of one table: patient ids (ascending) and
// one buffer per generated column.
type tableBuf struct {
	info *tableInfo
	ids  []int64
	cols []*colBuf // parallel to info.cols
}

func newTableBuf(ti *tableInfo) *tableBuf {
	tb := &tableBuf{info: ti, cols: make([]*colBuf, len(ti.cols))}
	for i, c := range ti.cols {
		tb.cols[i] = &colBuf{kind: c.col.Type.Kind()}
	}
	return tb
}

func (tb *tableBuf) data() *memory.TableData {
	d := &memory.TableData{PatientIDs: tb.ids, Columns: make(map[string]*memory.Column, len(tb.cols))}
	if d.PatientIDs == nil {
		d.PatientIDs = []int64{}
	}
	for i, c := range tb.cols {
		d.Columns[tb.info.cols[i].col.Name] = c.column()
	}
	return d
}
