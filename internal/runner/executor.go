package runner

import "context"

// ExecutorState is where a job stands in an executor (pipeline.md §5.7).
type ExecutorState string

// The executor states.
const (
	StateUnknown    ExecutorState = "unknown"
	StatePreparing  ExecutorState = "preparing"
	StatePrepared   ExecutorState = "prepared"
	StateExecuting  ExecutorState = "executing"
	StateExecuted   ExecutorState = "executed"
	StateFinalizing ExecutorState = "finalizing"
	StateFinalized  ExecutorState = "finalized"
	StateError      ExecutorState = "error"
)

// JobDefinition is everything an executor needs to run one job; it is the
// RUNJOB task definition of pipeline.md §5.5 and carries no state.
type JobDefinition struct {
	ID        string `json:"id"`
	RapID     string `json:"rap_id"`
	Workspace string `json:"workspace"`
	Action    string `json:"action"`
	// Image is "<name>:<tag>" and Args the rest of the run command.
	Image string   `json:"image"`
	Args  []string `json:"args"`
	Env   map[string]string
	// Inputs are the output files of the needed actions' jobs to copy into
	// the job directory (workspace-relative paths).
	Inputs []string `json:"inputs"`
	// OutputSpec maps each output pattern to its privacy level.
	OutputSpec map[string]string `json:"output_spec"`
	// AllOutputPatterns are the patterns of every action of the project:
	// files matching them are not copied in as code (§4.4).
	AllOutputPatterns []string `json:"-"`
	// CurrentActions are the project's actions now, for the manifest's
	// out_of_date_action flags; nil leaves them alone.
	CurrentActions      []string `json:"-"`
	AllowDatabaseAccess bool     `json:"allow_database_access"`
	CPUCount            float64  `json:"cpu_count"`
	MemoryLimit         int64    `json:"memory_limit"` // bytes; 0 = none
	Level4MaxFileSize   int64    `json:"level4_max_filesize"`
	Level4MaxCSVRows    int      `json:"level4_max_csv_rows"`
	Level4FileTypes     []string `json:"level4_file_types"`
	CreatedAt           int64    `json:"created_at"`
	User                string   `json:"user"`
}

// Results are what Finalize found (pipeline.md §6).
type Results struct {
	ExitCode          int               `json:"exit_code"`
	OOMKilled         bool              `json:"oom_killed"`
	Outputs           map[string]string `json:"outputs"`
	UnmatchedPatterns []string          `json:"unmatched_patterns"`
	UnmatchedOutputs  []string          `json:"unmatched_outputs"`
	StatusMessage     string            `json:"status_message"`
	Hint              string            `json:"hint"`
	Level4Excluded    map[string]string `json:"level4_excluded_files"`
	ImageID           string            `json:"docker_image_id"`
	Cancelled         bool              `json:"cancelled"`
	CompletedAt       int64             `json:"completed_at"`
}

// Status is an executor's view of a job.
type Status struct {
	State ExecutorState
	// Results are set when State is StateFinalized.
	Results *Results
	// Message explains StateError.
	Message string
}

// Executor runs jobs. The backend agent drives it one step per tick from
// its poll loop; the local runner from one goroutine per job. Contract:
//
//   - Every method is idempotent: calling it again in the state it leads
//     to returns that state without doing the work twice.
//   - State lives in the world (files, processes, containers), never only
//     in memory: GetStatus on a new Executor value derives it, so the caller
//     may crash between any two calls and resume from GetStatus.
//   - Order: Prepare (unknown → prepared), Execute (prepared → executing,
//     later executed), Finalize (executed → finalized; with cancelled=true
//     from any state, keeping only the log), Cleanup (→ unknown: removes the
//     job directory and process/container, keeps the finalized results and
//     logs). Terminate kills a running job without waiting (→ executed).
//   - Methods may be called concurrently for different jobs, never for the
//     same job.
type Executor interface {
	Prepare(ctx context.Context, def *JobDefinition) (Status, error)
	Execute(ctx context.Context, def *JobDefinition) (Status, error)
	Finalize(ctx context.Context, def *JobDefinition, cancelled bool) (Status, error)
	Terminate(ctx context.Context, def *JobDefinition) (Status, error)
	Cleanup(ctx context.Context, def *JobDefinition) (Status, error)
	GetStatus(ctx context.Context, def *JobDefinition) (Status, error)
}

// Waiter is implemented by executors that can block until a job leaves
// the executing state, sparing the caller a polling loop.
type Waiter interface {
	Wait(ctx context.Context, def *JobDefinition) (Status, error)
}

// ImageChecker is implemented by executors that can say before a run
// whether they can run an image at all (an environment missing, a
// program not installed), with a message saying how to fix it.
type ImageChecker interface {
	CheckImage(image string) error
}
