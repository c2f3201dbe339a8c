package runner

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/pipeline"
)

// Staleness, beyond the reference: when a job succeeds the runner records
// the files its action read, with their SHA-256, so that a later run
// reusing it as a dependency can tell the inputs changed and run it again.
//
// What an action reads is approximated from its command, without running
// it:
//   - "run:" — the run command itself (a changed project.yaml entry);
//   - every argument naming a file or directory in the project (the
//     ehrQL definition, --dummy-tables, --dummy-data-file,
//     --test-data-file, the script of a python/r/stata action);
//   - for Python files among them, the project's modules they import,
//     followed recursively (looked up like the ehrQL loader does: the
//     file's own directory, then the project root);
//   - for ehrQL actions, everything under codelists/.
//
// Files matching an output pattern are left out: they are other actions'
// outputs, whose changes are tracked through job ids instead.

// actionInputs hashes the inputs of an action in projectDir.
func actionInputs(projectDir string, a *pipeline.Action, outputPatterns []string) map[string]string {
	in := map[string]string{"run:": hashString(a.RunCommand())}
	isOutput := func(rel string) bool {
		for _, p := range outputPatterns {
			if matchPattern(p, rel) {
				return true
			}
		}
		return false
	}
	var add func(rel string)
	add = func(rel string) {
		rel = path.Clean(filepath.ToSlash(rel))
		if _, done := in[rel]; done || strings.HasPrefix(rel, "../") || rel == ".." || path.IsAbs(rel) || isOutput(rel) {
			return
		}
		full := filepath.Join(projectDir, filepath.FromSlash(rel))
		fi, err := os.Stat(full)
		if err != nil {
			return
		}
		if fi.IsDir() {
			_ = filepath.WalkDir(full, func(p string, d fs.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() {
					r, _ := filepath.Rel(projectDir, p)
					add(r)
				}
				return nil
			})
			return
		}
		if !fi.Mode().IsRegular() {
			return
		}
		data, err := os.ReadFile(full)
		if err != nil {
			return
		}
		in[rel] = hashBytes(data)
		if strings.HasSuffix(rel, ".py") {
			for _, mod := range importedModules(data) {
				for _, cand := range moduleFiles(mod, path.Dir(rel)) {
					add(cand)
				}
			}
		}
	}
	for _, arg := range a.Run.Args {
		if strings.HasPrefix(arg, "-") {
			if _, v, ok := strings.Cut(arg, "="); ok {
				arg = v
			} else {
				continue
			}
		}
		// "output/dir/:arrow" style output specs are not inputs.
		add(arg)
	}
	if a.Run.Image == "ehrql" {
		add("codelists")
	}
	return in
}

var importRE = regexp.MustCompile(`(?m)^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import[ \t]+([\w, \t()*]+)|import[ \t]+([\w., \t]+))`)

// importedModules lists the dotted module names a Python file imports
// (including "pkg.name" candidates for "from pkg import name").
func importedModules(src []byte) []string {
	var mods []string
	for _, m := range importRE.FindAllSubmatch(src, -1) {
		if len(m[1]) > 0 {
			base := strings.TrimLeft(string(m[1]), ".")
			if base != "" {
				mods = append(mods, base)
			}
			for _, name := range strings.Split(strings.Trim(string(m[2]), "() \t"), ",") {
				name = strings.TrimSpace(strings.Fields(name + " ")[0])
				if name != "" && name != "*" && base != "" {
					mods = append(mods, base+"."+name)
				}
			}
			continue
		}
		for _, part := range strings.Split(string(m[3]), ",") {
			if f := strings.Fields(part); len(f) > 0 {
				mods = append(mods, f[0])
			}
		}
	}
	return mods
}

// moduleFiles are the project files a module name may refer to, from a
// file in dir: dir/a/b.py, dir/a/b/__init__.py and the same at the root.
func moduleFiles(mod, dir string) []string {
	rel := strings.ReplaceAll(mod, ".", "/")
	var out []string
	for _, base := range []string{dir, "."} {
		out = append(out, path.Join(base, rel+".py"), path.Join(base, rel, "__init__.py"))
	}
	return out
}

// changedInputs lists what differs between recorded and current inputs.
func changedInputs(recorded, current map[string]string) []string {
	var changed []string
	for k, v := range current {
		if recorded[k] != v {
			changed = append(changed, k)
		}
	}
	for k := range recorded {
		if _, ok := current[k]; !ok {
			changed = append(changed, k)
		}
	}
	sort.Strings(changed)
	for i, c := range changed {
		if c == "run:" {
			changed[i] = "its run command in project.yaml"
		}
	}
	return changed
}

func hashBytes(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func hashString(s string) string { return hashBytes([]byte(s)) }
