package sandbox

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommand runs a shell in the sandbox: it can write only to its
// directory, sees only the loopback interface, runs as uid 1000 with the
// environment given, and cannot see the host's other files.
func TestCommand(t *testing.T) {
	if err := Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir := t.TempDir()
	hostFile := filepath.Join(t.TempDir(), "host.txt")
	os.WriteFile(hostFile, []byte("secret"), 0o644)
	script := `echo ok > /workspace/out.txt
echo "uid=$(id -u) env=$GREETING pwd=$(pwd)"
tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '
for f in /escaped /usr/escaped /etc/escaped; do (echo x > $f) 2>/dev/null && echo "wrote $f"; done
cat ` + hostFile + ` 2>/dev/null && echo "read host file"
echo done`
	argv, err := Command(Spec{Dir: dir, Argv: []string{"/bin/sh", "-c", script}, Env: map[string]string{"GREETING": "hello", "PATH": "/usr/bin:/bin"}, MemoryLimit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := "uid=1000 env=hello pwd=/workspace\nlo\ndone\n"
	if string(out) != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "out.txt")); strings.TrimSpace(string(data)) != "ok" {
		t.Errorf("out.txt = %q", data)
	}
}

// TestHide covers a directory inside a visible one.
func TestHide(t *testing.T) {
	if err := Available(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	visible := t.TempDir()
	os.MkdirAll(filepath.Join(visible, "project", "output"), 0o755)
	os.WriteFile(filepath.Join(visible, "project", "output", "secret.csv"), []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(visible, "tool.txt"), []byte("tool"), 0o644)
	script := "cat " + filepath.Join(visible, "tool.txt") + "; cat " + filepath.Join(visible, "project/output/secret.csv") + " 2>/dev/null || echo hidden"
	argv, err := Command(Spec{Dir: t.TempDir(), Argv: []string{"/bin/sh", "-c", script}, ReadOnly: []string{visible},
		Hide: []string{filepath.Join(visible, "project"), "/nonexistent/elsewhere"}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil || string(out) != "toolhidden\n" {
		t.Errorf("%v: %q", err, out)
	}
}
