package syntax

import (
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	src := definitionLike(2500)
	Parse("d.py", src)
	n := 100
	start := cpuTime()
	wall := time.Now()
	for i := 0; i < n; i++ {
		Parse("d.py", src)
	}
	t.Logf("thread cpu per parse: %v, wall %v, lines %d bytes %d", (cpuTime()-start)/time.Duration(n), time.Since(wall)/time.Duration(n), 2500, len(src))
}
