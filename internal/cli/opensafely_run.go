package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/opensafely-go/opensafely/internal/pipeline"
	"github.com/opensafely-go/opensafely/internal/runner"
)

// ehrqlJobName is the hidden opensafely command that runs the ehrql
// program; the runner starts ehrQL actions as "<self> _ehrql -- ARGS".
const ehrqlJobName = "_ehrql"

func ehrqlJobCommand() *Command {
	return &Command{
		Name:    ehrqlJobName,
		Usage:   "-- EHRQL_ARGS...",
		Short:   "Run the ehrql program (used by the runner for ehrQL actions)",
		Hidden:  true,
		RawArgs: true,
		Flags: func(*flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, _ []string) error {
				if len(args) > 0 && args[0] == "--" {
					args = args[1:]
				}
				if code := Ehrql().Run(s, args); code != 0 {
					return codedError{errors.New(""), code}
				}
				return nil
			}
		},
	}
}

// ehrqlCommandLine is how the runner starts the ehrql program: this very
// binary with the hidden command.
func ehrqlCommandLine() ([]string, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find the opensafely executable to run ehrQL actions: %w", err)
	}
	return []string{self, ehrqlJobName, "--"}, nil
}

// parseMemory parses "4G", "512M", "1.5g", "1000000" into bytes.
func parseMemory(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := 1.0
	for _, u := range []struct {
		suffix string
		mult   float64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("invalid memory limit %q: use a number with a unit, e.g. 4G or 512M", s)
	}
	return int64(f * mult), nil
}

// runDirs are where a local run keeps its state, under <project>/metadata.
type runDirs struct {
	state, jobs, logs, level4 string
}

func localDirs(project string) runDirs {
	md := filepath.Join(project, "metadata")
	return runDirs{
		state:  filepath.Join(md, "db.bbolt"),
		jobs:   filepath.Join(md, "volumes"),
		logs:   filepath.Join(md, "jobs"),
		level4: filepath.Join(md, "level4"),
	}
}

func runCommand() *Command {
	return &Command{
		Name:  "run",
		Usage: "ACTION... [-f] [--continue-on-error] [--timestamps] [--project-dir DIR] [-c N] [-m MEM] [--cpus N] [--format-output-for-github] [--debug] [--reuse-stale]",
		Short: "Run project.yaml actions locally",
		Long: `Runs the named actions of project.yaml (run_all: every action) and,
first, the actions they need whose outputs are missing, failed or out of
date. ehrQL actions run in this binary with dummy data; python, r and
stata-mp actions run their interpreter in a sandbox without network access
whose only writable directory is the job's own (python:v2 needs
'opensafely pull python:v2' once). Each job sees the project's code and
only the outputs of the actions it needs.

Outputs matching the declared patterns are copied into the project;
metadata/<action>.log holds each job's log and summary,
metadata/manifest.json the outputs' metadata, and metadata/level4/ what
would be released for review: moderately_sensitive files that pass the
Level 4 checks (file type, 16 MB, 5,000 CSV rows, no patient_id column), a
.txt explanation in place of those that fail.

A succeeded dependency is reused unless -f is given, its outputs are
missing, or (unlike the reference) the files it read changed or one of its
own dependencies ran again since: the run says so and re-runs it.
--reuse-stale reuses it anyway, as the reference does.

Job state lives in metadata/db.bbolt: an interrupted run loses nothing
that finished, and the next run re-runs only what did not.

Exit status: 0 when every job run succeeded (or nothing needed running),
1 when one failed or the request was invalid.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			force := fs.Bool("f", false, "re-run dependencies even if their outputs exist")
			fs.BoolVar(force, "force-run-dependencies", false, "same as -f")
			keepGoing := fs.Bool("continue-on-error", false, "keep running other actions after one failed")
			timestamps := fs.Bool("timestamps", false, "prefix progress lines with UTC timestamps")
			projectDir := fs.String("project-dir", ".", "the project `DIR`")
			concurrency := fs.Int("c", 2, "number of jobs run at once")
			fs.IntVar(concurrency, "concurrency", 2, "same as -c")
			fs.Bool("clean-up-docker-objects", true, "accepted for compatibility (there are no Docker objects to clean up locally)")
			memory := fs.String("m", "4G", "per-job memory `LIMIT`")
			fs.StringVar(memory, "memory", "4G", "same as -m")
			cpus := fs.Float64("cpus", 2, "per-job CPU limit (recorded; local jobs are not CPU-capped)")
			fs.Float64Var(cpus, "cpu", 2, "same as --cpus")
			github := fs.Bool("format-output-for-github", false, "group output for GitHub Actions logs")
			debug := fs.Bool("debug", false, "keep job directories (metadata/volumes/) after the run")
			reuseStale := fs.Bool("reuse-stale", false, "reuse succeeded dependencies even if their inputs changed (the reference behaviour)")
			docker := fs.Bool("docker", false, "run every action in the reference Docker images through the Docker engine (/var/run/docker.sock or $DOCKER_HOST unix://...) instead of locally")
			return func(s Streams, args, _ []string) error {
				if len(args) == 0 {
					return &UsageError{Msg: "the following arguments are required: actions"}
				}
				mem, err := parseMemory(*memory)
				if err != nil {
					return &UsageError{Msg: err.Error()}
				}
				ehrqlCmd, err := ehrqlCommandLine()
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
				defer stop()
				return runActions(ctx, s, runSettings{
					projectDir: *projectDir, actions: args, force: *force, continueOnError: *keepGoing,
					timestamps: *timestamps, concurrency: *concurrency, memory: mem, cpus: *cpus,
					github: *github, debug: *debug, reuseStale: *reuseStale, ehrql: ehrqlCmd, docker: *docker,
				})
			}
		},
	}
}

type runSettings struct {
	projectDir                         string
	actions                            []string
	force, continueOnError, timestamps bool
	concurrency                        int
	memory                             int64
	cpus                               float64
	github, debug, reuseStale, docker  bool
	ehrql                              []string
	envDir                             string
}

// exitError is a failure already reported to the user.
type exitError struct{ code int }

func (e exitError) Error() string { return "" }
func (e exitError) ExitCode() int { return e.code }

func runActions(ctx context.Context, s Streams, cfg runSettings) error {
	dir, err := filepath.Abs(cfg.projectDir)
	if err != nil {
		return err
	}
	project, err := pipeline.Load(dir)
	if err != nil {
		var pe *pipeline.Error
		if errors.As(err, &pe) && pe.Kind == pipeline.NotFound {
			return fmt.Errorf("%s", pe.Msg)
		}
		return err
	}
	for _, w := range project.Warnings {
		fmt.Fprintln(s.Stderr, w.Msg)
	}
	dirs := localDirs(dir)
	store, err := runner.OpenStore(dirs.state)
	if err != nil {
		return err
	}
	defer store.Close()
	exec := &runner.LocalExecutor{
		ProjectDir: dir, JobsDir: dirs.jobs, LogsDir: dirs.logs,
		Workspace: func(string) string { return dir },
		Level4:    func(string) string { return dirs.level4 },
		Launcher:  &runner.Launcher{EhrqlCommand: cfg.ehrql, Envs: &runner.Environments{Dir: cfg.envDir}, Hide: []string{dir}},
	}
	var executor runner.Executor = exec
	if cfg.docker {
		client := runner.NewDockerClient(strings.TrimPrefix(os.Getenv("DOCKER_HOST"), "unix://"))
		pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := client.Ping(pingCtx); err != nil {
			return fmt.Errorf("opensafely run --docker needs a running Docker engine: %v", err)
		}
		executor = &runner.DockerExecutor{LocalExecutor: exec, Client: client}
	}
	username := "unknown"
	if u, err := user.Current(); err == nil {
		username = u.Username
	}
	w := s.Stdout
	out, err := runner.Run(ctx, runner.Options{
		Project: project, ProjectDir: dir, WorkspaceDir: dir, Workspace: filepath.Base(dir),
		Actions: cfg.actions, ForceRunDependencies: cfg.force, ContinueOnError: cfg.continueOnError,
		ReuseStale: cfg.reuseStale, Concurrency: cfg.concurrency, MemoryLimit: cfg.memory, CPUs: cfg.cpus,
		User: username, KeepJobDirs: cfg.debug, Store: store, Executor: executor,
		OnStart: func(out *runner.Outcome) {
			for _, j := range out.Recovered {
				fmt.Fprintf(w, "%s: left unfinished by an earlier run: %s\n", j.Action, firstLineOf(j.StatusMessage))
			}
			for _, st := range out.Stale {
				fmt.Fprintf(w, "%s: %s\n", st.Action, st.String())
			}
			if len(out.Jobs) > 0 {
				names := make([]string, len(out.Jobs))
				for i, j := range out.Jobs {
					names[i] = j.Action
				}
				fmt.Fprintf(w, "Running actions: %s\n\n", strings.Join(names, ", "))
			}
		},
		Progress: func(ev runner.Event) { printEvent(w, ev, cfg.timestamps) },
	})
	if err != nil {
		var re *runner.RequestError
		if errors.As(err, &re) {
			fmt.Fprintf(w, "=> %s\n", re.Name)
			fmt.Fprintln(w, indent(re.Msg, "   "))
			if re.ValidActions != nil {
				fmt.Fprintln(w, "\nValid action names are:")
				for _, a := range re.ValidActions {
					fmt.Fprintf(w, "  %s\n", a)
				}
				fmt.Fprintf(w, "  %s (runs all actions in project)\n", pipeline.RunAll)
			}
			return exitError{1}
		}
		return err
	}
	return printOutcome(w, dir, out, cfg)
}

func printEvent(w io.Writer, ev runner.Event, timestamps bool) {
	prefix := ""
	if timestamps {
		prefix = ev.Time.UTC().Format("2006-01-02 15:04:05") + " "
	}
	fmt.Fprintf(w, "%s%s: %s\n", prefix, ev.Action, ev.Message)
}

func indent(s, pad string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}

// printOutcome prints the end-of-run summary (pipeline.md §7.2 step 9)
// and returns the exit status.
func printOutcome(w io.Writer, dir string, out *runner.Outcome, cfg runSettings) error {
	if out.NothingToDo != "" {
		// The CLI's wording (pipeline.md §7.2 step 4), not the server's.
		fmt.Fprintln(w, "=> All actions already completed successfully")
		fmt.Fprintln(w, "   Use -f option to force everything to re-run")
		return nil
	}
	var finished []*runner.Job
	for _, j := range out.Jobs {
		if j.StatusCode == runner.DependencyFailed || j.StartedAt == 0 {
			continue
		}
		finished = append(finished, j)
	}
	sort.SliceStable(finished, func(a, b int) bool {
		sa, sb := finished[a].State == runner.Succeeded, finished[b].State == runner.Succeeded
		if sa != sb {
			return sa
		}
		return finished[a].StartedAt < finished[b].StartedAt
	})
	fmt.Fprintln(w)
	if len(finished) == 0 {
		fmt.Fprintln(w, "=> No jobs completed")
	}
	ok := true
	for _, j := range out.Jobs {
		if j.State != runner.Succeeded {
			ok = false
		}
	}
	for _, j := range finished {
		group(w, cfg.github, "=> "+j.Action, func() {
			if !cfg.github {
				fmt.Fprintf(w, "=> %s\n", j.Action)
			}
			fmt.Fprintln(w, indent(j.StatusMessage, "   "))
			if j.Hint != "" {
				fmt.Fprintln(w, indent(j.Hint, "   "))
			}
			logName := filepath.Join("metadata", j.Action+".log")
			fmt.Fprintln(w)
			fmt.Fprintf(w, "   log file: %s\n", logName)
			fmt.Fprintln(w, "   outputs:")
			if len(j.Outputs) == 0 {
				fmt.Fprintln(w, "     (no outputs)")
			}
			names := make([]string, 0, len(j.Outputs))
			width := 0
			for n := range j.Outputs {
				names = append(names, n)
				width = max(width, len(n))
			}
			sort.Strings(names)
			for _, n := range names {
				fmt.Fprintf(w, "     %-*s  - %s\n", width, n, j.Outputs[n])
			}
			if len(j.Level4ExcludedFiles) > 0 {
				fmt.Fprintln(w, "   invalid moderately_sensitive outputs:")
				ex := make([]string, 0, len(j.Level4ExcludedFiles))
				for n := range j.Level4ExcludedFiles {
					ex = append(ex, n)
				}
				sort.Strings(ex)
				for _, n := range ex {
					fmt.Fprintf(w, "     %s  - %s\n", n, j.Level4ExcludedFiles[n])
				}
			}
			if j.StatusCode == runner.NonzeroExit {
				if tail := logTail(filepath.Join(dir, logName), 32); tail != "" {
					fmt.Fprintln(w, "   logs (truncated):")
					fmt.Fprintln(w, indent(tail, "     "))
				}
			}
			if cfg.github {
				if data, err := os.ReadFile(filepath.Join(dir, logName)); err == nil {
					fmt.Fprintf(w, "::group::log file: %s\n%s::endgroup::\n", logName, data)
				}
			}
			fmt.Fprintln(w)
		})
	}
	if !ok {
		return exitError{1}
	}
	return nil
}

func firstLineOf(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// group wraps body in a GitHub Actions log group when github is set.
func group(w io.Writer, github bool, title string, body func()) {
	if github {
		fmt.Fprintf(w, "::group::\x1b[1m%s\x1b[0m\n", title)
		body()
		fmt.Fprintln(w, "::endgroup::")
		return
	}
	body()
}

// logTail returns the last n lines of a job log's body (before its
// summary), with the 31-character timestamps stripped.
func logTail(name string, n int) string {
	data, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	var body []string
	for _, l := range strings.Split(string(data), "\n") {
		if len(l) < 31 || l[4] != '-' || l[10] != 'T' || l[30] != ' ' {
			break
		}
		body = append(body, l[31:])
	}
	if len(body) > n {
		body = body[len(body)-n:]
	}
	return strings.Join(body, "\n")
}

func pullCommand() *Command {
	return &Command{
		Name:  "pull",
		Usage: "[IMAGE[:TAG]|all] [--force] [--project]",
		Short: "Install the local execution environments (python:v2, ...)",
		Long: `Provisions the local equivalent of an execution image. python:v2 is a
Python virtual environment with a pinned package set (` + strings.Join(runner.PythonV2Packages, ", ") + `),
created with python3 (or $OPENSAFELY_PYTHON) under
$XDG_CACHE_HOME/opensafely/envs (or $OPENSAFELY_ENV_DIR); it needs network
access to the Python package index once. ehrQL images are built into this
binary; r uses the R installed on the machine.

Without IMAGE: the images used by ./project.yaml with --project, else
python:v2.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			force := fs.Bool("force", false, "rebuild even if up to date")
			project := fs.Bool("project", false, "pull the images used by project.yaml in the current directory")
			return func(s Streams, args, _ []string) error {
				envs := &runner.Environments{}
				var images []string
				switch {
				case len(args) > 1:
					return &UsageError{Msg: "expected at most one IMAGE"}
				case len(args) == 1 && args[0] == "all":
					images = []string{"python:v2", "ehrql:v1"}
				case len(args) == 1:
					img := args[0]
					if !strings.Contains(img, ":") {
						img += ":" + map[string]string{"python": "v2", "r": "v2"}[img]
						img = strings.TrimSuffix(img, ":")
					}
					images = []string{img}
				case *project:
					p, err := pipeline.Load(".")
					if err != nil {
						return err
					}
					images = p.Images()
				default:
					images = []string{"python:v2"}
				}
				for _, img := range images {
					if err := envs.Pull(context.Background(), img, *force, s.Stderr); err != nil {
						return err
					}
				}
				return nil
			}
		},
	}
}

func execCommand() *Command {
	return &Command{
		Name:    "exec",
		Usage:   "[-e K=V]... [-m MEM] [-v] IMAGE:TAG [ARGS...]",
		Short:   "Run one command of an image (ehrql:v1, python:v2, ...) in the current directory",
		RawArgs: true,
		Flags: func(*flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, _ []string) error {
				env := map[string]string{}
				var mem int64
				verbose := false
				i := 0
			opts:
				for ; i < len(args); i++ {
					a := args[i]
					value := func() (string, error) {
						if k, v, ok := strings.Cut(a, "="); ok && strings.HasPrefix(k, "--") {
							return v, nil
						}
						if i+1 >= len(args) {
							return "", &UsageError{Msg: "argument " + a + ": expected one argument"}
						}
						i++
						return args[i], nil
					}
					switch {
					case a == "-h" || a == "--help":
						fmt.Fprintf(s.Stdout, "usage: opensafely exec [-e K=V]... [-m MEM] [-v] IMAGE:TAG [ARGS...]\n\n"+
							"Runs ARGS with IMAGE in the current directory, which the command may write to:\n"+
							"ehrql images in this binary, python:v2/r/stata-mp in the sandbox (no network).\n"+
							"Exits with the command's exit status.\n")
						return nil
					case a == "-e" || strings.HasPrefix(a, "--env"):
						v, err := value()
						if err != nil {
							return err
						}
						k, val, _ := strings.Cut(v, "=")
						env[k] = val
					case a == "-m" || strings.HasPrefix(a, "--memory"):
						v, err := value()
						if err != nil {
							return err
						}
						if mem, err = parseMemory(v); err != nil {
							return &UsageError{Msg: err.Error()}
						}
					case a == "-v" || a == "--verbose":
						verbose = true
					case a == "--cpus" || a == "-u" || a == "--user" || a == "--entrypoint":
						if _, err := value(); err != nil {
							return err
						}
					default:
						break opts
					}
				}
				if i >= len(args) {
					return &UsageError{Msg: "the following arguments are required: image"}
				}
				image := args[i]
				if !strings.Contains(image, ":") {
					return &UsageError{Msg: fmt.Sprintf("%s: give the image with a version, e.g. %s:v2", image, image)}
				}
				ehrqlCmd, err := ehrqlCommandLine()
				if err != nil {
					return err
				}
				cwd, err := os.Getwd()
				if err != nil {
					return err
				}
				l := &runner.Launcher{EhrqlCommand: ehrqlCmd, Envs: &runner.Environments{}}
				argv, dir, environ, err := l.Command(&runner.JobDefinition{Image: image, Args: args[i+1:], Env: env, MemoryLimit: mem}, cwd)
				if err != nil {
					return err
				}
				if verbose {
					fmt.Fprintln(s.Stderr, strings.Join(argv, " "))
				}
				cmd := exec.Command(argv[0], argv[1:]...)
				cmd.Dir, cmd.Env = dir, environ
				cmd.Stdin, cmd.Stdout, cmd.Stderr = s.Stdin, s.Stdout, s.Stderr
				err = cmd.Run()
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					return codedError{errors.New(""), ee.ExitCode()}
				}
				return err
			}
		},
	}
}
