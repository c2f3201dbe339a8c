package runner

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// LocalExecutor runs jobs as local processes (see Launcher) in private
// job directories.
//
// Files per job, from which GetStatus derives the state:
//
//	<JobsDir>/<id>/                 the job directory (exists only once
//	                                fully prepared: built under a temporary
//	                                name and renamed)
//	<LogsDir>/<id>/pid              "<pid> <start time>" of the running process
//	<LogsDir>/<id>/exit             the exit code, once the process ended
//	<LogsDir>/<id>/logs.txt         timestamped output lines
//	<LogsDir>/<id>/metadata.json    the results, written last by Finalize
type LocalExecutor struct {
	// ProjectDir is where the code comes from.
	ProjectDir string
	JobsDir    string
	LogsDir    string
	// Workspace returns the Level 3 directory of a workspace, where all
	// outputs and metadata/<action>.log go.
	Workspace func(workspace string) string
	// Level4 returns the Level 4 directory of a workspace, where
	// moderately_sensitive outputs passing the checks, the explanations
	// replacing those that fail, the logs and a copy of
	// metadata/manifest.json go; nil or "" means none. The manifest is
	// always written to the Level 3 workspace's metadata/ too.
	Level4 func(workspace string) string
	// AgentLogFormat writes the agent's log trailer instead of the CLI's.
	AgentLogFormat bool
	Launcher       *Launcher

	mu      sync.Mutex
	running map[string]*runningProc
}

type runningProc struct {
	cmd  *exec.Cmd
	done chan struct{}
}

func (e *LocalExecutor) jobDir(def *JobDefinition) string { return filepath.Join(e.JobsDir, def.ID) }
func (e *LocalExecutor) logDir(def *JobDefinition) string { return filepath.Join(e.LogsDir, def.ID) }

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// GetStatus derives the job's state from its files and process.
func (e *LocalExecutor) GetStatus(_ context.Context, def *JobDefinition) (Status, error) {
	ld := e.logDir(def)
	if data, err := os.ReadFile(filepath.Join(ld, "metadata.json")); err == nil {
		var md struct {
			Results
			Error string `json:"error"`
		}
		if err := json.Unmarshal(data, &md); err != nil {
			return Status{}, fmt.Errorf("runner: reading %s: %w", filepath.Join(ld, "metadata.json"), err)
		}
		if md.Error != "" {
			return Status{State: StateError, Message: md.Error, Results: &md.Results}, nil
		}
		return Status{State: StateFinalized, Results: &md.Results}, nil
	}
	if exists(filepath.Join(ld, "exit")) {
		return Status{State: StateExecuted}, nil
	}
	if data, err := os.ReadFile(filepath.Join(ld, "pid")); err == nil {
		e.mu.Lock()
		_, ours := e.running[def.ID]
		e.mu.Unlock()
		if ours || processAlive(string(data)) {
			return Status{State: StateExecuting}, nil
		}
		return Status{State: StateError, Message: msgInterrupted}, nil
	}
	if exists(filepath.Join(e.jobDir(def), timestampFile)) {
		return Status{State: StatePrepared}, nil
	}
	return Status{State: StateUnknown}, nil
}

// processStart returns a process's start time (field 22 of
// /proc/<pid>/stat), which tells a live process from a reused pid.
func processStart(pid int) string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	s := string(data)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		fields := strings.Fields(s[i+1:])
		if len(fields) > 19 {
			return fields[19]
		}
	}
	return ""
}

func processAlive(pidFile string) bool {
	f := strings.Fields(pidFile)
	if len(f) != 2 {
		return false
	}
	pid, err := strconv.Atoi(f[0])
	if err != nil {
		return false
	}
	return processStart(pid) == f[1]
}

// Prepare creates the job directory: the project's code (every file but
// .git, metadata/ and files matching any action's output pattern) and the
// output files of the needed actions, copied from the workspace (§4.4).
func (e *LocalExecutor) Prepare(ctx context.Context, def *JobDefinition) (Status, error) {
	st, err := e.GetStatus(ctx, def)
	if err != nil || st.State != StateUnknown {
		return st, err
	}
	dir := e.jobDir(def)
	tmp := dir + ".preparing"
	if err := os.RemoveAll(tmp); err != nil {
		return st, err
	}
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return st, err
	}
	if err := copyCode(e.ProjectDir, tmp, def.AllOutputPatterns); err != nil {
		os.RemoveAll(tmp)
		return st, fmt.Errorf("copying code into the job directory: %w", err)
	}
	ws := e.Workspace(def.Workspace)
	for _, f := range def.Inputs {
		src := filepath.Join(ws, filepath.FromSlash(f))
		if !exists(src) {
			os.RemoveAll(tmp)
			return st, fmt.Errorf("The file %s doesn't exist in workspace %s as requested for job %s", f, def.Workspace, def.ID)
		}
		if err := copyFile(src, filepath.Join(tmp, filepath.FromSlash(f))); err != nil {
			os.RemoveAll(tmp)
			return st, err
		}
	}
	// Files newer than the timestamp are the job's own: make sure the
	// clock has moved past the copies.
	ts := filepath.Join(tmp, timestampFile)
	if err := os.WriteFile(ts, []byte(strconv.FormatInt(time.Now().UnixNano(), 10)), 0o644); err != nil {
		os.RemoveAll(tmp)
		return st, err
	}
	if err := os.RemoveAll(dir); err != nil {
		return st, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return st, err
	}
	return Status{State: StatePrepared}, nil
}

// copyCode copies src into dst, skipping .git, metadata/ and files that
// match any of the output patterns.
func copyCode(src, dst string, patterns []string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel == "." {
			return nil
		}
		slash := filepath.ToSlash(rel)
		if d.IsDir() {
			if slash == ".git" || slash == "metadata" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil // symlinks and devices are not code
		}
		for _, pat := range patterns {
			if matchPattern(pat, slash) {
				return nil
			}
		}
		return copyFile(p, filepath.Join(dst, rel))
	})
}

// copyFile copies a file, creating parent directories and keeping its
// mode (hard links would let a job change the original).
func copyFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, fi.Mode().Perm()|0o200)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chtimes(dst, fi.ModTime(), fi.ModTime())
}

// Execute starts the job's process. Its output goes, line by line with
// timestamps, to logs.txt; when it ends its exit code is written to exit.
func (e *LocalExecutor) Execute(ctx context.Context, def *JobDefinition) (Status, error) {
	st, err := e.GetStatus(ctx, def)
	if err != nil || st.State != StatePrepared {
		return st, err
	}
	ld := e.logDir(def)
	if err := os.MkdirAll(ld, 0o755); err != nil {
		return st, err
	}
	logFile, err := os.OpenFile(filepath.Join(ld, "logs.txt"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return st, err
	}
	proc, err := e.Launcher.Process(def, e.jobDir(def))
	if err != nil {
		// Nothing can run: record it as the job's output and exit code, so
		// Finalize reports it like any failure.
		writeLogLine(logFile, err.Error())
		logFile.Close()
		return Status{State: StateExecuted}, writeFileAtomic(filepath.Join(ld, "exit"), []byte("127"))
	}
	cmd := exec.Command(proc.Argv[0], proc.Argv[1:]...)
	cmd.Dir, cmd.Env = proc.Dir, proc.Env
	cmd.SysProcAttr = procAttr()
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return st, fmt.Errorf("starting %s: %w", proc.Argv[0], err)
	}
	pid := cmd.Process.Pid
	if err := writeFileAtomic(filepath.Join(ld, "pid"), []byte(fmt.Sprintf("%d %s", pid, processStart(pid)))); err != nil {
		_ = cmd.Process.Kill()
	}
	rp := &runningProc{cmd: cmd, done: make(chan struct{})}
	e.mu.Lock()
	if e.running == nil {
		e.running = map[string]*runningProc{}
	}
	e.running[def.ID] = rp
	e.mu.Unlock()
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			writeLogLine(logFile, sc.Text())
		}
		_, _ = io.Copy(io.Discard, pr)
	}()
	go func() {
		err := cmd.Wait()
		pw.Close()
		<-copied
		logFile.Close()
		code := 0
		if err != nil {
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
				if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					code = 128 + int(ws.Signal())
				}
			} else {
				code = 1
			}
		}
		_ = writeFileAtomic(filepath.Join(ld, "exit"), []byte(strconv.Itoa(code)))
		e.mu.Lock()
		delete(e.running, def.ID)
		e.mu.Unlock()
		close(rp.done)
	}()
	return Status{State: StateExecuting}, nil
}

// logTime is the timestamp format of log lines: RFC 3339 UTC with
// nanoseconds, always 30 characters.
const logTime = "2006-01-02T15:04:05.000000000Z"

func writeLogLine(w io.Writer, line string) {
	fmt.Fprintf(w, "%s %s\n", time.Now().UTC().Format(logTime), line)
}

// Wait blocks until the job is no longer executing.
func (e *LocalExecutor) Wait(ctx context.Context, def *JobDefinition) (Status, error) {
	e.mu.Lock()
	rp := e.running[def.ID]
	e.mu.Unlock()
	if rp != nil {
		select {
		case <-rp.done:
		case <-ctx.Done():
			return Status{State: StateExecuting}, ctx.Err()
		}
	}
	return e.GetStatus(ctx, def)
}

// Terminate kills the job's process group.
func (e *LocalExecutor) Terminate(ctx context.Context, def *JobDefinition) (Status, error) {
	st, err := e.GetStatus(ctx, def)
	if err != nil || st.State != StateExecuting {
		return st, err
	}
	e.mu.Lock()
	rp := e.running[def.ID]
	e.mu.Unlock()
	if rp != nil {
		killGroup(rp.cmd.Process.Pid)
		<-rp.done
		return e.GetStatus(ctx, def)
	}
	if data, err := os.ReadFile(filepath.Join(e.logDir(def), "pid")); err == nil && processAlive(string(data)) {
		pid, _ := strconv.Atoi(strings.Fields(string(data))[0])
		killGroup(pid)
	}
	_ = writeFileAtomic(filepath.Join(e.logDir(def), "exit"), []byte("137"))
	return Status{State: StateExecuted}, nil
}

// Finalize processes the outputs (§6): matches them to the patterns,
// copies them into the workspace, applies the Level 4 checks, writes the
// action's log with its summary and the manifest, and finally the
// results to metadata.json. A cancelled job keeps only its log.
func (e *LocalExecutor) Finalize(ctx context.Context, def *JobDefinition, cancelled bool) (Status, error) {
	st, err := e.GetStatus(ctx, def)
	if err != nil || st.State == StateFinalized {
		return st, err
	}
	ld := e.logDir(def)
	if err := os.MkdirAll(ld, 0o755); err != nil {
		return st, err
	}
	res := &Results{Outputs: map[string]string{}, Level4Excluded: map[string]string{}, Cancelled: cancelled}
	exitData, _ := os.ReadFile(filepath.Join(ld, "exit"))
	res.ExitCode, _ = strconv.Atoi(strings.TrimSpace(string(exitData)))
	if st.State == StateError || (!cancelled && st.State != StateExecuted) {
		cancelled = true
		res.Cancelled = true
	}
	if cancelled {
		res.StatusMessage = msgCancelledByUser
		if st.State == StateError {
			res.StatusMessage = st.Message
		}
		return e.writeMetadata(def, res)
	}
	body, _ := os.ReadFile(filepath.Join(ld, "logs.txt"))
	jobDir := e.jobDir(def)
	outputs, unmatched, extra, err := matchOutputs(jobDir, def.OutputSpec)
	if err != nil {
		return st, err
	}
	res.Outputs, res.UnmatchedPatterns, res.UnmatchedOutputs = outputs, unmatched, extra
	ws := e.Workspace(def.Workspace)
	l4 := ""
	if e.Level4 != nil {
		l4 = e.Level4(def.Workspace)
	}
	meta := map[string]*OutputMetadata{}
	for _, name := range slices.Sorted(maps.Keys(outputs)) {
		level := outputs[name]
		src := filepath.Join(jobDir, filepath.FromSlash(name))
		dst := filepath.Join(ws, filepath.FromSlash(name))
		hash, err := copyFileAtomic(src, dst)
		if err != nil {
			return st, fmt.Errorf("copying %s into the workspace: %w", name, err)
		}
		fi, err := os.Stat(dst)
		if err != nil {
			return st, err
		}
		md := &OutputMetadata{Level: level, JobID: def.ID, JobRequest: def.RapID, Action: def.Action, User: def.User,
			Size: fi.Size(), ContentHash: hash, Timestamp: float64(fi.ModTime().UnixNano()) / 1e9}
		meta[name] = md
		if level != "moderately_sensitive" {
			continue
		}
		chk := checkLevel4(def, name, dst)
		md.RowCount, md.ColCount = chk.rows, chk.cols
		if !chk.ok {
			res.Level4Excluded[name] = chk.message
			md.Excluded = true
			msg := chk.message
			md.Message = &msg
		}
		if l4 == "" {
			continue
		}
		l4dst := filepath.Join(l4, filepath.FromSlash(name))
		if chk.ok {
			if _, err := copyFileAtomic(dst, l4dst); err != nil {
				return st, err
			}
			os.Remove(l4dst + ".txt")
		} else {
			os.Remove(l4dst)
			if err := writeFileAtomic(l4dst+".txt", []byte(chk.explanation)); err != nil {
				return st, err
			}
		}
	}
	switch {
	case res.ExitCode != 0:
		res.StatusMessage = msgNonzeroExit
		if mem := memoryMessage(def, res.ExitCode, body); mem != "" {
			res.StatusMessage += ": " + mem
			res.OOMKilled = true
		}
	case len(unmatched) > 0:
		res.StatusMessage = msgUnmatchedPatterns + "\n  " + strings.Join(unmatched, "\n  ")
		if len(extra) > 0 {
			res.Hint = msgUnmatchedPatternHint + "\n  " + strings.Join(extra, "\n  ")
		}
	default:
		res.StatusMessage = msgSucceeded
		if len(res.Level4Excluded) > 0 {
			res.StatusMessage += msgExcludedSuffix
		}
	}
	res.CompletedAt = time.Now().Unix()
	summary := logSummary{
		Agent: e.AgentLogFormat, JobID: def.ID, RapID: def.RapID, ImageID: res.ImageID,
		ExitCode: strconv.Itoa(res.ExitCode), CreatedAt: def.CreatedAt, CompletedAt: res.CompletedAt,
		StatusMsg: res.StatusMessage, Hint: res.Hint, Outputs: outputs, Excluded: res.Level4Excluded,
	}
	if def.AllowDatabaseAccess {
		summary.DatabaseName = "default"
	}
	full := append(body, []byte(summary.String())...)
	if err := writeFileAtomic(filepath.Join(ld, "logs.txt"), full); err != nil {
		return st, err
	}
	logName := filepath.Join("metadata", def.Action+".log")
	if err := writeFileAtomic(filepath.Join(ws, logName), full); err != nil {
		return st, err
	}
	if err := updateManifest(ws, def, meta, def.CurrentActions); err != nil {
		return st, err
	}
	if l4 != "" {
		if err := writeFileAtomic(filepath.Join(l4, logName), full); err != nil {
			return st, err
		}
		if err := updateManifest(l4, def, meta, def.CurrentActions); err != nil {
			return st, err
		}
	}
	return e.writeMetadata(def, res)
}

// memoryMessage explains an exit that looks like running out of memory:
// killed (137) or a MemoryError / allocation failure in the log.
func memoryMessage(def *JobDefinition, code int, log []byte) string {
	oom := code == 137
	for _, sign := range []string{"MemoryError", "cannot allocate vector of size", "runtime: out of memory", "fatal error: out of memory"} {
		if strings.Contains(string(log), sign) {
			oom = true
		}
	}
	if !oom {
		return ""
	}
	if def.MemoryLimit > 0 {
		return fmt.Sprintf("Job ran out of memory (limit was %.2fGB); try a larger limit with `opensafely run -m 8G ...` or fewer concurrent jobs", float64(def.MemoryLimit)/(1<<30))
	}
	return "Job killed by OpenSAFELY admin or memory limits"
}

func (e *LocalExecutor) writeMetadata(def *JobDefinition, res *Results) (Status, error) {
	md := struct {
		*Results
		JobDefinitionID    string `json:"job_definition_id"`
		JobDefinitionRapID string `json:"job_definition_rap_id"`
		Action             string `json:"action"`
		Image              string `json:"image"`
		CreatedAt          int64  `json:"created_at"`
	}{res, def.ID, def.RapID, def.Action, def.Image, def.CreatedAt}
	data, err := json.MarshalIndent(md, "", "  ")
	if err != nil {
		return Status{}, err
	}
	if err := writeFileAtomic(filepath.Join(e.logDir(def), "metadata.json"), data); err != nil {
		return Status{}, err
	}
	return Status{State: StateFinalized, Results: res}, nil
}

// Cleanup removes the job directory and the process files, keeping the
// log and results.
func (e *LocalExecutor) Cleanup(_ context.Context, def *JobDefinition) (Status, error) {
	if err := os.RemoveAll(e.jobDir(def)); err != nil {
		return Status{}, err
	}
	os.RemoveAll(e.jobDir(def) + ".preparing")
	os.Remove(filepath.Join(e.logDir(def), "pid"))
	return Status{State: StateUnknown}, nil
}

// CheckImage reports whether the image can run here (see
// Launcher.CheckImage).
func (e *LocalExecutor) CheckImage(image string) error { return e.Launcher.CheckImage(image) }
