package runner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestPyMB(t *testing.T) {
	for b, want := range map[int64]string{
		16 * 1024 * 1024: "16.0", 512 * 1024: "0.5", 1024 * 1024: "1.0",
		17*1024*1024 + 300*1024: "17.29", 1: "0.0",
	} {
		if got := pyMB(b); got != want {
			t.Errorf("pyMB(%d) = %s, want %s", b, got, want)
		}
	}
}

func TestCheckLevel4(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		return p
	}
	def := &JobDefinition{}
	cases := []struct {
		name, content, msg string
	}{
		{"ok.csv", "a,b\n1,2\n", ""},
		{"model.rds", "x", "File type of .rds is not valid level 4 file"},
		{"ids.csv", "patient_id\n1\n", "File has patient_id column"},
		{"both.csv", "patient_id\n" + strings.Repeat("1\n", 5001), "File has patient_id column,File row count (5001) exceeds maximum allowed rows (5000)"},
		{"limit.csv", "n\n" + strings.Repeat("1\n", 5000), ""},
		{"empty.csv", "", ""},
	}
	for _, c := range cases {
		res := checkLevel4(def, "output/"+c.name, write(c.name, c.content))
		if res.ok != (c.msg == "") || res.message != c.msg {
			t.Errorf("%s: ok=%v message %q, want %q", c.name, res.ok, res.message, c.msg)
		}
		if !res.ok && !strings.Contains(res.explanation, "output/"+c.name) {
			t.Errorf("%s: explanation does not name the file: %q", c.name, res.explanation)
		}
	}
	small := &JobDefinition{Level4MaxFileSize: 512 * 1024}
	res := checkLevel4(small, "output/big.txt", write("big.txt", strings.Repeat("x", 1024*1024)))
	if res.message != "File size of 1.0Mb is larger that limit of 0.5Mb." {
		t.Errorf("size: %q", res.message)
	}
}

func TestMatchPattern(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"output/*.csv", "output/a.csv", true},
		{"output/*.csv", "output/sub/a.csv", false},
		{"output/*/*.csv", "output/sub/a.csv", true},
		{"output/a.csv", "output/a.csv", true},
		{"output/*.csv", "output/a.csv.gz", false},
	} {
		if got := matchPattern(c.pattern, c.name); got != c.want {
			t.Errorf("matchPattern(%q, %q) = %v", c.pattern, c.name, got)
		}
	}
}

func TestImportedModules(t *testing.T) {
	src := `import os, json as j
from variables import last_matching_event
from .helpers import (a, b)
from pkg.sub import thing
  import indented
x = "import nothing"
`
	got := importedModules([]byte(src))
	want := []string{"os", "json", "variables", "variables.last_matching_event", "helpers", "helpers.a", "helpers.b", "pkg.sub", "pkg.sub.thing", "indented"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestLogSummaryAgentForm(t *testing.T) {
	s := logSummary{Agent: true, JobID: "j", RapID: "r", Commit: "c0ffee", ImageID: "sha256:1", ExitCode: "0",
		CreatedAt: 1, CompletedAt: 2, DatabaseName: "default", StatusMsg: "Completed successfully",
		Outputs: map[string]string{}}
	want := "\n=============JOB SUMMARY=============\njob_definition_id: j\njob_definition_rap_id: r\ncommit: c0ffee\n" +
		"docker_image_id: sha256:1\nexit_code: 0\ncreated_at: 1\ncompleted_at: 2\ndatabase_name: default\n" +
		"status_message: Completed successfully\n\noutputs:\n  (no outputs)\n"
	if got := s.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// BenchmarkPrepareFinalize measures the executor's own work per job,
// without the job's process: copying the code into a job directory,
// matching and copying outputs, the Level 4 checks, the log, the manifest
// and cleaning up.
func BenchmarkPrepareFinalize(b *testing.B) {
	dir := b.TempDir()
	project := filepath.Join(dir, "study")
	for name, content := range map[string]string{
		"project.yaml": "version: '5.0'\n", "analysis/a.py": "print(1)\n", "analysis/lib.py": "x = 1\n",
		"codelists/c.csv": "code,term\n1,one\n", "dummy_tables/patients.csv": "patient_id\n1\n2\n",
	} {
		p := filepath.Join(project, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(content), 0o644)
	}
	ex := &LocalExecutor{ProjectDir: project, JobsDir: filepath.Join(dir, "jobs"), LogsDir: filepath.Join(dir, "logs"),
		Workspace: func(string) string { return project }, Level4: func(string) string { return filepath.Join(dir, "l4") }}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		def := &JobDefinition{ID: fmt.Sprintf("job%d", i), RapID: "r", Workspace: "study", Action: "a", Image: "python:v2",
			OutputSpec: map[string]string{"output/t.csv": "moderately_sensitive"}}
		if _, err := ex.Prepare(ctx, def); err != nil {
			b.Fatal(err)
		}
		// What the job would do.
		jd := filepath.Join(dir, "jobs", def.ID)
		os.MkdirAll(filepath.Join(jd, "output"), 0o755)
		os.WriteFile(filepath.Join(jd, "output", "t.csv"), []byte("a,b\n1,2\n"), 0o644)
		os.MkdirAll(filepath.Join(dir, "logs", def.ID), 0o755)
		os.WriteFile(filepath.Join(dir, "logs", def.ID, "logs.txt"), []byte("2024-01-01T00:00:00.000000000Z hi\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "logs", def.ID, "exit"), []byte("0"), 0o644)
		st, err := ex.Finalize(ctx, def, false)
		if err != nil || st.Results.StatusMessage != "Completed successfully" {
			b.Fatal(err, st.Results)
		}
		if _, err := ex.Cleanup(ctx, def); err != nil {
			b.Fatal(err)
		}
	}
}
