package runner

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/opensafely-go/opensafely/internal/pipeline"
)

// Options configure one run of requested actions.
type Options struct {
	Project *pipeline.Project
	// ProjectDir holds the code; WorkspaceDir the outputs (locally the
	// same directory); Workspace is the workspace name.
	ProjectDir   string
	WorkspaceDir string
	Workspace    string
	Actions      []string
	// ForceRunDependencies re-runs succeeded dependencies (-f).
	ForceRunDependencies bool
	// ContinueOnError keeps starting jobs after one failed.
	ContinueOnError bool
	// ReuseStale reuses succeeded dependencies whose inputs changed, as
	// the reference does.
	ReuseStale bool
	// Concurrency is the number of jobs run at once (default 2).
	Concurrency int
	MemoryLimit int64
	CPUs        float64
	User        string
	// KeepJobDirs skips Cleanup (--debug).
	KeepJobDirs bool

	Store    *Store
	Executor Executor
	// OnStart is called once the request is scheduled, before any job
	// starts (Outcome has Recovered, Stale, NothingToDo and Jobs set).
	OnStart func(*Outcome)
	// Progress receives "<action>: <message>" events; may be nil. It is
	// called from several goroutines, one call at a time.
	Progress func(Event)
}

// Event is a progress message about an action.
type Event struct {
	Time    time.Time
	Action  string
	Message string
}

// Outcome is what a run did.
type Outcome struct {
	RapID string
	// NothingToDo is set (and Jobs empty) when every requested action was
	// already done.
	NothingToDo string
	// Stale lists succeeded dependencies run again because they changed.
	Stale []Staleness
	// Recovered lists jobs left unfinished by an earlier run and settled
	// now.
	Recovered []*Job
	// Jobs are this request's jobs in creation order, final.
	Jobs []*Job
}

// Nothing-to-do messages (pipeline.md §5.4 step 5). Only AllDone can
// arise locally (see Run); AllAlreadyQueued is the server's message for
// requested actions already pending or running.
const (
	AllDone          = "All actions have already completed successfully"
	AllAlreadyQueued = "All requested actions were already scheduled to run"
)

type runner struct {
	opts   Options
	mu     sync.Mutex
	events sync.Mutex
}

func (r *runner) progress(action, msg string) {
	if r.opts.Progress == nil {
		return
	}
	r.events.Lock()
	defer r.events.Unlock()
	r.opts.Progress(Event{Time: time.Now(), Action: action, Message: msg})
}

// Run schedules the requested actions and runs the new jobs until they
// have all finished (or, without ContinueOnError, one failed). Cancelling
// ctx terminates running jobs; they and unstarted jobs end cancelled.
func Run(ctx context.Context, opts Options) (*Outcome, error) {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 2
	}
	if opts.WorkspaceDir == "" {
		opts.WorkspaceDir = opts.ProjectDir
	}
	r := &runner{opts: opts}
	out := &Outcome{}
	recovered, err := r.recover(ctx)
	if err != nil {
		return nil, err
	}
	out.Recovered = recovered
	latest, err := opts.Store.Latest(opts.Workspace)
	if err != nil {
		return nil, err
	}
	for name, j := range latest {
		if _, ok := opts.Project.Action(name); !ok {
			delete(latest, name)
			continue
		}
		if j.State == Succeeded && !outputsPresent(j, opts.WorkspaceDir) {
			delete(latest, name)
		}
	}
	out.RapID = NewRapID()
	p, err := schedule(&opts, latest, out.RapID)
	if err != nil {
		return nil, err
	}
	out.Stale = p.stale
	if len(p.jobs) == 0 {
		// Locally no other request can have queued a job (jobs an earlier
		// run left unfinished were settled by recover), so having nothing
		// to do always means that everything is done.
		out.NothingToDo = AllDone
		if opts.OnStart != nil {
			opts.OnStart(out)
		}
		return out, nil
	}
	if ic, ok := opts.Executor.(ImageChecker); ok {
		checked := map[string]bool{}
		for _, j := range p.jobs {
			if checked[j.Image] {
				continue
			}
			checked[j.Image] = true
			if err := ic.CheckImage(j.Image); err != nil {
				return nil, &RequestError{Name: "EnvironmentError", Msg: fmt.Sprintf("Action %s cannot run: %s", j.Action, err)}
			}
		}
	}
	if err := opts.Store.Put(p.jobs...); err != nil {
		return nil, err
	}
	out.Jobs = p.jobs
	if opts.OnStart != nil {
		opts.OnStart(out)
	}
	return out, r.loop(ctx, p)
}

// loop starts jobs whose dependencies succeeded, up to the concurrency
// limit, until none is left to start.
func (r *runner) loop(ctx context.Context, p *plan) error {
	done := make(chan *Job)
	running := 0
	stopped := false
	byID := map[string]*Job{}
	for _, j := range p.jobs {
		byID[j.ID] = j
	}
	jobState := func(id string) State {
		if j, ok := byID[id]; ok {
			r.mu.Lock()
			defer r.mu.Unlock()
			return j.State
		}
		j, err := r.opts.Store.Get(id)
		if err != nil || j == nil {
			return Failed
		}
		return j.State
	}
	for {
		if ctx.Err() != nil {
			stopped = true
		}
		for _, j := range p.jobs {
			if stopped || running >= r.opts.Concurrency {
				break
			}
			r.mu.Lock()
			code := j.StatusCode
			r.mu.Unlock()
			if code != Created && code != WaitingOnDependencies && code != WaitingOnWorkers {
				continue
			}
			ready, failed := true, false
			for _, w := range j.WaitForJobIDs {
				switch jobState(w) {
				case Failed:
					failed = true
				case Succeeded:
				default:
					ready = false
				}
			}
			switch {
			case failed:
				r.finish(j, Failed, DependencyFailed, msgDependencyFailed)
				if !r.opts.ContinueOnError {
					stopped = true
				}
			case ready:
				r.set(j, Running, Preparing, "Preparing")
				running++
				go func(j *Job) {
					r.runJob(ctx, j)
					done <- j
				}(j)
			}
		}
		if running == 0 {
			break
		}
		select {
		case j := <-done:
			running--
			r.mu.Lock()
			failed := j.State == Failed
			r.mu.Unlock()
			if failed && !r.opts.ContinueOnError {
				stopped = true
			}
		case <-ctx.Done():
			stopped = true
			j := <-done
			running--
			_ = j
		}
	}
	// Jobs never started: cancelled (a failure stopped the run, or the
	// user did).
	for _, j := range p.jobs {
		r.mu.Lock()
		final := j.IsFinal()
		r.mu.Unlock()
		if !final {
			j.Cancelled = true
			r.finish(j, Failed, CancelledByUser, "Cancelled: not started because the run stopped")
		}
	}
	return nil
}

// set changes a job's status. Only changes of state are written to the
// database (each write is an fsync): the steps within running are
// derivable from the executor after a crash.
func (r *runner) set(j *Job, state State, code StatusCode, msg string) {
	r.mu.Lock()
	now := time.Now().Unix()
	persist := j.State != state
	j.State, j.StatusCode, j.StatusMessage = state, code, msg
	if !persist {
		r.mu.Unlock()
		return
	}
	if state == Running && j.StartedAt == 0 {
		j.StartedAt = now
	}
	if j.IsFinal() {
		j.CompletedAt = now
	}
	err := r.opts.Store.Put(j)
	r.mu.Unlock()
	if err != nil {
		r.progress(j.Action, "could not record the job's state: "+err.Error())
	}
}

func (r *runner) finish(j *Job, state State, code StatusCode, msg string) {
	r.set(j, state, code, msg)
}

// definition builds the executor's view of a job.
func (r *runner) definition(j *Job) *JobDefinition {
	spec := map[string]string{}
	for level, outs := range j.OutputSpec {
		for _, p := range outs {
			spec[p] = level
		}
	}
	var inputs []string
	for _, need := range j.RequiresOutputsFrom {
		id := j.InputJobIDs[need]
		nj, err := r.opts.Store.Get(id)
		if err != nil || nj == nil {
			continue
		}
		for f := range nj.Outputs {
			inputs = append(inputs, f)
		}
	}
	sort.Strings(inputs)
	var patterns []string
	for _, a := range r.opts.Project.Actions {
		for _, o := range a.Outputs {
			patterns = append(patterns, o.Pattern)
		}
	}
	return &JobDefinition{
		ID: j.ID, RapID: j.RapID, Workspace: j.Workspace, Action: j.Action,
		Image: j.Image, Args: j.Args, Inputs: inputs, OutputSpec: spec,
		AllOutputPatterns: patterns, CurrentActions: r.opts.Project.ActionNames(),
		AllowDatabaseAccess: false, CPUCount: r.opts.CPUs, MemoryLimit: r.opts.MemoryLimit,
		Level4MaxFileSize: DefaultLevel4MaxFileSize, Level4MaxCSVRows: DefaultLevel4MaxCSVRows,
		Level4FileTypes: DefaultLevel4FileTypes, CreatedAt: j.CreatedAt, User: r.opts.User,
	}
}

// runJob takes a job through prepare, execute, finalize and cleanup.
func (r *runner) runJob(ctx context.Context, j *Job) {
	ex := r.opts.Executor
	def := r.definition(j)
	bg := context.WithoutCancel(ctx)
	r.progress(j.Action, "Preparing your code and workspace files")
	if a, ok := r.opts.Project.Action(j.Action); ok {
		var patterns []string
		for _, x := range r.opts.Project.Actions {
			for _, o := range x.Outputs {
				patterns = append(patterns, o.Pattern)
			}
		}
		inputs := actionInputs(r.opts.ProjectDir, a, patterns)
		r.mu.Lock()
		j.Inputs = inputs
		r.mu.Unlock()
	}
	if _, err := ex.Prepare(bg, def); err != nil {
		r.internalError(bg, j, def, err)
		return
	}
	r.set(j, Running, Prepared, "Prepared")
	if ctx.Err() != nil {
		r.cancel(bg, j, def)
		return
	}
	r.progress(j.Action, "Executing job on the backend")
	st, err := ex.Execute(bg, def)
	if err != nil {
		r.internalError(bg, j, def, err)
		return
	}
	r.set(j, Running, Executing, "Executing")
	st, err = r.wait(ctx, def, st)
	if ctx.Err() != nil {
		r.cancel(bg, j, def)
		return
	}
	if err != nil {
		r.internalError(bg, j, def, err)
		return
	}
	r.set(j, Running, Finalizing, "Finalizing")
	st, err = ex.Finalize(bg, def, false)
	if err != nil || st.Results == nil {
		if err == nil {
			err = errors.New(st.Message)
		}
		r.internalError(bg, j, def, err)
		return
	}
	for _, f := range slices.Sorted(maps.Keys(st.Results.Outputs)) {
		r.progress(j.Action, "Extracting output file: "+f)
	}
	r.progress(j.Action, "Finished recording results")
	r.apply(j, st.Results)
	r.progress(j.Action, firstLine(j.StatusMessage))
	r.cleanup(bg, j, def)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func (r *runner) wait(ctx context.Context, def *JobDefinition, st Status) (Status, error) {
	ex := r.opts.Executor
	if w, ok := ex.(Waiter); ok {
		return w.Wait(ctx, def)
	}
	for st.State == StateExecuting {
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		var err error
		if st, err = ex.GetStatus(ctx, def); err != nil {
			return st, err
		}
	}
	return st, nil
}

// apply records an executor's results on the job.
func (r *runner) apply(j *Job, res *Results) {
	r.mu.Lock()
	j.Outputs = res.Outputs
	j.UnmatchedPatterns = res.UnmatchedPatterns
	j.UnmatchedOutputs = res.UnmatchedOutputs
	j.Level4ExcludedFiles = res.Level4Excluded
	j.Hint = res.Hint
	code := res.ExitCode
	j.ExitCode = &code
	r.mu.Unlock()
	switch {
	case res.Cancelled:
		r.finish(j, Failed, CancelledByUser, res.StatusMessage)
	case res.ExitCode != 0:
		r.finish(j, Failed, NonzeroExit, res.StatusMessage)
	case len(res.UnmatchedPatterns) > 0:
		r.finish(j, Failed, UnmatchedPatterns, res.StatusMessage)
	default:
		r.finish(j, Succeeded, CodeSucceeded, res.StatusMessage)
	}
}

func (r *runner) internalError(ctx context.Context, j *Job, def *JobDefinition, err error) {
	r.finish(j, Failed, InternalError, err.Error())
	r.progress(j.Action, firstLine(err.Error()))
	_, _ = r.opts.Executor.Finalize(ctx, def, true)
	r.cleanup(ctx, j, def)
}

func (r *runner) cancel(ctx context.Context, j *Job, def *JobDefinition) {
	ex := r.opts.Executor
	_, _ = ex.Terminate(ctx, def)
	_, _ = ex.Finalize(ctx, def, true)
	r.mu.Lock()
	j.Cancelled = true
	r.mu.Unlock()
	r.finish(j, Failed, CancelledByUser, msgCancelledByUser)
	r.progress(j.Action, msgCancelledByUser)
	r.cleanup(ctx, j, def)
}

func (r *runner) cleanup(ctx context.Context, j *Job, def *JobDefinition) {
	if r.opts.KeepJobDirs {
		return
	}
	r.progress(j.Action, "Cleaning up container and volume")
	_, _ = r.opts.Executor.Cleanup(ctx, def)
}

// recover settles jobs an earlier, interrupted run left pending or
// running (§7.2 step 3): a job the executor finalized or whose process
// ended is finalized and keeps its real outcome; a half-run job is
// terminated and marked failed; pending jobs are cancelled.
func (r *runner) recover(ctx context.Context) ([]*Job, error) {
	all, err := r.opts.Store.All()
	if err != nil {
		return nil, err
	}
	var settled []*Job
	for _, j := range all {
		if j.IsFinal() {
			continue
		}
		settled = append(settled, j)
		if j.State == Pending {
			j.Cancelled = true
			r.finish(j, Failed, CancelledByUser, "Cancelled: the runner was stopped before this job started")
			continue
		}
		def := r.definition(j)
		ex := r.opts.Executor
		st, err := ex.GetStatus(ctx, def)
		if err != nil {
			return nil, err
		}
		switch st.State {
		case StateExecuting:
			_, _ = ex.Terminate(ctx, def)
			fallthrough
		case StateUnknown, StatePrepared, StateError:
			st, _ = ex.Finalize(ctx, def, true)
			j.Cancelled = true
			msg := msgInterrupted
			r.finish(j, Failed, CancelledByUser, msg)
		case StateExecuted:
			st, err = ex.Finalize(ctx, def, false)
			if err != nil || st.Results == nil {
				j.Cancelled = true
				r.finish(j, Failed, CancelledByUser, msgInterrupted)
			} else {
				r.apply(j, st.Results)
			}
		case StateFinalized:
			if st.Results.Cancelled {
				j.Cancelled = true
			}
			r.apply(j, st.Results)
		}
		_, _ = ex.Cleanup(ctx, def)
	}
	return settled, nil
}
