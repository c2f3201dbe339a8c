package runner

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// No Docker engine runs on the development machines, so this test checks
// what the DockerExecutor sends, against an HTTP server on a Unix socket
// that answers like the engine for one container: the requests (paths,
// container configuration), the log stream decoding and that the job's
// outputs are processed. It does not prove a real engine accepts them.
func TestDockerExecutorRequests(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, "study")
	if err := os.MkdirAll(filepath.Join(project, "analysis"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(project, "analysis", "a.py"), []byte("print('hi')"), 0o644)

	var (
		mu       sync.Mutex
		requests []string
		created  containerConfig
		started  bool
	)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		requests = append(requests, r.Method+" "+r.URL.Path+"?"+r.URL.RawQuery)
		path := strings.TrimPrefix(r.URL.Path, "/v1.41")
		switch {
		case r.Method == "GET" && path == "/containers/os-job-job1/json":
			if !started {
				w.WriteHeader(404)
				io.WriteString(w, `{"message":"No such container: os-job-job1"}`)
				return
			}
			io.WriteString(w, `{"State":{"Status":"exited","Running":false,"ExitCode":0,"OOMKilled":false}}`)
		case r.Method == "POST" && path == "/containers/create":
			if err := json.NewDecoder(r.Body).Decode(&created); err != nil {
				t.Error(err)
			}
			w.WriteHeader(201)
			io.WriteString(w, `{"Id":"abc","Warnings":[]}`)
		case r.Method == "POST" && path == "/containers/os-job-job1/start":
			// Act as the container: write the output into the bind mount.
			host := strings.Split(created.HostConfig.Binds[0], ":")[0]
			os.MkdirAll(filepath.Join(host, "output"), 0o755)
			os.WriteFile(filepath.Join(host, "output", "t.csv"), []byte("n\n1\n"), 0o644)
			started = true
			w.WriteHeader(204)
		case r.Method == "POST" && path == "/containers/os-job-job1/wait":
			io.WriteString(w, `{"StatusCode":0}`)
		case r.Method == "GET" && path == "/containers/os-job-job1/logs":
			for _, line := range []string{"2024-01-02T03:04:05.1Z hello\n", "2024-01-02T03:04:06.123456789Z world\n"} {
				hdr := make([]byte, 8)
				hdr[0] = 1
				binary.BigEndian.PutUint32(hdr[4:], uint32(len(line)))
				w.Write(hdr)
				io.WriteString(w, line)
			}
		case r.Method == "DELETE" && path == "/containers/os-job-job1":
			w.WriteHeader(204)
		default:
			w.WriteHeader(500)
		}
	})
	sock := filepath.Join(dir, "docker.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	local := &LocalExecutor{ProjectDir: project, JobsDir: filepath.Join(dir, "jobs"), LogsDir: filepath.Join(dir, "logs"),
		Workspace: func(string) string { return project }}
	ex := &DockerExecutor{LocalExecutor: local, Client: NewDockerClient(sock)}
	def := &JobDefinition{ID: "job1", RapID: "r1", Workspace: "study", Action: "a", Image: "python:latest",
		Args: []string{"analysis/a.py"}, OutputSpec: map[string]string{"output/t.csv": "moderately_sensitive"},
		MemoryLimit: 4 << 30, CPUCount: 2}
	ctx := context.Background()
	for _, step := range []func() (Status, error){
		func() (Status, error) { return ex.Prepare(ctx, def) },
		func() (Status, error) { return ex.Execute(ctx, def) },
		func() (Status, error) { return ex.Wait(ctx, def) },
		func() (Status, error) { return ex.Finalize(ctx, def, false) },
	} {
		if _, err := step(); err != nil {
			t.Fatal(err)
		}
	}
	st, err := ex.GetStatus(ctx, def)
	if err != nil || st.State != StateFinalized || st.Results.Outputs["output/t.csv"] != "moderately_sensitive" || st.Results.StatusMessage != "Completed successfully" {
		t.Fatalf("status %+v %v", st, err)
	}
	if _, err := ex.Cleanup(ctx, def); err != nil {
		t.Fatal(err)
	}
	if created.Image != "ghcr.io/opensafely-core/python:v1" || strings.Join(created.Cmd, " ") != "analysis/a.py" ||
		created.WorkingDir != "/workspace" || created.HostConfig.NetworkMode != "none" || !created.NetworkDisabled ||
		created.HostConfig.Memory != 4<<30 || created.HostConfig.NanoCPUs != 2e9 || !created.HostConfig.Init ||
		strings.Join(created.HostConfig.CapDrop, ",") != "ALL" || strings.Join(created.HostConfig.SecurityOpt, ",") != "no-new-privileges" ||
		created.HostConfig.Binds[0] != filepath.Join(dir, "jobs", "job1")+":/workspace" || created.Labels["action"] != "a" {
		t.Errorf("create request: %+v", created)
	}
	if !strings.Contains(strings.Join(created.Env, " "), "OPENSAFELY_BACKEND=expectations") {
		t.Errorf("env %v", created.Env)
	}
	log := readTestFile(t, filepath.Join(project, "metadata", "a.log"))
	if !strings.HasPrefix(log, "2024-01-02T03:04:05.100000000Z hello\n2024-01-02T03:04:06.123456789Z world\n\n\njob_definition_id: job1\n") {
		t.Errorf("log:\n%s", log)
	}
	wantReqs := []string{
		"GET /v1.41/containers/os-job-job1/json?", "POST /v1.41/containers/create?name=os-job-job1",
		"POST /v1.41/containers/os-job-job1/start?", "POST /v1.41/containers/os-job-job1/wait?",
		"GET /v1.41/containers/os-job-job1/json?", "GET /v1.41/containers/os-job-job1/logs?stderr=1&stdout=1&tail=100000&timestamps=1",
		"DELETE /v1.41/containers/os-job-job1?force=1",
	}
	got := strings.Join(requests, "\n")
	for _, w := range wantReqs {
		if !strings.Contains(got, w) {
			t.Errorf("no request %q in:\n%s", w, got)
		}
	}
}

func readTestFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
