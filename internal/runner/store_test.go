package runner

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "metadata", "db.bbolt")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	// A second runner on the same project is refused, not blocked.
	if _, err := OpenStore(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	jobs := []*Job{
		{ID: "1", Workspace: "w", Action: "a", State: Succeeded, CreatedAtNs: 1},
		{ID: "2", Workspace: "w", Action: "a", State: Failed, CreatedAtNs: 2},
		{ID: "3", Workspace: "w", Action: "a", State: Failed, Cancelled: true, CreatedAtNs: 3},
		{ID: "4", Workspace: "other", Action: "a", State: Succeeded, CreatedAtNs: 4},
		{ID: "5", Workspace: "w", Action: "b", State: Succeeded, CreatedAtNs: 5},
	}
	if err := s.Put(jobs...); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	latest, err := s.Latest("w")
	if err != nil {
		t.Fatal(err)
	}
	// The latest non-cancelled job per action of the workspace.
	if len(latest) != 2 || latest["a"].ID != "2" || latest["b"].ID != "5" {
		t.Errorf("latest = %v", latest)
	}
	if j, _ := s.Get("4"); j == nil || j.Workspace != "other" {
		t.Errorf("get 4 = %+v", j)
	}
	if j, _ := s.Get("nope"); j != nil {
		t.Errorf("get nope = %+v", j)
	}
}

func TestJobID(t *testing.T) {
	// Deterministic: lowercase base32 of the first 10 bytes of SHA-1 (the
	// expected value computed with Python's hashlib and base64).
	if got := JobID("abcdefghij123456", "generate_dataset"); len(got) != 16 || got != JobID("abcdefghij123456", "generate_dataset") || got == JobID("abcdefghij123456", "other") {
		t.Errorf("JobID = %q", got)
	}
	if got := JobID("r", "a"); got != "dlvtxuwrbjchcmru" {
		t.Errorf("JobID(r, a) = %q", got)
	}
}
