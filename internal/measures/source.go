package measures

import (
	"sync"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// encodedSource wraps the source of a measures run so that work that does
// not depend on the interval is done once: each table is fetched once and
// its string and code columns are dictionary-encoded once, instead of by
// every per-interval evaluation.
type encodedSource struct {
	src    memory.Source
	mu     sync.Mutex
	tables map[*querymodel.Table]*memory.TableData
}

func newEncodedSource(src memory.Source) *encodedSource {
	return &encodedSource{src: src, tables: map[*querymodel.Table]*memory.TableData{}}
}

// TableData implements memory.Source.
func (s *encodedSource) TableData(t *querymodel.Table) (*memory.TableData, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.tables[t]; ok {
		return d, nil
	}
	d, err := s.src.TableData(t)
	if err != nil {
		return nil, err
	}
	out := &memory.TableData{PatientIDs: d.PatientIDs, Columns: make(map[string]*memory.Column, len(d.Columns))}
	for name, c := range d.Columns {
		if c.Strs != nil && c.Codes == nil {
			c = dictEncode(c)
		}
		out.Columns[name] = c
	}
	s.tables[t] = out
	return out, nil
}

// dictEncode returns c with its strings as Dict and Codes (NULL rows get
// code 0).
func dictEncode(c *memory.Column) *memory.Column {
	out := &memory.Column{Valid: c.Valid, Codes: make([]int32, len(c.Strs))}
	index := map[string]int32{}
	last, lastCode := "", int32(-1)
	for i, v := range c.Strs {
		if !c.IsValid(i) {
			continue
		}
		if lastCode >= 0 && v == last {
			out.Codes[i] = lastCode
			continue
		}
		code, ok := index[v]
		if !ok {
			code = int32(len(out.Dict))
			out.Dict = append(out.Dict, v)
			index[v] = code
		}
		out.Codes[i] = code
		last, lastCode = v, code
	}
	if len(out.Dict) == 0 {
		out.Dict = []string{""}
	}
	return out
}
