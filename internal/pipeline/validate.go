package pipeline

import (
	"fmt"
	"math"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// validator holds the state of one validation; the first error wins.
type validator struct {
	file string
	p    *Project
}

func (v *validator) errf(pos Pos, format string, args ...any) *Error {
	if pos.File == "" {
		pos.File = v.file
	}
	return &Error{Kind: Invalid, Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// keysOf lists a mapping's keys as strings.
func keysOf(n *node) []string {
	out := make([]string, len(n.keys))
	for i, k := range n.keys {
		out[i] = flow(k)
	}
	return out
}

// unexpected returns the keys of n not in allowed, in document order, and
// the position of the first.
func unexpected(n *node, allowed ...string) ([]string, Pos) {
	var out []string
	var pos Pos
	for _, k := range n.keys {
		name := flow(k)
		ok := false
		for _, a := range allowed {
			if k.isScalar() && name == a {
				ok = true
			}
		}
		if !ok {
			if out == nil {
				pos = k.pos
			}
			out = append(out, name)
		}
	}
	return out, pos
}

func validate(file string, root *node) (*Project, error) {
	v := &validator{file: file, p: &Project{Filename: file, byName: map[string]*Action{}}}
	if err := v.project(root); err != nil {
		return nil, err
	}
	return v.p, nil
}

func (v *validator) project(root *node) error {
	if extra, pos := unexpected(root, "version", "actions", "expectations"); extra != nil {
		return v.errf(pos, "Unexpected parameters (%s) in project", strings.Join(extra, ", "))
	}
	if err := v.version(root); err != nil {
		return err
	}
	actions := root.get("actions")
	if actions == nil || actions.kind != kMap {
		pos := root.pos
		if actions != nil {
			pos = actions.pos
		}
		return v.errf(pos, "Project `actions` section must be a dictionary of key/value pairs")
	}
	for i, k := range actions.keys {
		if err := v.action(k, actions.vals[i]); err != nil {
			return err
		}
	}
	for _, check := range []func() error{v.bans, v.duplicateRuns, v.uniqueOutputs, v.unknownNeeds, v.cycles} {
		if err := check(); err != nil {
			return err
		}
	}
	return v.expectations(root)
}

// version checks `version`, sets the features and warns about old versions.
func (v *validator) version(root *node) error {
	n := root.get("version")
	if n == nil || n.kind == kNull {
		pos := root.pos
		if n != nil {
			pos = n.pos
		}
		return v.errf(pos, "Project file must have a `version` attribute specifying which version of the project configuration format it uses (current latest version is %d)", LatestVersion)
	}
	f, ok := toFloat(n)
	if !ok || math.IsNaN(f) || f < 1 {
		return v.errf(n.pos, "`version` must be a number between 1 and %d", LatestVersion)
	}
	if f > LatestVersion {
		return v.errf(n.pos, "The latest version is v%d, but got v%s", LatestVersion, pyFloat(f))
	}
	v.p.Version = f
	v.p.Features = FeaturesFor(f)
	if f < LatestVersion {
		v.p.Warnings = append(v.p.Warnings, Warning{Pos: n.pos,
			Msg: fmt.Sprintf("Your project file is using an old version (%s); consider updating to version %d", pyFloat(f), LatestVersion)})
	}
	return nil
}

// toFloat converts a scalar the way Python's float() would.
func toFloat(n *node) (float64, bool) {
	switch n.kind {
	case kInt:
		if i, err := strconv.ParseInt(strings.ReplaceAll(n.str, "_", ""), 0, 64); err == nil {
			return float64(i), true
		}
		f, err := strconv.ParseFloat(n.str, 64)
		return f, err == nil
	case kFloat, kStr:
		s := strings.TrimSpace(strings.ToLower(n.str))
		switch s {
		case ".inf", "+.inf":
			return math.Inf(1), true
		case "-.inf":
			return math.Inf(-1), true
		case ".nan":
			return math.NaN(), true
		}
		if s == "" || strings.HasPrefix(s, "0x") || strings.Contains(s, "__") ||
			strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") {
			return 0, false
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		return f, err == nil
	}
	return 0, false
}

// pyFloat formats f as Python's repr(float).
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func typeName(want kind) string {
	switch want {
	case kStr:
		return "string"
	case kSeq:
		return "list"
	}
	return "dictionary of key/value pairs"
}

func (v *validator) action(k, n *node) error {
	name := flow(k)
	if !k.isScalar() {
		return v.errf(k.pos, "Action names must be strings, got %s", flow(k))
	}
	if name == RunAll {
		if v.p.Features.RemoveSupportForRunAllAction {
			return v.errf(k.pos, "`run_all` is a reserved action name and is not allowed for user-defined actions.")
		}
		v.p.Warnings = append(v.p.Warnings, Warning{Pos: k.pos,
			Msg: "`run_all` is a reserved action name; user-defined actions with this name are ignored and will raise an error in later versions."})
		return nil
	}
	if n.kind != kMap {
		return v.errf(n.pos, "Configuration for action %s must be a dictionary of key/value pairs", name)
	}
	for _, req := range []string{"run", "outputs"} {
		if n.get(req) == nil {
			return v.errf(k.pos, "Action %s must contain a configuration for '%s'", name, req)
		}
	}
	if extra, pos := unexpected(n, "run", "outputs", "needs", "config", "dummy_data_file"); extra != nil {
		return v.errf(pos, "Unexpected parameters (%s) in action %s", strings.Join(extra, ", "), name)
	}
	a := &Action{Name: name, Pos: k.pos}
	typed := []struct {
		key  string
		want kind
	}{{"outputs", kMap}, {"run", kStr}, {"needs", kSeq}, {"config", kMap}, {"dummy_data_file", kStr}}
	for _, t := range typed {
		val := n.get(t.key)
		if val == nil {
			continue
		}
		ok := val.kind == t.want
		if t.want == kStr {
			// Scalars are strings to the reference; an empty `run` is
			// reported below.
			ok = val.isScalar()
		}
		if !ok {
			return v.errf(val.pos, "`%s` section for action %s must be a %s", t.key, name, typeName(t.want))
		}
	}
	if err := v.outputs(a, n.get("outputs")); err != nil {
		return err
	}
	if err := v.run(a, n.get("run")); err != nil {
		return err
	}
	if err := v.needs(a, n.get("needs")); err != nil {
		return err
	}
	if c := n.get("config"); c != nil {
		a.Config = strings.ReplaceAll(pyJSON(c), "'", `\u0027`)
	}
	if d := n.get("dummy_data_file"); d != nil && d.kind != kNull {
		a.DummyDataFile = d.str
	}
	if err := v.crossChecks(a, n); err != nil {
		return err
	}
	v.p.Actions = append(v.p.Actions, a)
	v.p.byName[name] = a
	return nil
}

var allowedModerate = []string{".csv", ".jpg", ".jpeg", ".png", ".svg", ".svgz", ".html", ".txt", ".log", ".json", ".md"}

func (v *validator) outputs(a *Action, n *node) error {
	if len(n.keys) == 0 {
		return v.errf(n.pos, "must specify at least one output of: highly_sensitive, moderately_sensitive, minimally_sensitive")
	}
	if extra, pos := unexpected(n, "highly_sensitive", "moderately_sensitive", "minimally_sensitive"); extra != nil {
		return v.errf(pos, "Unexpected parameters (%s) in `outputs` section for action %s", strings.Join(extra, ", "), a.Name)
	}
	for i, lk := range n.keys {
		level := PrivacyLevel(lk.str)
		outs := n.vals[i]
		if outs.kind != kMap {
			return v.errf(outs.pos, "`%s` section for action %s must be a dictionary of key/value pairs", level, a.Name)
		}
		for j, ok := range outs.keys {
			pv := outs.vals[j]
			oname := flow(ok)
			if !pv.isScalar() || pv.kind == kNull {
				return v.errf(pv.pos, "`%s` output for action %s must be a string", oname, a.Name)
			}
			if reason := patternProblem(pv.str, level); reason != "" {
				return v.errf(pv.pos, "Output path %s is invalid: %s", pv.str, reason)
			}
			a.Outputs = append(a.Outputs, Output{Level: level, Name: oname, Pattern: pv.str, Pos: pv.pos})
		}
	}
	return nil
}

var absWindowsRE = regexp.MustCompile(`^[A-Za-z]:/`)

// patternProblem returns why an output pattern is invalid, or "".
func patternProblem(p string, level PrivacyLevel) string {
	if strings.Contains(p, `\`) {
		return "contains back slashes (use forward slashes only)"
	}
	for _, bad := range []string{"**", "?", "["} {
		if strings.Contains(p, bad) {
			return fmt.Sprintf("contains '%s' (only the * wildcard character is supported)", bad)
		}
	}
	base := p[strings.LastIndexByte(p, '/')+1:]
	dot := strings.LastIndexByte(base, '.')
	ext := ""
	if dot >= 0 {
		ext = base[dot:]
	}
	if ext == "" || ext == "." || strings.HasSuffix(ext, "*") {
		return "output paths must have a file type extension at the end"
	}
	if level == ModeratelySensitive {
		allowed := false
		for _, e := range allowedModerate {
			allowed = allowed || e == ext
		}
		if !allowed {
			return p + " is not an allowed file type for moderately_sensitive outputs"
		}
	}
	if !isNormal(p) {
		return "is not in standard form (contains double slashes or '..' elements)"
	}
	if p == "metadata" || strings.HasPrefix(p, "metadata/") {
		return "should not include the metadata directory"
	}
	if strings.HasPrefix(p, "/") || absWindowsRE.MatchString(p) {
		return "is an absolute path"
	}
	return ""
}

// isNormal reports whether p has no ".." element and is unchanged by POSIX
// path normalisation (which, unlike path.Clean, keeps exactly two leading
// slashes).
func isNormal(p string) bool {
	if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
		p = p[1:]
	}
	for _, part := range strings.Split(p, "/") {
		if part == ".." {
			return false
		}
	}
	return path.Clean(p) == p
}

func (v *validator) run(a *Action, n *node) error {
	raw := n.str
	if n.kind == kNull || strings.TrimSpace(raw) == "" {
		return v.errf(n.pos, "run must have a value, %s has an empty run key", a.Name)
	}
	words, err := SplitWords(raw)
	if err != nil {
		return v.errf(n.pos, "Action %s has an invalid 'run' command (%s): %s", a.Name, err, raw)
	}
	image, tag, _ := strings.Cut(words[0], ":")
	if !tagRE.MatchString(tag) {
		return v.errf(n.pos, "Action command %s must have a version specified in the form :vN (e.g. %s:v2)", image, image)
	}
	a.Run = Command{Raw: raw, Image: image, Tag: tag, Args: words[1:]}
	return nil
}

func (v *validator) needs(a *Action, n *node) error {
	if n == nil {
		return nil
	}
	for _, it := range n.items {
		if !it.isScalar() || it.kind == kNull {
			return v.errf(it.pos, "`needs` section for action %s must be a list of action names", a.Name)
		}
		if strings.Contains(it.str, " ") {
			return v.errf(it.pos, "`needs` actions should be separated with commas, but %s needs `%s`", a.Name, it.str)
		}
		a.Needs = append(a.Needs, it.str)
	}
	return nil
}

func (v *validator) crossChecks(a *Action, n *node) error {
	run := n.get("run")
	switch {
	case a.Run.isGenerateCohort():
		levels := n.get("outputs").keys
		if len(levels) != 1 {
			return v.errf(run.pos, "A `generate_cohort` action must have exactly one output; %s had %d", a.Name, len(levels))
		}
		if _, ok := a.Run.flagValue("--output-dir"); ok {
			return nil
		}
		dirs := map[string]bool{}
		for _, o := range a.Outputs {
			dirs[path.Dir(o.Pattern)] = true
		}
		if len(dirs) > 1 {
			list := make([]string, 0, len(dirs))
			for d := range dirs {
				list = append(list, d)
			}
			sort.Strings(list)
			msg := fmt.Sprintf("generate_cohort command should produce output in only one directory, found %d:", len(list))
			for _, d := range list {
				msg += "\n - " + d + "/"
			}
			return v.errf(run.pos, "%s", msg)
		}
	case a.Run.isGenerateDataset():
		for _, o := range a.Outputs {
			if o.Level != HighlySensitive {
				return v.errf(o.Pos, "`%s` action uses `generate-dataset` and so all outputs must be labelled `highly_sensitive`", a.Name)
			}
		}
		spec, ok := a.Run.flagValue("--output")
		if !ok || spec == "" {
			return v.errf(run.pos, "`%s` action does not provide an `--output` argument specifying where the results of `generate-dataset` should be stored", a.Name)
		}
		var patterns []string
		for _, o := range a.Outputs {
			patterns = append(patterns, o.Pattern)
		}
		expecting := spec
		matches := false
		if i := strings.LastIndexByte(spec, ':'); i >= 0 {
			dir := strings.TrimRight(spec[:i], "/")
			format := spec[i+1:]
			expecting = dir + "/:" + format
			matches = true
			for _, p := range patterns {
				matches = matches && fnmatch(dir+"/*."+format, p)
			}
		} else {
			for _, p := range patterns {
				matches = matches || p == spec
			}
		}
		if !matches {
			return v.errf(run.pos, "output specification must match the `--output` argument in the `run` command\ngot: %s\nbut was expecting: %s",
				strings.Join(patterns, ", "), expecting)
		}
	}
	return nil
}

// fnmatch matches name against a shell pattern where '*' matches anything,
// including '/', and no other character is special (output patterns may
// not contain '?' or '[').
func fnmatch(pattern, name string) bool {
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return pattern == name
	}
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	name = name[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, mid := range parts[1 : len(parts)-1] {
		i := strings.Index(name, mid)
		if i < 0 {
			return false
		}
		name = name[i+len(mid):]
	}
	return len(name) >= len(last) && strings.HasSuffix(name, last)
}

// bans applies the cohortextractor (v >= 4) and latest-tag (v >= 5) bans.
func (v *validator) bans() error {
	if v.p.Features.RemoveSupportForCohortExtractor {
		for _, a := range v.p.Actions {
			if strings.HasPrefix(a.Run.Image, "cohortextractor") {
				return v.errf(a.Pos, "Action %s uses cohortextractor actions, which are not supported in this version.", a.Name)
			}
		}
	}
	if v.p.Features.RemoveSupportForLatestTag {
		for _, a := range v.p.Actions {
			if a.Run.Tag == "latest" {
				return v.errf(a.Pos, "Action %s uses `%s:latest`, which is not supported. Provide a version e.g. `:v2` instead", a.Name, a.Run.Image)
			}
		}
	}
	return nil
}

func (v *validator) duplicateRuns() error {
	byRun := map[string][]string{}
	for _, a := range v.p.Actions {
		byRun[a.Run.Raw] = append(byRun[a.Run.Raw], a.Name)
	}
	for _, a := range v.p.Actions {
		if same := byRun[a.Run.Raw]; len(same) > 1 {
			var others []string
			for _, o := range same {
				if o != a.Name {
					others = append(others, o)
				}
			}
			return v.errf(a.Pos, "Action %s has the same 'run' command as other actions: %s", a.Name, strings.Join(others, " ,"))
		}
	}
	return nil
}

func (v *validator) uniqueOutputs() error {
	if !v.p.Features.UniqueOutputPath {
		return nil
	}
	seen := map[string]bool{}
	for _, a := range v.p.Actions {
		for _, o := range a.Outputs {
			if seen[o.Pattern] {
				return v.errf(o.Pos, "Output path %s is not unique", o.Pattern)
			}
			seen[o.Pattern] = true
		}
	}
	return nil
}

func (v *validator) unknownNeeds() error {
	for _, a := range v.p.Actions {
		for _, need := range a.Needs {
			if _, ok := v.p.byName[need]; !ok {
				return v.errf(a.Pos, "Action `%s` references an unknown action in its `needs` list: %s", a.Name, need)
			}
		}
	}
	return nil
}

// cycles finds the first dependency cycle, searching depth-first from each
// action in declaration order.
func (v *validator) cycles() error {
	const (
		unvisited = iota
		onStack
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(name string) []string
	visit = func(name string) []string {
		state[name] = onStack
		stack = append(stack, name)
		for _, need := range v.p.byName[name].Needs {
			switch state[need] {
			case onStack:
				i := len(stack) - 1
				for stack[i] != need {
					i--
				}
				return append(append([]string(nil), stack[i:]...), need)
			case unvisited:
				if c := visit(need); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[name] = done
		return nil
	}
	for _, a := range v.p.Actions {
		if state[a.Name] != unvisited {
			continue
		}
		if c := visit(a.Name); c != nil {
			first := v.p.byName[c[0]]
			return v.errf(first.Pos, "Action %s has a circular dependency: %s", c[0], strings.Join(c, " -> "))
		}
	}
	return nil
}

func (v *validator) expectations(root *node) error {
	n := root.get("expectations")
	f := v.p.Features
	switch {
	case f.RemoveSupportForCohortExtractor:
		if n != nil {
			return v.errf(n.pos, "Project includes `expectations` section, which is not supported in this version. This section is only applicable to deprecated cohortextractor actions; you can safely remove it.")
		}
		return nil
	case !f.ExpectationsPopulation:
		v.p.PopulationSize = 1000
		return nil
	}
	if n == nil {
		return v.errf(root.pos, "Project must include `expectations` section")
	}
	if n.kind != kMap {
		return v.errf(n.pos, "Project `expectations` section must be a dictionary of key/value pairs")
	}
	ps := n.get("population_size")
	if ps == nil {
		return v.errf(n.pos, "Project `expectations` section must include `population_size` section")
	}
	size, ok := toInt(ps)
	if !ok {
		return v.errf(ps.pos, "Project expectations population size must be a number")
	}
	if extra, pos := unexpected(n, "population_size"); extra != nil {
		return v.errf(pos, "Unexpected parameters (%s) in project `expectations` section", strings.Join(extra, ", "))
	}
	v.p.PopulationSize = size
	return nil
}

// toInt converts a scalar as Python's int() would (integers, integral
// strings, and floats truncated).
func toInt(n *node) (int, bool) {
	switch n.kind {
	case kInt:
		i, err := strconv.ParseInt(strings.ReplaceAll(n.str, "_", ""), 0, 64)
		return int(i), err == nil
	case kStr:
		i, err := strconv.Atoi(strings.TrimSpace(n.str))
		return i, err == nil
	case kFloat:
		f, ok := toFloat(n)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1<<62 {
			return 0, false
		}
		return int(f), true
	}
	return 0, false
}
