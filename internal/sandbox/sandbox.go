// Package sandbox builds the command line that runs a program with no
// network, a read-only view of the system and one writable directory, the
// isolation the runner gives python, r and stata-mp actions instead of a
// Docker container.
//
// It uses bubblewrap (bwrap, Debian package bubblewrap): a new mount
// namespace whose root is an empty tmpfs into which the system directories
// (/usr, /etc, /bin, /lib, ...) and the interpreter's own directories are
// bind-mounted read-only, the job directory bind-mounted read-write at
// /workspace, a private /tmp, new network, IPC, PID, UTS and user
// namespaces (so no network interface but loopback, and no capabilities),
// a non-root uid, a cleared environment and --die-with-parent, so killing
// the runner kills the job. Once everything is mounted the root is
// remounted read-only: /workspace and /tmp (private, discarded) are the
// only writable places. Memory is limited with RLIMIT_AS through
// prlimit(1) (util-linux), which turns an allocation beyond the limit into
// an out-of-memory error in the program rather than a kill.
//
// Nothing of the host outside those mounts is visible: not the project
// directory, not other jobs' directories, not the user's home.
package sandbox

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Spec describes one sandboxed run.
type Spec struct {
	// Dir is the host directory mounted read-write at Workdir.
	Dir string
	// Workdir is where Dir appears inside (default /workspace); it is the
	// working directory.
	Workdir string
	// ReadOnly are extra host paths (files or directories) made visible
	// read-only at the same path, e.g. a Python environment.
	ReadOnly []string
	// Hide are host directories covered by an empty tmpfs when they lie
	// inside a directory made visible (e.g. a project kept under /opt,
	// whose other outputs the job must not see).
	Hide []string
	// Argv is the program and its arguments, as seen inside.
	Argv []string
	// Env is the whole environment inside.
	Env map[string]string
	// MemoryLimit in bytes; 0 means none.
	MemoryLimit int64
	// UID and GID inside the sandbox (default 1000).
	UID, GID int
}

// ErrUnavailable reports that bubblewrap cannot be found.
var ErrUnavailable = errors.New("sandbox: bubblewrap (bwrap) is not installed; install the Debian package bubblewrap (apt-get install bubblewrap)")

// Available reports whether the sandbox can run: bwrap and prlimit found.
func Available() error {
	if _, err := exec.LookPath("bwrap"); err != nil {
		return ErrUnavailable
	}
	if _, err := exec.LookPath("prlimit"); err != nil {
		return errNoPrlimit
	}
	return nil
}

// errNoPrlimit is returned when a memory limit cannot be enforced.
var errNoPrlimit = errors.New("sandbox: prlimit is not installed; install the Debian package util-linux")

// systemDirs are made visible read-only when they exist; a symlink (as on
// merged-/usr systems, /bin -> usr/bin) is recreated as the same symlink.
var systemDirs = []string{"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt"}

// Command returns the bwrap argv for spec.
func Command(spec Spec) ([]string, error) {
	bwrap, err := exec.LookPath("bwrap")
	if err != nil {
		return nil, ErrUnavailable
	}
	prlimit, err := exec.LookPath("prlimit")
	if err != nil && spec.MemoryLimit > 0 {
		return nil, errors.New("sandbox: prlimit is not installed; install the Debian package util-linux")
	}
	if len(spec.Argv) == 0 {
		return nil, errors.New("sandbox: no program to run")
	}
	workdir := spec.Workdir
	if workdir == "" {
		workdir = "/workspace"
	}
	uid, gid := spec.UID, spec.GID
	if uid == 0 {
		uid = 1000
	}
	if gid == 0 {
		gid = 1000
	}
	dir, err := filepath.Abs(spec.Dir)
	if err != nil {
		return nil, fmt.Errorf("sandbox: %w", err)
	}
	args := []string{bwrap,
		"--unshare-all", "--unshare-user", "--uid", strconv.Itoa(uid), "--gid", strconv.Itoa(gid),
		"--die-with-parent", "--new-session", "--cap-drop", "ALL",
		"--clearenv",
	}
	visible := []string{}
	for _, d := range systemDirs {
		fi, err := os.Lstat(d)
		if err != nil {
			continue
		}
		if fi.Mode()&os.ModeSymlink != 0 {
			target, err := os.Readlink(d)
			if err != nil {
				continue
			}
			args = append(args, "--symlink", target, d)
		} else if fi.IsDir() {
			args = append(args, "--ro-bind", d, d)
			visible = append(visible, d)
		}
	}
	// /tmp first, so that read-only paths under /tmp stay visible.
	args = append(args, "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp")
	for _, p := range spec.ReadOnly {
		args = append(args, "--ro-bind", p, p)
		visible = append(visible, p)
	}
	for _, h := range spec.Hide {
		for _, v := range visible {
			if rel, err := filepath.Rel(v, h); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
				args = append(args, "--tmpfs", h)
				break
			}
		}
	}
	args = append(args,
		"--bind", dir, workdir, "--chdir", workdir,
		// The root itself (a tmpfs holding the mount points) becomes
		// read-only once everything is mounted.
		"--remount-ro", "/",
	)
	for _, k := range slices.Sorted(maps.Keys(spec.Env)) {
		args = append(args, "--setenv", k, spec.Env[k])
	}
	args = append(args, "--")
	if spec.MemoryLimit > 0 {
		args = append(args, prlimit, "--as="+strconv.FormatInt(spec.MemoryLimit, 10), "--")
	}
	return append(args, spec.Argv...), nil
}
