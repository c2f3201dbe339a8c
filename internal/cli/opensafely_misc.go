package cli

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/atomicfile"
	"github.com/opensafely-go/opensafely/internal/codelists"
	"github.com/opensafely-go/opensafely/internal/pipeline"
	"github.com/opensafely-go/opensafely/internal/runner"
)

// checkCommand is `opensafely check`: everything that can be checked
// without running an action.
func checkCommand() *Command {
	return &Command{
		Name:  "check",
		Usage: "[--project-dir DIR] [--upstream] [--opencodelists-url URL]",
		Short: "Check project.yaml and the codelists without running anything",
		Long: `Validates project.yaml with every rule 'opensafely run' applies, checks
that the scripts and dataset definitions named in the actions' run commands
exist, and checks the codelists as 'opensafely codelists check' does:
codelists.txt, codelists.json and the CSV files agree and no CSV was edited
(a codelists folder with neither codelists.txt nor codelists.json holds only
the study's own codelists and is not checked). With --upstream it also asks
OpenCodelists whether the codelists are still current.

Every problem found is reported, not only the first.

Exit status: 0 when everything is valid, 1 when something is not, 2 for a
mistake in the command line.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			options := codelistsFlags(fs)
			upstream := fs.Bool("upstream", false, "also check the codelists against OpenCodelists (needs the network)")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 0 || len(userArgs) != 0 {
					return &UsageError{Msg: "check takes no arguments"}
				}
				o, err := options(s)
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
				defer stop()
				return runCheck(ctx, s, o, *upstream)
			}
		},
	}
}

// problemsError reports that check found problems (already printed).
type problemsError struct{ n int }

func (e *problemsError) Error() string {
	if e.n == 1 {
		return "opensafely check found 1 problem"
	}
	return fmt.Sprintf("opensafely check found %d problems", e.n)
}

func (*problemsError) ExitCode() int { return 1 }

func runCheck(ctx context.Context, s Streams, o codelists.Options, upstream bool) error {
	problems := 0
	report := func(msg string) {
		problems++
		fmt.Fprintln(s.Stderr, strings.TrimRight(msg, "\n"))
		fmt.Fprintln(s.Stderr)
	}

	project, err := pipeline.Load(o.ProjectDir)
	if err != nil {
		report(err.Error())
	} else {
		for _, w := range project.Warnings {
			fmt.Fprintln(s.Stderr, w.Msg)
		}
		missing := missingRunFiles(project, o.ProjectDir)
		for _, m := range missing {
			report(m)
		}
		if len(missing) == 0 {
			names := project.ActionNames()
			plural := "s"
			if len(names) == 1 {
				plural = ""
			}
			fmt.Fprintf(s.Stdout, "project.yaml is valid: %d action%s (%s)\n", len(names), plural, strings.Join(names, ", "))
		}
	}

	// A codelists folder with neither codelists.txt nor codelists.json
	// holds only the study's own codelists: nothing is managed by
	// 'opensafely codelists' (whose check would fail on it).
	cdir := filepath.Join(o.ProjectDir, codelists.Dir)
	_, statErr := os.Stat(cdir)
	unmanaged := statErr == nil && !exists(filepath.Join(cdir, codelists.ListFile)) && !exists(filepath.Join(cdir, codelists.ManifestFile))
	switch {
	case unmanaged:
		fmt.Fprintf(s.Stdout, "No OpenCodelists codelists to check ('%s/%s' does not exist)\n", codelists.Dir, codelists.ListFile)
	default:
		if err := codelists.Check(ctx, o, upstream); err != nil {
			report(err.Error())
		} else if statErr == nil && !upstream {
			fmt.Fprintln(s.Stdout, "Local codelists OK")
		}
	}
	if problems > 0 {
		return &problemsError{n: problems}
	}
	return nil
}

// scriptSuffixes are the file types each image's run command names.
var scriptSuffixes = map[string][]string{
	"ehrql":           {".py"},
	"databuilder":     {".py"},
	"cohortextractor": {".py"},
	"python":          {".py"},
	"jupyter":         {".py", ".ipynb"},
	"r":               {".R", ".r"},
	"stata-mp":        {".do"},
}

// missingRunFiles returns a message for each script or definition named in
// an action's run command (an argument before any "--" ending in the
// image's script suffix) that is not in the project, unless an action
// produces it.
func missingRunFiles(p *pipeline.Project, dir string) []string {
	var patterns []string
	for _, a := range p.Actions {
		for _, o := range a.Outputs {
			patterns = append(patterns, o.Pattern)
		}
	}
	produced := func(name string) bool {
		for _, pat := range patterns {
			if ok, _ := path.Match(pat, name); ok {
				return true
			}
		}
		return false
	}
	var msgs []string
	for _, a := range p.Actions {
		suffixes := scriptSuffixes[a.Run.Image]
		for _, arg := range a.Run.Args {
			if arg == "--" {
				break
			}
			if strings.HasPrefix(arg, "-") || strings.Contains(arg, "://") || path.IsAbs(arg) || !hasSuffix(arg, suffixes) {
				continue
			}
			name := path.Clean(arg)
			if strings.HasPrefix(name, "../") || produced(name) {
				continue
			}
			if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err == nil && !st.IsDir() {
				continue
			}
			where := fmt.Sprintf("  in %q", p.Filename)
			if a.Pos.Line > 0 {
				where += fmt.Sprintf(", line %d", a.Pos.Line)
			}
			msgs = append(msgs, fmt.Sprintf("Action '%s' runs %s, which does not exist in the project\n%s", a.Name, arg, where))
		}
	}
	return msgs
}

func hasSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// unzipCommand is `opensafely unzip`.
func unzipCommand() *Command {
	return &Command{
		Name:  "unzip",
		Usage: "PATH",
		Short: "Unzip a compressed .csv.gz or .dta.gz file for local viewing",
		Long: `PATH is a .gz file, or a directory in which every .gz file (at any depth) is
unzipped. Each FILE.gz is written to FILE next to it; a FILE newer than
FILE.gz is left alone. Files are written under a temporary name and renamed,
so a failure never leaves part of a file.

Exit status: 0 on success, 1 when PATH does not exist or a file cannot be
unzipped, 2 for a mistake in the command line.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 1 || len(userArgs) != 0 {
					return &UsageError{Msg: "unzip takes one PATH: a .gz file or a directory"}
				}
				return unzipPath(s.Stdout, args[0])
			}
		},
	}
}

func unzipPath(w io.Writer, root string) error {
	root = filepath.Clean(root)
	st, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("%s does not exist", root)
	}
	var paths []string
	if st.IsDir() {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".gz") {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("could not list %s: %v", root, err)
		}
	} else {
		if !strings.HasSuffix(root, ".gz") {
			return fmt.Errorf("%s is not a .gz file", root)
		}
		paths = []string{root}
	}
	for _, p := range paths {
		dst := strings.TrimSuffix(p, ".gz")
		if fresh(dst, p) {
			fmt.Fprintf(w, "%s already unzipped to %s\n", p, dst)
			continue
		}
		if err := gunzip(p, dst); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s unzipped to %s\n", p, dst)
	}
	return nil
}

// fresh reports whether dst exists and is newer than src.
func fresh(dst, src string) bool {
	d, err := os.Stat(dst)
	if err != nil {
		return false
	}
	s, err := os.Stat(src)
	return err == nil && d.ModTime().After(s.ModTime())
}

// gunzip decompresses src to dst, never leaving a partial dst.
func gunzip(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("could not unzip %s: %v", src, err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		return fmt.Errorf("could not unzip %s: %v", src, fmt.Errorf("not a gzip file (%v)", err))
	}
	// Reading to the end makes the gzip reader check the trailer, so a
	// truncated or corrupt file fails the write.
	if err := atomicfile.WriteFrom(dst, zr, 0o644); err != nil {
		return fmt.Errorf("could not unzip %s: %v", src, err)
	}
	return nil
}

// infoCommand is `opensafely info`.
func infoCommand() *Command {
	return &Command{
		Name:  "info",
		Usage: "",
		Short: "Print information about the opensafely tool and available resources",
		Long: `Prints the version, the machine's CPUs and memory (what jobs' --cpus and
--memory limits are taken from), whether the sandbox that runs python, r and
stata-mp actions is available, and, when a Docker engine is running, the
Docker details the reference prints. ehrQL actions need neither.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 0 || len(userArgs) != 0 {
					return &UsageError{Msg: "info takes no arguments"}
				}
				printInfo(s.Stdout)
				return nil
			}
		},
	}
}

func printInfo(w io.Writer) {
	fmt.Fprintf(w, "opensafely version: %s\n", Version)
	fmt.Fprintf(w, "platform: %s/%s, built with %s\n", runtime.GOOS, runtime.GOARCH, runtime.Version())
	fmt.Fprintf(w, "cpu: %d\n", runtime.NumCPU())
	if mem, ok := machineMemory(); ok {
		fmt.Fprintf(w, "memory: %.1fG\n", float64(mem)/(1<<30))
	}
	if p, err := exec.LookPath("bwrap"); err == nil {
		fmt.Fprintf(w, "sandbox: bubblewrap (%s)\n", p)
	} else {
		fmt.Fprintln(w, "sandbox: not available: bubblewrap (bwrap) is not installed; python, r and stata-mp actions need it (Debian package bubblewrap)")
	}
	fmt.Fprintln(w, "execution environments:")
	for _, image := range []string{"ehrql:v1", "ehrql:v0"} {
		fmt.Fprintf(w, "  %-10s built in\n", image)
	}
	envs := &runner.Environments{}
	if env, err := envs.Python("python:v2"); err == nil {
		fmt.Fprintf(w, "  %-10s %s (Python %s; %s)\n", "python:v2", env.Dir, env.Version, strings.Join(env.Packages, ", "))
	} else {
		var missing *runner.MissingEnvError
		if errors.As(err, &missing) {
			fmt.Fprintf(w, "  %-10s not installed: run 'opensafely pull python:v2'\n", "python:v2")
		} else {
			first, _, _ := strings.Cut(err.Error(), "\n")
			fmt.Fprintf(w, "  %-10s needs attention: %s\n", "python:v2", first)
		}
	}
	if p, err := exec.LookPath("Rscript"); err == nil {
		fmt.Fprintf(w, "  %-10s the machine's R (%s)\n", "r:v2", p)
	} else {
		fmt.Fprintf(w, "  %-10s not available: R is not installed (Rscript is not on PATH)\n", "r:v2")
	}
	if d, ok := dockerInfo(); ok {
		fmt.Fprintf(w, "docker version: %s\ndocker memory: %.1fG\ndocker cpu: %d\n", d.ServerVersion, float64(d.MemTotal)/(1<<30), d.NCPU)
	} else {
		fmt.Fprintln(w, "docker: not running (not needed: actions run without Docker)")
	}
}

// machineMemory reads MemTotal from /proc/meminfo (Linux).
func machineMemory() (int64, bool) {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024, err == nil
		}
	}
	return 0, false
}

type dockerDetails struct {
	ServerVersion string
	MemTotal      int64
	NCPU          int
}

// dockerInfo asks a running Docker engine for its details (with a
// timeout: a hung Docker CLI must not hang info).
func dockerInfo() (dockerDetails, bool) {
	if _, err := exec.LookPath("docker"); err != nil {
		return dockerDetails{}, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "docker", "info", "-f", "{{json .}}").Output()
	var d dockerDetails
	if err != nil || json.Unmarshal(out, &d) != nil || d.ServerVersion == "" {
		return dockerDetails{}, false
	}
	return d, true
}

// cleanCommand is `opensafely clean`.
func cleanCommand() *Command {
	return &Command{
		Name:  "clean",
		Usage: "[--project-dir DIR] [--verbose]",
		Short: "Remove leftover job directories and old OpenSAFELY docker containers, volumes and images",
		Long: `Removes the job directories that 'opensafely run' leaves in
metadata/volumes/ (after --debug runs or interrupted runs) once their results
are recorded; a job interrupted before its results were recorded is kept so
that the next 'opensafely run' can recover it. Nothing is removed while an
'opensafely run' is using the project.

When a Docker engine is running, also removes OpenSAFELY docker containers
and volumes and prunes OpenSAFELY images, as the reference does.

Exit status: 0 on success, 1 when something could not be removed or a run is
in progress, 2 for a mistake in the command line.`,
		Flags: func(fs *flag.FlagSet) func(Streams, []string, []string) error {
			projectDir := fs.String("project-dir", ".", "the project directory")
			verbose := fs.Bool("verbose", false, "print all commands and error messages for debugging")
			return func(s Streams, args, userArgs []string) error {
				if len(args) != 0 || len(userArgs) != 0 {
					return &UsageError{Msg: "clean takes no arguments"}
				}
				if err := cleanJobDirs(s.Stdout, *projectDir, *verbose); err != nil {
					return err
				}
				if dockerRunning() {
					cleanDocker(s, *verbose)
				} else if *verbose {
					fmt.Fprintln(s.Stdout, "Docker is not running: no containers, volumes or images to remove")
				}
				return nil
			}
		},
	}
}

// cleanJobDirs removes the job directories of a project's local runs
// whose results are recorded (metadata/jobs/<id>/metadata.json exists),
// directories of jobs the runner has no record of, and half-prepared
// ones (<id>.preparing).
func cleanJobDirs(w io.Writer, project string, verbose bool) error {
	dirs := localDirs(project)
	entries, err := os.ReadDir(dirs.jobs)
	if os.IsNotExist(err) || (err == nil && len(entries) == 0) {
		if verbose {
			fmt.Fprintf(w, "No job directories in %s\n", dirs.jobs)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("could not list %s: %v", dirs.jobs, err)
	}
	if _, err := os.Stat(dirs.state); err == nil {
		store, err := runner.OpenStore(dirs.state)
		if err != nil {
			return fmt.Errorf("not cleaning %s: %v", dirs.jobs, err)
		}
		store.Close()
	}
	var remove, kept []string
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), ".preparing")
		finalized := exists(filepath.Join(dirs.logs, id, "metadata.json"))
		known := exists(filepath.Join(dirs.logs, id))
		if e.Name() != id || finalized || !known {
			remove = append(remove, e.Name())
		} else {
			kept = append(kept, e.Name())
		}
	}
	if len(remove) > 0 {
		fmt.Fprintf(w, "Removing %d job directories from %s...\n", len(remove), dirs.jobs)
	}
	for _, name := range remove {
		p := filepath.Join(dirs.jobs, name)
		if verbose {
			fmt.Fprintf(w, "rm -rf %s\n", p)
		}
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("could not remove %s: %v", p, err)
		}
	}
	for _, name := range kept {
		fmt.Fprintf(w, "Kept %s: the job was interrupted before its results were recorded; run 'opensafely run' again to recover it\n", filepath.Join(dirs.jobs, name))
	}
	return nil
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// dockerRunning reports whether a Docker engine answers.
func dockerRunning() bool {
	_, ok := dockerInfo()
	return ok
}

// The reference's selections of OpenSAFELY docker objects.
const (
	dockerLabelFilter   = "label=org.opencontainers.image.vendor=OpenSAFELY"
	dockerBusyboxFilter = "ancestor=ghcr.io/opensafely-core/busybox"
	dockerNameFilter    = "name=os-job-"
	dockerVolumeFilter  = "name=os-volume-"
)

// cleanDocker removes OpenSAFELY containers and volumes and prunes
// OpenSAFELY images with the docker command, as the reference does.
// Docker failures are reported with --verbose only.
func cleanDocker(s Streams, verbose bool) {
	containers := map[string]bool{}
	for _, f := range []string{dockerLabelFilter, dockerBusyboxFilter, dockerNameFilter, dockerVolumeFilter} {
		for _, id := range dockerLines(s, verbose, "container", "ls", "--all", "--format={{ .ID }}", "--filter", f) {
			containers[id] = true
		}
	}
	if len(containers) > 0 {
		ids := make([]string, 0, len(containers))
		for id := range containers {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		fmt.Fprintf(s.Stdout, "Removing %d OpenSAFELY containers...\n", len(ids))
		dockerLines(s, verbose, append([]string{"rm", "--force"}, ids...)...)
	}
	volumes := dockerLines(s, verbose, "volume", "ls", "--format={{ .Name }}", "--filter", dockerVolumeFilter)
	if len(volumes) > 0 {
		fmt.Fprintf(s.Stdout, "Removing %d OpenSAFELY volumes...\n", len(volumes))
		dockerLines(s, verbose, append([]string{"volume", "rm", "--force"}, volumes...)...)
	}
	fmt.Fprintln(s.Stdout, "Pruning old OpenSAFELY docker images...")
	dockerLines(s, verbose, "image", "prune", "--force", "--filter", dockerLabelFilter)
}

// dockerLines runs docker with args (for at most 2 minutes) and returns
// the non-empty lines it printed.
func dockerLines(s Streams, verbose bool, args ...string) []string {
	if verbose {
		fmt.Fprintln(s.Stdout, "docker "+strings.Join(args, " "))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker", args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if verbose {
			fmt.Fprint(s.Stderr, stderr.String())
		}
		return nil
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}
