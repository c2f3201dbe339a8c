package assure

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// The Go values test data decode to: nil (None), bool, int64, float64,
// string, querymodel.CalendarDate, codes.Code, List, Tuple and Dict.
type (
	// List is a Python list.
	List []any
	// Tuple is a Python tuple.
	Tuple []any
	// Dict is a Python dict, its items in insertion order.
	Dict []Item
)

// Item is one key and value of a Dict.
type Item struct{ Key, Value any }

// Get returns the value of the string key k.
func (d Dict) Get(k string) (any, bool) {
	for _, it := range d {
		if s, ok := it.Key.(string); ok && s == k {
			return it.Value, true
		}
	}
	return nil, false
}

// Patient is one test patient: its id and its entry in test_data (table
// names to rows, and the expectations).
type Patient struct {
	ID   int64
	Data Dict
}

// Parse decodes a serialised test_data variable into its patients, in the
// order they were defined. It fails when the data is not a dict of integer
// patient ids to dicts.
func Parse(data json.RawMessage) ([]Patient, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("assure: cannot decode test_data: %w", err)
	}
	v, err := decodeValue(raw)
	if err != nil {
		return nil, fmt.Errorf("assure: cannot decode test_data: %w", err)
	}
	top, ok := v.(Dict)
	if !ok {
		return nil, &querymodel.DefinitionError{
			Message:  fmt.Sprintf("'test_data' must be a dict of patient ids to test data, got %s", typeName(v)),
			ExitCode: 10,
		}
	}
	patients := make([]Patient, 0, len(top))
	seen := make(map[int64]bool, len(top))
	for _, it := range top {
		id, ok := it.Key.(int64)
		if !ok || seen[id] {
			msg := fmt.Sprintf("patient ids in 'test_data' must be integers, got %s", pyRepr(it.Key))
			if ok {
				msg = fmt.Sprintf("patient id %d appears more than once in 'test_data'", id)
			}
			return nil, &querymodel.DefinitionError{Message: msg, ExitCode: 10}
		}
		seen[id] = true
		d, ok := it.Value.(Dict)
		if !ok {
			return nil, &querymodel.DefinitionError{
				Message:  fmt.Sprintf("the test data of patient %d must be a dict, got %s", id, typeName(it.Value)),
				ExitCode: 10,
			}
		}
		patients = append(patients, Patient{ID: id, Data: d})
	}
	return patients, nil
}

// decodeValue turns the JSON of one serialised Python value into Go.
func decodeValue(v any) (any, error) {
	switch x := v.(type) {
	case nil, bool, string:
		return x, nil
	case json.Number:
		s := string(x)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return i, nil
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %s", s)
		}
		return f, nil
	case []any:
		out := make(List, len(x))
		for i, e := range x {
			d, err := decodeValue(e)
			if err != nil {
				return nil, err
			}
			out[i] = d
		}
		return out, nil
	case map[string]any:
		if len(x) != 1 {
			return nil, fmt.Errorf("expected a single-key tagged object, got %d keys", len(x))
		}
		for tag, inner := range x {
			return decodeTagged(tag, inner)
		}
	}
	return nil, fmt.Errorf("unexpected JSON value %T", v)
}

func decodeTagged(tag string, inner any) (any, error) {
	switch tag {
	case "date":
		s, ok := inner.(string)
		if !ok {
			return nil, fmt.Errorf("date must be a string")
		}
		return querymodel.ParseDate(s)
	case "tuple":
		items, err := decodeValue(inner)
		if err != nil {
			return nil, err
		}
		l, ok := items.(List)
		if !ok {
			return nil, fmt.Errorf("tuple must hold an array")
		}
		return Tuple(l), nil
	case "dict":
		pairs, ok := inner.([]any)
		if !ok {
			return nil, fmt.Errorf("dict must hold an array of pairs")
		}
		out := make(Dict, len(pairs))
		for i, p := range pairs {
			kv, ok := p.([]any)
			if !ok || len(kv) != 2 {
				return nil, fmt.Errorf("dict entries must be [key, value] pairs")
			}
			k, err := decodeValue(kv[0])
			if err != nil {
				return nil, err
			}
			v, err := decodeValue(kv[1])
			if err != nil {
				return nil, err
			}
			out[i] = Item{k, v}
		}
		return out, nil
	}
	if sys, ok := codes.Lookup(tag); ok {
		s, ok := inner.(string)
		if !ok {
			return nil, fmt.Errorf("%s must be a string", tag)
		}
		return codes.Code{System: sys, Value: s}, nil
	}
	return nil, fmt.Errorf("unsupported value tagged %q", tag)
}
