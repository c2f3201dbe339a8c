package runner_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/runner"
)

// TestSandbox runs scripts that try to escape: each must fail, and say
// how, in its log.
func TestSandbox(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "outside.txt")
	p := newProject(t, map[string]string{
		"project.yaml": `version: '5.0'
actions:
  secret:
    run: python:v2 analysis/secret.py
    outputs:
      highly_sensitive:
        s: output/secret.csv
  network:
    run: python:v2 analysis/network.py
    outputs:
      moderately_sensitive:
        r: output/network.txt
  write_outside:
    run: python:v2 analysis/write_outside.py
    outputs:
      moderately_sensitive:
        r: output/write_outside.txt
  read_undeclared:
    run: python:v2 analysis/read_undeclared.py
    outputs:
      moderately_sensitive:
        r: output/read_undeclared.txt
  memory:
    run: python:v2 analysis/memory.py
    outputs:
      moderately_sensitive:
        r: output/memory.txt
`,
		"analysis/secret.py": "import os\nos.makedirs('output', exist_ok=True)\nopen('output/secret.csv', 'w').write('patient_id\\n1\\n')\n",
		// Each script writes "ESCAPED" to its output only if the attempt
		// worked; otherwise it exits 1 with the error.
		"analysis/network.py": `import socket, sys
for target in [("pypi.org", 443), ("1.1.1.1", 53)]:
    try:
        socket.create_connection(target, timeout=3)
    except OSError as e:
        print("network blocked:", target, e)
        continue
    open("output/network.txt", "w").write("ESCAPED")
    sys.exit(0)
sys.exit(1)
`,
		// (/tmp is private scratch space, as in a container: writable,
		// discarded.)
		"analysis/write_outside.py": fmt.Sprintf(`import sys
blocked = 0
for path in [%q, %q, "/etc/escaped", "/usr/escaped"]:
    try:
        open(path, "w").write("ESCAPED")
        print("wrote", path)
    except OSError as e:
        print("write blocked:", path, e)
        blocked += 1
sys.exit(1 if blocked == 4 else 0)
`, outside, "/escaped.txt"),
		"analysis/read_undeclared.py": fmt.Sprintf(`import sys
blocked = 0
for path in ["output/secret.csv", %q, %q]:
    try:
        print("read", path, open(path).read())
    except OSError as e:
        print("read blocked:", path, e)
        blocked += 1
sys.exit(1 if blocked == 3 else 0)
`, "PROJECT/output/secret.csv", "PROJECT/project.yaml"),
		"analysis/memory.py": "import sys\ntry:\n    x = bytearray(3 * 1024 ** 3)\nexcept MemoryError:\n    print('MemoryError: limit enforced')\n    raise\n",
	})
	// Absolute paths of the project, invisible inside the sandbox.
	script := filepath.Join(p.dir, "analysis/read_undeclared.py")
	writeFiles(t, p.dir, map[string]string{"analysis/read_undeclared.py": strings.ReplaceAll(readFile(t, script), "PROJECT", p.dir)})

	out, _, err := p.run([]string{"secret", "network", "write_outside", "read_undeclared", "memory"},
		func(o *runner.Options) { o.ContinueOnError = true; o.MemoryLimit = 1 << 30 })
	if err != nil {
		t.Fatal(err)
	}
	jobs := jobsByAction(out)
	if jobs["secret"].State != runner.Succeeded {
		t.Fatalf("secret: %s", jobs["secret"].StatusMessage)
	}
	for action, want := range map[string]string{
		"network":         "network blocked: ('1.1.1.1', 53)",
		"write_outside":   "write blocked: /usr/escaped",
		"read_undeclared": "read blocked: " + p.dir + "/project.yaml",
		"memory":          "MemoryError: limit enforced",
	} {
		j := jobs[action]
		log := readFile(t, filepath.Join(p.dir, "metadata", action+".log"))
		if j.State != runner.Failed || j.StatusCode != runner.NonzeroExit {
			t.Errorf("%s: %s %s; log:\n%s", action, j.State, j.StatusCode, log)
		}
		if !strings.Contains(log, want) {
			t.Errorf("%s: log lacks %q:\n%s", action, want, log)
		}
	}
	if !strings.Contains(jobs["memory"].StatusMessage, "Job ran out of memory (limit was 1.00GB)") {
		t.Errorf("memory: %q", jobs["memory"].StatusMessage)
	}
	if !strings.Contains(readFile(t, filepath.Join(p.dir, "metadata/read_undeclared.log")), "read blocked: output/secret.csv") {
		t.Error("an action read another action's output without needing it")
	}
	if _, err := os.Stat(outside); err == nil {
		t.Error("a job wrote outside its directory")
	}
}
