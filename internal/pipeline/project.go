package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
)

// LatestVersion is the newest project.yaml format version.
const LatestVersion = 5

// RunAll is the pseudo-action meaning "every action, in declaration order".
const RunAll = "run_all"

// Features are the behaviours switched on by a project's `version`.
type Features struct {
	UniqueOutputPath                bool // v >= 2
	ExpectationsPopulation          bool // v == 3
	RemoveSupportForCohortExtractor bool // v >= 4
	RemoveSupportForRunAllAction    bool // v >= 5
	RemoveSupportForLatestTag       bool // v >= 5
}

// FeaturesFor returns the flags of a version; fractional versions get what
// the numeric comparisons give (3.5 has neither the v3 nor the v4 flags).
func FeaturesFor(version float64) Features {
	return Features{
		UniqueOutputPath:                version >= 2,
		ExpectationsPopulation:          version == 3,
		RemoveSupportForCohortExtractor: version >= 4,
		RemoveSupportForRunAllAction:    version >= 5,
		RemoveSupportForLatestTag:       version >= 5,
	}
}

// PrivacyLevel is an output's sensitivity.
type PrivacyLevel string

// The privacy levels, in the reference's order.
const (
	HighlySensitive     PrivacyLevel = "highly_sensitive"
	ModeratelySensitive PrivacyLevel = "moderately_sensitive"
	MinimallySensitive  PrivacyLevel = "minimally_sensitive"
)

// PrivacyLevels lists the levels in the reference's order.
func PrivacyLevels() []PrivacyLevel {
	return []PrivacyLevel{HighlySensitive, ModeratelySensitive, MinimallySensitive}
}

// Output is one declared output of an action.
type Output struct {
	Level PrivacyLevel
	// Name is the free-text label; Pattern the path pattern, where '*'
	// matches any run of characters except '/'.
	Name, Pattern string
	Pos           Pos
}

// Action is one validated action.
type Action struct {
	Name string
	Pos  Pos
	Run  Command
	// Needs lists the needed actions in declaration order.
	Needs []string
	// Outputs in declaration order.
	Outputs []Output
	// Config is the `config` mapping as JSON (Python json.dumps form, single
	// quotes escaped as \u0027); "" when absent.
	Config        string
	DummyDataFile string
}

// Argv is the container command: the run words followed by
// "--config <json>" when the action has a config.
func (a *Action) Argv() []string {
	argv := append([]string{a.Run.Image + ":" + a.Run.Tag}, a.Run.Args...)
	if a.Config != "" {
		argv = append(argv, "--config", a.Config)
	}
	return argv
}

// RunCommand is Argv joined with shell quoting (the job's run_command).
func (a *Action) RunCommand() string { return JoinWords(a.Argv()) }

// IsDatabaseAction reports whether the action needs database access.
func (a *Action) IsDatabaseAction() bool { return a.Run.IsDatabaseAction() }

// OutputsAt returns the patterns declared at one privacy level.
func (a *Action) OutputsAt(level PrivacyLevel) []Output {
	var out []Output
	for _, o := range a.Outputs {
		if o.Level == level {
			out = append(out, o)
		}
	}
	return out
}

// Project is a validated project.yaml.
type Project struct {
	Filename string
	// Version is the `version` value as a number.
	Version  float64
	Features Features
	// PopulationSize is expectations.population_size (1000 unless a v3 file
	// says otherwise; 0 for v4 and later).
	PopulationSize int
	// Actions in declaration order, without a user action named run_all.
	Actions  []*Action
	Warnings []Warning

	byName map[string]*Action
}

// Action returns the named action.
func (p *Project) Action(name string) (*Action, bool) {
	a, ok := p.byName[name]
	return a, ok
}

// ActionNames lists the actions in declaration order; run_all expands to
// this list.
func (p *Project) ActionNames() []string {
	names := make([]string, len(p.Actions))
	for i, a := range p.Actions {
		names[i] = a.Name
	}
	return names
}

// Images lists the distinct ImageRefs used, in order of first use.
func (p *Project) Images() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range p.Actions {
		if r := a.Run.ImageRef(); !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// Load reads and validates project.yaml in dir.
func Load(dir string) (*Project, error) {
	name := filepath.Join(dir, "project.yaml")
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &Error{Kind: NotFound, Pos: Pos{File: name}, Msg: "No project.yaml file found in " + dir}
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return Parse(name, data)
}

// Parse parses and validates a project file. filename is used in messages
// and positions only. Errors are *Error.
func Parse(filename string, data []byte) (p *Project, err error) {
	defer func() {
		if r := recover(); r != nil {
			p = nil
			err = fmt.Errorf("pipeline: internal error parsing %s: %v\n%s", filename, r, debug.Stack())
		}
	}()
	root, err := parseYAML(filename, data)
	if err != nil {
		return nil, err
	}
	return validate(filename, root)
}
