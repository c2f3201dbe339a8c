package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/pipeline"
)

// RequestError is a problem with the request itself (an unknown action,
// nothing to do is not one); Name is the reference's exception name the
// CLI prints after "=>".
type RequestError struct {
	Name string
	Msg  string
	// ValidActions is set for unknown actions: the names to suggest.
	ValidActions []string
}

func (e *RequestError) Error() string { return e.Msg }

// Staleness explains why a succeeded dependency is run again.
type Staleness struct {
	Action string
	// Changed lists the input files that changed, or is empty when a
	// dependency of the action ran again since.
	Changed []string
	// Dependency names the needed action whose job changed.
	Dependency string
}

func (s Staleness) String() string {
	if len(s.Changed) > 0 {
		return fmt.Sprintf("its inputs changed since it last succeeded (%s), so it runs again", strings.Join(s.Changed, ", "))
	}
	return fmt.Sprintf("%s ran again since it last succeeded, so it runs again", s.Dependency)
}

// plan is the outcome of scheduling a request.
type plan struct {
	rapID  string
	jobs   []*Job // new jobs in creation order
	byName map[string]*Job
	stale  []Staleness
}

type scheduler struct {
	opts    *Options
	project *pipeline.Project
	latest  map[string]*Job
	plan    *plan
	// patterns are every action's output patterns.
	patterns []string
	now      time.Time
	seq      int64
}

// schedule creates the jobs for a request (pipeline.md §5.4) given the
// latest job of each action.
func schedule(opts *Options, latest map[string]*Job, rapID string) (*plan, error) {
	p := opts.Project
	actions := opts.Actions
	if len(actions) == 0 {
		return nil, &RequestError{Name: "JobRequestError", Msg: "At least one action must be supplied"}
	}
	runAll := false
	for _, a := range actions {
		if a == pipeline.RunAll {
			runAll = true
		}
	}
	if runAll {
		actions = p.ActionNames()
	}
	for _, a := range actions {
		if _, ok := p.Action(a); !ok {
			return nil, &RequestError{Name: "UnknownActionError", Msg: fmt.Sprintf("Action '%s' not found in project.yaml", a),
				ValidActions: p.ActionNames()}
		}
	}
	s := &scheduler{opts: opts, project: p, latest: latest, now: time.Now(),
		plan: &plan{rapID: rapID, byName: map[string]*Job{}}}
	for _, a := range p.Actions {
		for _, o := range a.Outputs {
			s.patterns = append(s.patterns, o.Pattern)
		}
	}
	for _, a := range actions {
		s.resolve(a, !runAll)
	}
	return s.plan, nil
}

// resolve returns the job an action's dependents wait for: an existing
// job reused or a new one.
func (s *scheduler) resolve(name string, explicit bool) *Job {
	if j, ok := s.plan.byName[name]; ok {
		return j
	}
	action, _ := s.project.Action(name)
	if ex := s.latest[name]; ex != nil {
		switch {
		case ex.State == Pending || ex.State == Running:
			s.plan.byName[name] = ex
			return ex
		case ex.State == Succeeded && !explicit && !s.opts.ForceRunDependencies:
			if s.opts.ReuseStale {
				s.plan.byName[name] = ex
				return ex
			}
			needs := map[string]*Job{}
			for _, n := range action.Needs {
				needs[n] = s.resolve(n, false)
			}
			if st := s.staleness(action, ex, needs); st == nil {
				s.plan.byName[name] = ex
				return ex
			} else {
				s.plan.stale = append(s.plan.stale, *st)
			}
		}
	}
	needs := map[string]*Job{}
	var waitFor []string
	for _, n := range action.Needs {
		nj := s.resolve(n, false)
		needs[n] = nj
		if nj.State != Succeeded {
			waitFor = append(waitFor, nj.ID)
		}
	}
	job := s.newJob(action, needs, waitFor)
	s.plan.byName[name] = job
	s.plan.jobs = append(s.plan.jobs, job)
	return job
}

// staleness reports why a succeeded job should not be reused, or nil.
func (s *scheduler) staleness(a *pipeline.Action, ex *Job, needs map[string]*Job) *Staleness {
	if len(ex.Inputs) > 0 {
		cur := actionInputs(s.opts.ProjectDir, a, s.patterns)
		if ch := changedInputs(ex.Inputs, cur); len(ch) > 0 {
			return &Staleness{Action: a.Name, Changed: ch}
		}
	}
	if ex.InputJobIDs != nil {
		for _, n := range a.Needs {
			if recorded, ok := ex.InputJobIDs[n]; ok && needs[n] != nil && needs[n].ID != recorded {
				return &Staleness{Action: a.Name, Dependency: n}
			}
		}
	}
	return nil
}

func (s *scheduler) newJob(a *pipeline.Action, needs map[string]*Job, waitFor []string) *Job {
	spec := map[string]map[string]string{}
	for _, o := range a.Outputs {
		if spec[string(o.Level)] == nil {
			spec[string(o.Level)] = map[string]string{}
		}
		spec[string(o.Level)][o.Name] = o.Pattern
	}
	inputIDs := map[string]string{}
	for n, j := range needs {
		inputIDs[n] = j.ID
	}
	argv := a.Argv()
	s.seq++
	return &Job{
		ID: JobID(s.plan.rapID, a.Name), RapID: s.plan.rapID, Workspace: s.opts.Workspace, Action: a.Name,
		RunCommand: a.RunCommand(), Image: argv[0], Args: argv[1:],
		RequiresOutputsFrom: a.Needs, WaitForJobIDs: waitFor, InputJobIDs: inputIDs,
		OutputSpec: spec, RequiresDB: a.IsDatabaseAction(),
		State: Pending, StatusCode: Created, StatusMessage: msgCreated,
		CreatedAt: s.now.Unix(), CreatedAtNs: s.now.UnixNano() + s.seq,
	}
}

// outputsPresent reports whether all of a job's recorded outputs exist in
// the workspace directory (locally, a succeeded job with missing outputs
// counts as never run).
func outputsPresent(j *Job, dir string) bool {
	for f := range j.Outputs {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			return false
		}
	}
	return true
}
