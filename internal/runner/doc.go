// Package runner runs the actions of a project.yaml pipeline as jobs, the
// way the reference job runner does on a backend and `opensafely run` does
// locally.
//
// A run starts from requested actions. Scheduling (schedule.go) turns them
// into jobs: run_all expands to every action, each requested action gets a
// new job, and each of its needs is resolved recursively, reusing the
// latest succeeded job of a dependency unless -f forces a re-run, its
// recorded outputs are missing, or (beyond the reference) the files it read
// changed or a dependency of its own ran again since (staleness; Options.
// ReuseStale restores the reference rule). Jobs are kept in a bbolt
// database (store.go) under the project's metadata/ directory, written at
// every state change, so a runner killed at any point can be started again:
// jobs it left running are settled from what the executor finds on disk
// (finalized results are kept, half-run jobs are marked failed and run
// again when requested) and succeeded jobs are never run twice.
//
// Jobs run through an Executor (executor.go), the contract the backend
// agent also uses: Prepare, Execute, Finalize, Terminate, Cleanup and
// GetStatus, each idempotent and each state derivable from the files the
// executor leaves, so the caller can crash between any two calls. The
// LocalExecutor (local.go) gives each job a private directory holding the
// project's code and only the outputs of its needs, runs ehrQL actions as a
// subprocess of our own binary and python/r/stata-mp actions in a sandbox
// (internal/sandbox) with no network, then matches outputs to the declared
// patterns, applies the Level 4 checks to moderately_sensitive files, copies
// outputs into the workspace and writes metadata/<action>.log and
// metadata/manifest.json in the reference's formats (outputs.go). The
// DockerExecutor (docker.go) runs the reference images through the Docker
// Engine API where a Docker engine exists.
package runner
