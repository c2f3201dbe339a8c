package runner

import "syscall"

// procAttr puts a job's process in its own process group (so Terminate
// kills all of it) and kills it if the runner dies.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killGroup kills a job's process group.
func killGroup(pid int) { _ = syscall.Kill(-pid, syscall.SIGKILL) }
