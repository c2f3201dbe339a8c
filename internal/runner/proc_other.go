//go:build !linux

package runner

import (
	"os"
	"syscall"
)

// procAttr: elsewhere than Linux, jobs run as plain child processes (only
// ehrQL actions run locally there: the sandbox needs Linux).
func procAttr() *syscall.SysProcAttr { return nil }

// killGroup kills a job's process.
func killGroup(pid int) {
	if p, err := os.FindProcess(pid); err == nil {
		_ = p.Kill()
	}
}
