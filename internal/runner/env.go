package runner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// PythonV2Packages is the pinned package set of the python:v2 environment:
// the main analysis libraries of the reference image.
var PythonV2Packages = []string{
	"numpy==2.1.3",
	"pandas==2.2.3",
	"matplotlib==3.9.2",
	"pyarrow==26.0.1",
}

// Environments finds and provisions the local equivalents of the
// execution images (python:v2 is a virtualenv with PythonV2Packages).
type Environments struct {
	// Dir holds one directory per environment (e.g. python-v2);
	// DefaultEnvDir when empty.
	Dir string
	// BasePython is the interpreter that creates Python environments;
	// "python3" when empty.
	BasePython string
}

// DefaultEnvDir is $OPENSAFELY_ENV_DIR, else
// $XDG_CACHE_HOME/opensafely/envs (~/.cache/opensafely/envs).
func DefaultEnvDir() string {
	if d := os.Getenv("OPENSAFELY_ENV_DIR"); d != "" {
		return d
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "opensafely", "envs")
}

func (e *Environments) dir() string {
	if e.Dir != "" {
		return e.Dir
	}
	return DefaultEnvDir()
}

// PythonEnv is a provisioned Python environment, described by env.json,
// written last when provisioning succeeds.
type PythonEnv struct {
	Dir string `json:"-"`
	// Python is the environment's interpreter; BasePrefix the directory
	// of the interpreter it was made from (both made visible in the
	// sandbox).
	Python     string   `json:"python"`
	BasePrefix string   `json:"base_prefix"`
	Version    string   `json:"version"`
	Packages   []string `json:"packages"`
}

// MissingEnvError says an execution environment is not provisioned.
type MissingEnvError struct{ Image, Dir string }

func (e *MissingEnvError) Error() string {
	return fmt.Sprintf("The %s environment is not installed (looked in %s).\nRun this command to install it, then try again:\n\n    opensafely pull %s", e.Image, e.Dir, e.Image)
}

// Python returns the environment for a python image tag, or a
// *MissingEnvError.
func (e *Environments) Python(image string) (*PythonEnv, error) {
	name, tag, _ := strings.Cut(image, ":")
	if name != "python" {
		return nil, fmt.Errorf("runner: %s is not a python image", image)
	}
	if tag != "v2" {
		return nil, fmt.Errorf("The %s environment is not available locally: only python:v2 is (Python with %s).\nChange the action to use python:v2.", image, strings.Join(PythonV2Packages, ", "))
	}
	dir := filepath.Join(e.dir(), "python-v2")
	data, err := os.ReadFile(filepath.Join(dir, "env.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &MissingEnvError{Image: image, Dir: dir}
	}
	if err != nil {
		return nil, err
	}
	env := &PythonEnv{Dir: dir}
	if err := json.Unmarshal(data, env); err != nil {
		return nil, fmt.Errorf("The %s environment in %s is damaged (%v); run `opensafely pull --force %s`", image, dir, err, image)
	}
	if !slices.Equal(env.Packages, PythonV2Packages) {
		return nil, fmt.Errorf("The %s environment in %s has an older package set; run `opensafely pull %s` to update it", image, dir, image)
	}
	if _, err := os.Stat(env.Python); err != nil {
		return nil, fmt.Errorf("The %s environment in %s is damaged (its interpreter is missing); run `opensafely pull --force %s`", image, dir, image)
	}
	return env, nil
}

// PullImages are the images `opensafely pull` knows.
var PullImages = []string{"python:v2", "ehrql:v1", "ehrql:v0", "r:v2"}

// Pull provisions an image's environment, printing progress to w. ehrQL
// images are built in; r:v2 uses the R installed on the machine.
func (e *Environments) Pull(ctx context.Context, image string, force bool, w io.Writer) error {
	switch image {
	case "ehrql:v1", "ehrql:v0", "ehrql":
		fmt.Fprintf(w, "%s: built into this opensafely binary, nothing to pull\n", image)
		return nil
	case "r:v2", "r":
		if _, err := exec.LookPath("Rscript"); err != nil {
			return errors.New(rMissing)
		}
		fmt.Fprintf(w, "r:v2: using the R installed on this machine\n")
		return nil
	case "python:v2", "python":
		return e.pullPython(ctx, force, w)
	}
	return fmt.Errorf("%s is not a valid OpenSAFELY image: %s", image, strings.Join(PullImages, ", "))
}

const rMissing = "R is not installed on this machine, so r actions cannot run.\nInstall R (on Debian or Ubuntu: apt-get install r-base) so that `Rscript` is on PATH, then try again."

func (e *Environments) pullPython(ctx context.Context, force bool, w io.Writer) error {
	dir := filepath.Join(e.dir(), "python-v2")
	if !force {
		if _, err := e.Python("python:v2"); err == nil {
			fmt.Fprintf(w, "python:v2: up to date in %s\n", dir)
			return nil
		}
	}
	py := e.BasePython
	if py == "" {
		py = os.Getenv("OPENSAFELY_PYTHON")
	}
	if py == "" {
		py = "python3"
	}
	pyPath, err := exec.LookPath(py)
	if err != nil {
		return fmt.Errorf("python:v2 needs Python 3.10 or later to build its environment, and %q was not found on PATH; install Python 3 or set OPENSAFELY_PYTHON to an interpreter", py)
	}
	out, err := exec.CommandContext(ctx, pyPath, "-c", "import sys, json; print(json.dumps([sys.base_prefix, '%d.%d.%d' % sys.version_info[:3], sys.version_info >= (3, 10)]))").Output()
	if err != nil {
		return fmt.Errorf("python:v2: running %s: %v", pyPath, err)
	}
	var info []any
	if err := json.Unmarshal(out, &info); err != nil || len(info) != 3 {
		return fmt.Errorf("python:v2: unexpected answer from %s: %q", pyPath, out)
	}
	if ok, _ := info[2].(bool); !ok {
		return fmt.Errorf("python:v2 needs Python 3.10 or later, but %s is Python %v; set OPENSAFELY_PYTHON to a newer interpreter", pyPath, info[1])
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	fmt.Fprintf(w, "python:v2: creating a Python %v environment in %s\n", info[1], dir)
	run := func(argv ...string) error {
		cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
		cmd.Stdout, cmd.Stderr = w, w
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("python:v2: %s failed: %v", strings.Join(argv, " "), err)
		}
		return nil
	}
	if err := run(pyPath, "-m", "venv", dir); err != nil {
		return err
	}
	envPy := filepath.Join(dir, "bin", "python")
	fmt.Fprintf(w, "python:v2: installing %s\n", strings.Join(PythonV2Packages, " "))
	args := append([]string{envPy, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input"}, PythonV2Packages...)
	if err := run(args...); err != nil {
		return err
	}
	env := PythonEnv{Python: envPy, BasePrefix: info[0].(string), Version: info[1].(string), Packages: PythonV2Packages}
	data, _ := json.MarshalIndent(env, "", "  ")
	if err := writeFileAtomic(filepath.Join(dir, "env.json"), data); err != nil {
		return err
	}
	fmt.Fprintf(w, "python:v2: ready\n")
	return nil
}
