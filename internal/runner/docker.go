package runner

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DockerClient talks to a Docker Engine over its HTTP API on a Unix
// socket, with the standard library only (no Docker SDK).
type DockerClient struct {
	// Socket is the engine's socket (default /var/run/docker.sock).
	Socket string
	// APIVersion prefixes paths, e.g. "v1.41" (the engine's minimum
	// version for everything used here).
	APIVersion string
	http       *http.Client
}

// NewDockerClient returns a client for the socket ("" for the default).
func NewDockerClient(socket string) *DockerClient {
	if socket == "" {
		socket = "/var/run/docker.sock"
	}
	c := &DockerClient{Socket: socket, APIVersion: "v1.41"}
	c.http = &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", c.Socket)
		},
	}}
	return c
}

// DockerError is an error status from the engine.
type DockerError struct {
	Status  int
	Message string
}

func (e *DockerError) Error() string { return fmt.Sprintf("docker: %d %s", e.Status, e.Message) }

func isNotFound(err error) bool {
	var de *DockerError
	return errors.As(err, &de) && de.Status == http.StatusNotFound
}

// do sends a request; body (if not nil) is JSON-encoded; out (if not nil)
// receives the decoded JSON reply.
func (c *DockerClient) do(ctx context.Context, method, path string, query url.Values, body, out any) error {
	resp, err := c.raw(ctx, method, path, query, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	return nil
}

func (c *DockerClient) raw(ctx context.Context, method, path string, query url.Values, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(data)
	}
	u := "http://docker/" + c.APIVersion + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("docker: cannot reach the Docker engine at %s (is Docker running?): %w", c.Socket, err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		var msg struct{ Message string }
		data, _ := io.ReadAll(resp.Body)
		if json.Unmarshal(data, &msg) != nil || msg.Message == "" {
			msg.Message = strings.TrimSpace(string(data))
		}
		return nil, &DockerError{Status: resp.StatusCode, Message: msg.Message}
	}
	return resp, nil
}

// Ping checks the engine answers.
func (c *DockerClient) Ping(ctx context.Context) error {
	return c.do(ctx, http.MethodGet, "/_ping", nil, nil, nil)
}

// containerConfig is the body of POST /containers/create.
type containerConfig struct {
	Image           string
	Cmd             []string
	Env             []string
	WorkingDir      string
	User            string `json:",omitempty"`
	Labels          map[string]string
	NetworkDisabled bool
	HostConfig      hostConfig
}

type hostConfig struct {
	Binds       []string
	NetworkMode string
	Init        bool
	Memory      int64 `json:",omitempty"`
	NanoCPUs    int64 `json:",omitempty"`
	CapDrop     []string
	SecurityOpt []string
	AutoRemove  bool
}

type containerState struct {
	Status     string
	Running    bool
	OOMKilled  bool
	ExitCode   int
	StartedAt  string
	FinishedAt string
}

// DockerExecutor runs jobs in the reference images through a Docker
// engine (pipeline.md §4.1), for machines that have Docker and the
// images. Job directories, output processing, logs and the manifest are
// the LocalExecutor's; only the process is a container named
// os-job-<id> with the job directory bind-mounted at /workspace, no
// network, all capabilities dropped, no-new-privileges, the invoking
// uid:gid and the CPU and memory limits.
type DockerExecutor struct {
	*LocalExecutor
	Client *DockerClient
	// Registry prefixes image names (default ghcr.io/opensafely-core).
	Registry string
}

func containerName(def *JobDefinition) string { return "os-job-" + def.ID }

func (e *DockerExecutor) registry() string {
	if e.Registry != "" {
		return e.Registry
	}
	return "ghcr.io/opensafely-core"
}

// createRequest is the container configuration for a job.
func (e *DockerExecutor) createRequest(def *JobDefinition) containerConfig {
	env := jobEnv(def)
	env["HOME"] = "/tmp"
	var envList []string
	for _, k := range slices.Sorted(maps.Keys(env)) {
		envList = append(envList, k+"="+env[k])
	}
	image := def.Image
	if strings.HasSuffix(image, ":latest") {
		image = strings.TrimSuffix(image, ":latest") + ":v1"
	}
	cfg := containerConfig{
		Image: e.registry() + "/" + image, Cmd: def.Args, Env: envList, WorkingDir: "/workspace",
		User: fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid()),
		Labels: map[string]string{
			"org.opensafely.action": def.Action, "workspace": def.Workspace, "action": def.Action,
			"job-runner": "true", "jobrunner-local": "true", "vendor": "OpenSAFELY",
		},
		NetworkDisabled: true,
		HostConfig: hostConfig{
			Binds:       []string{e.jobDir(def) + ":/workspace"},
			NetworkMode: "none", Init: true, Memory: def.MemoryLimit,
			NanoCPUs: int64(def.CPUCount * 1e9),
			CapDrop:  []string{"ALL"}, SecurityOpt: []string{"no-new-privileges"},
		},
	}
	return cfg
}

// CheckImage reports whether the engine has the image.
func (e *DockerExecutor) CheckImage(image string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if strings.HasSuffix(image, ":latest") {
		image = strings.TrimSuffix(image, ":latest") + ":v1"
	}
	full := e.registry() + "/" + image
	err := e.Client.do(ctx, http.MethodGet, "/images/"+full+"/json", nil, nil, nil)
	if isNotFound(err) {
		return fmt.Errorf("the Docker image %s is not on this machine; fetch it with: docker pull %s", full, full)
	}
	return err
}

func (e *DockerExecutor) inspect(ctx context.Context, def *JobDefinition) (*containerState, error) {
	var info struct{ State containerState }
	err := e.Client.do(ctx, http.MethodGet, "/containers/"+containerName(def)+"/json", nil, nil, &info)
	if err != nil {
		return nil, err
	}
	return &info.State, nil
}

// GetStatus derives the state from the log files and the container.
func (e *DockerExecutor) GetStatus(ctx context.Context, def *JobDefinition) (Status, error) {
	ld := e.logDir(def)
	if exists(filepath.Join(ld, "metadata.json")) || exists(filepath.Join(ld, "exit")) {
		return e.LocalExecutor.GetStatus(ctx, def)
	}
	st, err := e.inspect(ctx, def)
	if isNotFound(err) {
		return e.LocalExecutor.GetStatus(ctx, def)
	}
	if err != nil {
		return Status{}, err
	}
	if st.Running || st.Status == "created" {
		return Status{State: StateExecuting}, nil
	}
	if err := e.collect(ctx, def, st); err != nil {
		return Status{}, err
	}
	return Status{State: StateExecuted}, nil
}

// collect writes an exited container's logs and exit code where
// LocalExecutor.Finalize reads them.
func (e *DockerExecutor) collect(ctx context.Context, def *JobDefinition, st *containerState) error {
	ld := e.logDir(def)
	if err := os.MkdirAll(ld, 0o755); err != nil {
		return err
	}
	resp, err := e.Client.raw(ctx, http.MethodGet, "/containers/"+containerName(def)+"/logs",
		url.Values{"stdout": {"1"}, "stderr": {"1"}, "timestamps": {"1"}, "tail": {"100000"}}, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if err := demuxLogs(resp.Body, &buf); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(ld, "logs.txt"), buf.Bytes()); err != nil {
		return err
	}
	code := st.ExitCode
	if st.OOMKilled && code == 0 {
		code = 137
	}
	return writeFileAtomic(filepath.Join(ld, "exit"), []byte(strconv.Itoa(code)))
}

// demuxLogs turns Docker's multiplexed log stream (8-byte frame headers:
// stream, 3 zero bytes, big-endian length) with timestamps into our log
// lines, timestamps normalised to nanosecond width.
func demuxLogs(r io.Reader, w io.Writer) error {
	var payload bytes.Buffer
	hdr := make([]byte, 8)
	for {
		if _, err := io.ReadFull(r, hdr); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("docker: reading logs: %w", err)
		}
		if _, err := io.CopyN(&payload, r, int64(binary.BigEndian.Uint32(hdr[4:]))); err != nil {
			return fmt.Errorf("docker: reading logs: %w", err)
		}
	}
	sc := bufio.NewScanner(&payload)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		ts, line, _ := strings.Cut(sc.Text(), " ")
		if t, err := time.Parse(time.RFC3339Nano, ts); err == nil {
			ts = t.UTC().Format(logTime)
		}
		fmt.Fprintf(w, "%s %s\n", ts, line)
	}
	return sc.Err()
}

// Execute creates and starts the job's container.
func (e *DockerExecutor) Execute(ctx context.Context, def *JobDefinition) (Status, error) {
	st, err := e.GetStatus(ctx, def)
	if err != nil || st.State != StatePrepared {
		return st, err
	}
	q := url.Values{"name": {containerName(def)}}
	err = e.Client.do(ctx, http.MethodPost, "/containers/create", q, e.createRequest(def), nil)
	var de *DockerError
	if err != nil && !(errors.As(err, &de) && de.Status == http.StatusConflict) {
		return st, err
	}
	if err := e.Client.do(ctx, http.MethodPost, "/containers/"+containerName(def)+"/start", nil, nil, nil); err != nil {
		var de *DockerError
		if !(errors.As(err, &de) && de.Status == http.StatusNotModified) {
			return st, err
		}
	}
	return Status{State: StateExecuting}, nil
}

// Wait blocks until the container exits.
func (e *DockerExecutor) Wait(ctx context.Context, def *JobDefinition) (Status, error) {
	err := e.Client.do(ctx, http.MethodPost, "/containers/"+containerName(def)+"/wait", nil, nil, nil)
	if err != nil && !isNotFound(err) {
		return Status{}, err
	}
	return e.GetStatus(ctx, def)
}

// Terminate kills the container.
func (e *DockerExecutor) Terminate(ctx context.Context, def *JobDefinition) (Status, error) {
	err := e.Client.do(ctx, http.MethodPost, "/containers/"+containerName(def)+"/kill", nil, nil, nil)
	if err != nil && !isNotFound(err) {
		var de *DockerError
		if !(errors.As(err, &de) && de.Status == http.StatusConflict) { // not running
			return Status{}, err
		}
	}
	return e.GetStatus(ctx, def)
}

// Finalize collects the container's results, then processes outputs as
// the LocalExecutor does.
func (e *DockerExecutor) Finalize(ctx context.Context, def *JobDefinition, cancelled bool) (Status, error) {
	if _, err := e.GetStatus(ctx, def); err != nil {
		return Status{}, err
	}
	return e.LocalExecutor.Finalize(ctx, def, cancelled)
}

// Cleanup removes the container and the job directory.
func (e *DockerExecutor) Cleanup(ctx context.Context, def *JobDefinition) (Status, error) {
	err := e.Client.do(ctx, http.MethodDelete, "/containers/"+containerName(def), url.Values{"force": {"1"}}, nil, nil)
	if err != nil && !isNotFound(err) {
		return Status{}, err
	}
	return e.LocalExecutor.Cleanup(ctx, def)
}
