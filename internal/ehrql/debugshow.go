package ehrql

import (
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DebugShow is one show() call made while debugging: the recorded call and
// its head and tail options (0 when not given).
type DebugShow struct {
	ShowCall
	Head, Tail int
}

// ShowHandler renders one show() call in debug mode. It runs inside the
// call, so its output interleaves with the definition's print() output; an
// error it returns is raised in the definition at the show() line.
type ShowHandler func(t *python.Thread, call DebugShow) error

// DebugModules returns the API's modules (see Modules) with show() active:
// each call is recorded (see Shows) and passed to handle instead of
// printing the "show() ignored" notice.
func (a *API) DebugModules(handle ShowHandler) map[string]python.ModuleLoader {
	mods := a.Modules()
	show := python.NewBuiltin("show", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return a.debugShow(t, args, kwargs, handle)
	})
	for _, name := range []string{"ehrql", "databuilder.ehrql"} {
		load, ok := mods[name]
		if !ok {
			continue
		}
		mods[name] = func(t *python.Thread) (*python.Module, error) {
			m, err := load(t)
			if err != nil {
				return nil, err
			}
			m.Globals.Set("show", show)
			return m, nil
		}
	}
	return mods
}

func (a *API) debugShow(t *python.Thread, args python.Tuple, kwargs []python.Kwarg, handle ShowHandler) (python.Value, error) {
	if len(args) == 0 {
		return nil, typeErrorf("show() missing 1 required positional argument: 'element'")
	}
	call := DebugShow{ShowCall: ShowCall{Line: t.CallerLine(), Elements: append([]python.Value(nil), args...)}}
	for _, kw := range kwargs {
		switch kw.Name {
		case "label":
			if kw.Value == python.None {
				break
			}
			s, err := python.ToStr(t, kw.Value)
			if err != nil {
				return nil, err
			}
			call.Label = s
		case "head", "tail":
			n := 0
			switch v := kw.Value.(type) {
			case python.NoneType:
			case python.Int:
				n = int(v)
			case python.Bool:
				if v {
					n = 1
				}
			default:
				return nil, typeErrorf("show() argument '%s' must be an int or None, not '%s'", kw.Name, kw.Value.Type().Name)
			}
			if n < 0 {
				return nil, python.Errorf(python.ValueError, "show() argument '%s' must not be negative", kw.Name)
			}
			if kw.Name == "head" {
				call.Head = n
			} else {
				call.Tail = n
			}
		default:
			return nil, typeErrorf("show() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	a.mu.Lock()
	a.shows = append(a.shows, call.ShowCall)
	a.mu.Unlock()
	if err := handle(t, call); err != nil {
		return nil, err
	}
	return python.None, nil
}

// Days returns the difference in days as an int series, which is how
// show() renders a date difference.
func (d *DateDifference) Days() (querymodel.Series, error) {
	return querymodel.NewFunction(querymodel.FnDateDifferenceInDays, d.lhs, d.rhs)
}
