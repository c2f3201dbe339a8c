package runner

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"encoding/hex"
	"strings"
)

// State is a job's coarse state.
type State string

// The job states.
const (
	Pending   State = "pending"
	Running   State = "running"
	Succeeded State = "succeeded"
	Failed    State = "failed"
)

// StatusCode is a job's detailed status (pipeline.md §5.2).
type StatusCode string

// The status codes the local runner uses.
const (
	Created               StatusCode = "created"
	WaitingOnDependencies StatusCode = "waiting_on_dependencies"
	WaitingOnWorkers      StatusCode = "waiting_on_workers"
	Preparing             StatusCode = "preparing"
	Prepared              StatusCode = "prepared"
	Executing             StatusCode = "executing"
	Executed              StatusCode = "executed"
	Finalizing            StatusCode = "finalizing"
	Finalized             StatusCode = "finalized"
	CodeSucceeded         StatusCode = "succeeded"
	DependencyFailed      StatusCode = "dependency_failed"
	NonzeroExit           StatusCode = "nonzero_exit"
	CancelledByUser       StatusCode = "cancelled_by_user"
	UnmatchedPatterns     StatusCode = "unmatched_patterns"
	InternalError         StatusCode = "internal_error"
)

// Status messages (pipeline.md §5.2).
const (
	msgCreated              = "Created"
	msgWaitingOnDeps        = "Waiting on dependencies"
	msgWaitingOnWorkers     = "Waiting on available workers"
	msgSucceeded            = "Completed successfully"
	msgExcludedSuffix       = ", but some file(s) marked as moderately_sensitive were excluded. See job log for details."
	msgDependencyFailed     = "Not starting as dependency failed"
	msgNonzeroExit          = "Job exited with an error"
	msgUnmatchedPatterns    = "No outputs found matching patterns:"
	msgInterrupted          = "Cancelled: the runner was stopped while this job was running"
	msgCancelledByUser      = "Cancelled by user"
	msgUnmatchedPatternHint = "Did you mean to match one of these files instead?"
)

// Job is one execution of one action: the record kept in the state
// database. Lists and maps are stored as JSON.
type Job struct {
	ID        string `json:"id"`
	RapID     string `json:"rap_id"`
	Workspace string `json:"workspace"`
	Action    string `json:"action"`
	// RunCommand is the action's argv joined with shell quoting; Image is
	// its first word, Args the rest (config included).
	RunCommand string   `json:"run_command"`
	Image      string   `json:"image"`
	Args       []string `json:"args"`
	// RequiresOutputsFrom are the action's needs; WaitForJobIDs the jobs
	// of those needs that were not finished when this job was created;
	// InputJobIDs the job of each need whose outputs this job receives.
	RequiresOutputsFrom []string          `json:"requires_outputs_from"`
	WaitForJobIDs       []string          `json:"wait_for_job_ids"`
	InputJobIDs         map[string]string `json:"input_job_ids"`
	// OutputSpec maps privacy level to output name to pattern.
	OutputSpec map[string]map[string]string `json:"output_spec"`
	RequiresDB bool                         `json:"requires_db"`

	State         State      `json:"state"`
	StatusCode    StatusCode `json:"status_code"`
	StatusMessage string     `json:"status_message"`
	Hint          string     `json:"hint,omitempty"`
	// Outputs maps each output file to its privacy level.
	Outputs             map[string]string `json:"outputs"`
	UnmatchedPatterns   []string          `json:"unmatched_patterns"`
	UnmatchedOutputs    []string          `json:"unmatched_outputs"`
	Level4ExcludedFiles map[string]string `json:"level4_excluded_files"`
	ExitCode            *int              `json:"exit_code"`
	Cancelled           bool              `json:"cancelled"`

	// Inputs maps each file the action read (project-relative) to its
	// SHA-256, recorded when the job was prepared; see staleness.go.
	Inputs map[string]string `json:"inputs,omitempty"`

	// Times in Unix seconds, except CreatedAtNs which orders jobs.
	CreatedAt   int64 `json:"created_at"`
	CreatedAtNs int64 `json:"created_at_ns"`
	UpdatedAt   int64 `json:"updated_at"`
	StartedAt   int64 `json:"started_at,omitempty"`
	CompletedAt int64 `json:"completed_at,omitempty"`
}

// IsFinal reports whether the job has finished.
func (j *Job) IsFinal() bool { return j.State == Succeeded || j.State == Failed }

// JobID is the deterministic id of an action's job in a request: the
// lowercase base32 of the first 10 bytes of SHA-1("<rap_id>\n<action>"), so
// the database can be rebuilt from requests.
func JobID(rapID, action string) string {
	sum := sha1.Sum([]byte(rapID + "\n" + action))
	return strings.ToLower(base32.StdEncoding.EncodeToString(sum[:10]))
}

// NewRapID returns a random request id (10 hex digits, as the local CLI).
func NewRapID() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
