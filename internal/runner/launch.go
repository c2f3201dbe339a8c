package runner

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/sandbox"
)

// Launcher turns a job's image and arguments into the process that runs
// it locally.
//
// ehrQL images (ehrql:v0, ehrql:v1) run as a subprocess of our own binary
// (EhrqlCommand, e.g. "opensafely _ehrql --"), in the job directory: the
// ehrQL interpreter is itself a sandbox (reads only inside the project,
// no writes but the output, no network), and a separate process makes
// the job killable and its working directory private without changing
// the runner's. Always dummy-data mode: no database is ever configured.
//
// python:v2, r and stata-mp run their interpreter in the bubblewrap
// sandbox with the job directory at /workspace.
type Launcher struct {
	// EhrqlCommand is the argv prefix running the ehrql program.
	EhrqlCommand []string
	Envs         *Environments
	// Hide are directories sandboxed jobs must not see even if they lie
	// under a system directory (the project directory: jobs see their
	// own copy at /workspace).
	Hide []string
}

// process is what to start for a job.
type process struct {
	Argv []string
	Dir  string
	Env  []string
}

// jobEnv is the environment every job sees (§4.2).
func jobEnv(def *JobDefinition) map[string]string {
	env := map[string]string{
		"OPENSAFELY_BACKEND": "expectations",
		"HOME":               "/tmp",
		"LANG":               "C.UTF-8",
		"TZ":                 "UTC",
	}
	for k, v := range def.Env {
		env[k] = v
	}
	return env
}

// CheckImage reports whether the image can run here, with a message
// saying how to fix it if not.
func (l *Launcher) CheckImage(image string) error {
	name, _, _ := strings.Cut(image, ":")
	switch name {
	case "ehrql":
		return nil
	case "python":
		if err := sandbox.Available(); err != nil {
			return err
		}
		_, err := l.Envs.Python(image)
		return err
	case "r":
		if err := sandbox.Available(); err != nil {
			return err
		}
		if _, err := exec.LookPath("Rscript"); err != nil {
			return errors.New(rMissing)
		}
		return nil
	case "stata-mp":
		if err := sandbox.Available(); err != nil {
			return err
		}
		if _, err := exec.LookPath("stata-mp"); err != nil {
			return errors.New("Stata is not installed on this machine, so stata-mp actions cannot run locally without Docker.\nInstall Stata MP so that `stata-mp` is on PATH and set STATA_LICENSE, or run on a machine with Docker.")
		}
		if os.Getenv("STATA_LICENSE") == "" {
			return errors.New("stata-mp actions need a Stata licence: set the STATA_LICENSE environment variable")
		}
		return nil
	case "cohortextractor", "databuilder", "sqlrunner", "jupyter":
		return fmt.Errorf("%s actions cannot run without Docker: they need the reference %s image", name, image)
	}
	return fmt.Errorf("%s is a reusable action, which needs Docker and network access to fetch it; it cannot run locally without Docker", image)
}

// Process returns the process that runs def in jobDir.
func (l *Launcher) Process(def *JobDefinition, jobDir string) (*process, error) {
	if err := l.CheckImage(def.Image); err != nil {
		return nil, err
	}
	name, _, _ := strings.Cut(def.Image, ":")
	env := jobEnv(def)
	switch name {
	case "ehrql":
		if len(l.EhrqlCommand) == 0 {
			return nil, errors.New("runner: no ehrql command configured")
		}
		environ := []string{"PATH=" + os.Getenv("PATH")}
		for k, v := range env {
			environ = append(environ, k+"="+v)
		}
		if def.MemoryLimit > 0 {
			environ = append(environ, "GOMEMLIMIT="+strconv.FormatInt(def.MemoryLimit, 10))
		}
		argv := append(append([]string{}, l.EhrqlCommand...), def.Args...)
		return &process{Argv: argv, Dir: jobDir, Env: environ}, nil
	case "python":
		pe, err := l.Envs.Python(def.Image)
		if err != nil {
			return nil, err
		}
		args := def.Args
		if len(args) > 0 && (args[0] == "python" || args[0] == "python3") {
			args = args[1:]
		}
		env["PATH"] = filepath.Join(pe.Dir, "bin") + ":/usr/local/bin:/usr/bin:/bin"
		env["MPLBACKEND"] = "Agg"
		env["PYTHONUNBUFFERED"] = "1"
		env["MPLCONFIGDIR"] = "/tmp/matplotlib"
		return l.sandboxed(def, jobDir, append([]string{pe.Python}, args...), env, []string{pe.Dir, pe.BasePrefix})
	case "r":
		args := def.Args
		if len(args) > 0 && args[0] == "Rscript" {
			args = args[1:]
		}
		env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
		rs, _ := exec.LookPath("Rscript")
		return l.sandboxed(def, jobDir, append([]string{rs}, args...), env, nil)
	case "stata-mp":
		env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
		env["STATA_LICENSE"] = os.Getenv("STATA_LICENSE")
		st, _ := exec.LookPath("stata-mp")
		return l.sandboxed(def, jobDir, append([]string{st, "-b", "do"}, def.Args...), env, nil)
	}
	return nil, fmt.Errorf("runner: cannot run %s", def.Image)
}

func (l *Launcher) sandboxed(def *JobDefinition, jobDir string, argv []string, env map[string]string, ro []string) (*process, error) {
	cmd, err := sandbox.Command(sandbox.Spec{Dir: jobDir, Argv: argv, Env: env, MemoryLimit: def.MemoryLimit, ReadOnly: ro, Hide: l.Hide})
	if err != nil {
		return nil, err
	}
	return &process{Argv: cmd, Dir: jobDir, Env: []string{"PATH=" + os.Getenv("PATH")}}, nil
}

// Command returns the argv, working directory and environment that run
// def with dir as the job directory (for `opensafely exec`).
func (l *Launcher) Command(def *JobDefinition, dir string) (argv []string, wd string, env []string, err error) {
	p, err := l.Process(def, dir)
	if err != nil {
		return nil, "", nil, err
	}
	return p.Argv, p.Dir, p.Env, nil
}
