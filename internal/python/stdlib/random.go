package stdlib

import (
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"

	"github.com/opensafely-go/opensafely/internal/python"
)

// random: a deterministic generator (PCG) per interpreter. Unseeded runs
// use a fixed seed so that a definition always builds the same thing;
// values differ from CPython's Mersenne Twister for the same seed.

type randomState struct {
	r *rand.Rand
}

func (s *randomState) seed(v python.Value) error {
	var n uint64
	switch x := v.(type) {
	case nil, python.NoneType:
		n = 0
	case python.Int:
		n = uint64(x)
	case python.Bool:
		if x {
			n = 1
		}
	case python.Float:
		n = math.Float64bits(float64(x))
	case python.Str:
		h := fnv.New64a()
		io.WriteString(h, string(x))
		n = h.Sum64()
	default:
		return errorf(python.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	s.r = rand.New(rand.NewPCG(n, 0x9e3779b97f4a7c15))
	return nil
}

// below returns a uniform integer in [0, n).
func (s *randomState) below(n int64) int64 { return s.r.Int64N(n) }

func loadRandom(t *python.Thread) (*python.Module, error) {
	s := &randomState{}
	s.seed(nil)
	randrange := func(start, stop, step int64) (python.Value, error) {
		if step == 0 {
			return nil, errorf(python.ValueError, "zero step for randrange()")
		}
		var n int64
		if step > 0 {
			n = (stop - start + step - 1) / step
		} else {
			n = (stop - start + step + 1) / step
		}
		if n <= 0 {
			return nil, errorf(python.ValueError, "empty range in randrange(%d, %d, %d)", start, stop, step)
		}
		return python.Int(start + step*s.below(n)), nil
	}
	ms := members{
		method("seed", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var a, version python.Value = python.None, python.Int(2)
			if err := python.UnpackArgs("seed", args, kwargs, "a?", &a, "version?", &version); err != nil {
				return nil, err
			}
			return python.None, s.seed(a)
		}),
		method("random", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) > 0 {
				return nil, errorf(python.TypeError, "random() takes no arguments (%d given)", len(args))
			}
			return python.Float(s.r.Float64()), nil
		}),
		method("uniform", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var a, b float64
			if err := python.UnpackArgs("uniform", args, kwargs, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			return python.Float(a + (b-a)*s.r.Float64()), nil
		}),
		method("randint", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var a, b int64
			if err := python.UnpackArgs("randint", args, kwargs, "a", &a, "b", &b); err != nil {
				return nil, err
			}
			if b < a {
				return nil, errorf(python.ValueError, "empty range for randrange() (%d, %d, %d)", a, b+1, b+1-a)
			}
			return randrange(a, b+1, 1)
		}),
		method("randrange", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var start int64
			var stop, step python.Value = python.None, python.Int(1)
			if err := python.UnpackArgs("randrange", args, kwargs, "start", &start, "stop?", &stop, "step?", &step); err != nil {
				return nil, err
			}
			st, ok := toInt(step)
			if !ok {
				return nil, errorf(python.TypeError, "'%s' object cannot be interpreted as an integer", typeName(step))
			}
			if stop == python.None {
				if start <= 0 {
					return nil, errorf(python.ValueError, "empty range for randrange()")
				}
				return randrange(0, start, 1)
			}
			sp, ok := toInt(stop)
			if !ok {
				return nil, errorf(python.TypeError, "'%s' object cannot be interpreted as an integer", typeName(stop))
			}
			return randrange(start, sp, st)
		}),
		method("choice", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var seq python.Value
			if err := python.UnpackArgs("choice", args, kwargs, "seq", &seq); err != nil {
				return nil, err
			}
			n, err := python.Len(t, seq)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, errorf(python.IndexError, "Cannot choose from an empty sequence")
			}
			return python.GetItem(t, seq, python.Int(s.below(int64(n))))
		}),
		method("shuffle", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var x python.Value
			if err := python.UnpackArgs("shuffle", args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			items, err := toSlice(t, x)
			if err != nil {
				return nil, err
			}
			for i := len(items) - 1; i > 0; i-- {
				j := s.below(int64(i + 1))
				items[i], items[j] = items[j], items[i]
			}
			for i, it := range items {
				if err := python.SetItem(t, x, python.Int(i), it); err != nil {
					return nil, err
				}
			}
			return python.None, nil
		}),
		method("sample", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var pop python.Value
			var k int
			var counts python.Value = python.None
			if err := python.UnpackArgs("sample", args, kwargs, "population", &pop, "k", &k, "*counts?", &counts); err != nil {
				return nil, err
			}
			items, err := toSlice(t, pop)
			if err != nil {
				return nil, err
			}
			if k < 0 || k > len(items) {
				return nil, errorf(python.ValueError, "Sample larger than population or is negative")
			}
			pool := append([]python.Value(nil), items...)
			out := make([]python.Value, k)
			for i := 0; i < k; i++ {
				j := i + int(s.below(int64(len(pool)-i)))
				pool[i], pool[j] = pool[j], pool[i]
				out[i] = pool[i]
			}
			return python.NewList(out), nil
		}),
		method("choices", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var pop, weights, cum python.Value = nil, python.None, python.None
			k := 1
			if err := python.UnpackArgs("choices", args, kwargs, "population", &pop, "weights?", &weights, "*cum_weights?", &cum, "*k?", &k); err != nil {
				return nil, err
			}
			items, err := toSlice(t, pop)
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return nil, errorf(python.IndexError, "Cannot choose from an empty sequence")
			}
			var cw []float64
			if weights != python.None || cum != python.None {
				src := weights
				if cum != python.None {
					src = cum
				}
				ws, err := toSlice(t, src)
				if err != nil {
					return nil, err
				}
				if len(ws) != len(items) {
					return nil, errorf(python.ValueError, "The number of weights does not match the population")
				}
				total := 0.0
				for _, w := range ws {
					f, err := realArg(w)
					if err != nil {
						return nil, err
					}
					if cum == python.None {
						total += f
					} else {
						total = f
					}
					cw = append(cw, total)
				}
			}
			out := make([]python.Value, k)
			for i := range out {
				if cw == nil {
					out[i] = items[s.below(int64(len(items)))]
					continue
				}
				x := s.r.Float64() * cw[len(cw)-1]
				j := 0
				for j < len(cw)-1 && x >= cw[j] {
					j++
				}
				out[i] = items[j]
			}
			return python.NewList(out), nil
		}),
		method("gauss", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			mu, sigma := 0.0, 1.0
			if err := python.UnpackArgs("gauss", args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
				return nil, err
			}
			return python.Float(mu + sigma*s.r.NormFloat64()), nil
		}),
	}
	return newModule("random", ms), nil
}
