package codelists

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Options are what every command needs.
type Options struct {
	// ProjectDir holds the codelists directory.
	ProjectDir string
	// Client talks to the service.
	Client *Client
	// Out receives progress lines and results ("Fetching ...",
	// "Codelists OK").
	Out io.Writer
	// GitHubCI is true when running in GitHub Actions (GITHUB_WORKFLOW
	// set): check builds a temporary manifest when there is none, and
	// upstream problems are printed instead of failing.
	GitHubCI bool
	// Now gives the download time; nil means time.Now.
	Now func() time.Time
}

func (o Options) dir() string { return filepath.Join(o.ProjectDir, Dir) }

func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// fetch downloads one codelist, with the reference's messages.
func (o Options) fetch(ctx context.Context, cl Codelist) ([]byte, error) {
	body, err := o.Client.download(ctx, cl)
	if errors.Is(err, errDraft) {
		return nil, errorf("Codelist at:\n%s\nis a draft codelist and cannot be added.", cl.URL(o.Client.BaseURL))
	}
	if err != nil {
		return nil, errorf("Error downloading codelist: %v\n\nCheck that you can access the codelist at:\n%s", err, cl.URL(o.Client.BaseURL))
	}
	return body, nil
}

func (o Options) entry(cl Codelist, body []byte, at time.Time) Entry {
	return Entry{Filename: cl.Filename, ID: cl.ID, URL: cl.URL(o.Client.BaseURL), DownloadedAt: FormatTime(at), SHA: Hash(body)}
}

// Update downloads every codelist listed in codelists.txt, rewrites
// codelists.json (keeping the download time of files whose content did not
// change, so a repeated update changes nothing) and deletes the CSV files
// that are no longer listed. It prints "Fetching <id>" before each
// download and "Deleting <file>" for each deletion.
//
// Every codelist is downloaded before any file is replaced: a failed
// download leaves the directory as it was.
func Update(ctx context.Context, o Options) error {
	dir := o.dir()
	list, _, err := readList(dir)
	if err != nil {
		return err
	}
	return update(ctx, o, dir, list)
}

func update(ctx context.Context, o Options, dir string, list []Codelist) error {
	bodies := make([][]byte, len(list))
	entries := make([]Entry, len(list))
	for i, cl := range list {
		fmt.Fprintf(o.Out, "Fetching %s\n", cl.ID)
		body, err := o.fetch(ctx, cl)
		if err != nil {
			return err
		}
		bodies[i] = body
		entries[i] = o.entry(cl, body, o.now())
	}
	// An unreadable old manifest only loses the preserved dates: update
	// is how such a manifest gets repaired.
	if old, _, err := readManifest(dir); err == nil && old != nil {
		for i, e := range entries {
			if prev, ok := old.Lookup(e.Filename); ok && prev.SHA == e.SHA {
				entries[i].DownloadedAt = prev.DownloadedAt
			}
		}
	}
	oldFiles, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for i, cl := range list {
		keep[cl.Filename] = true
		if err := writeFileAtomic(filepath.Join(dir, cl.Filename), bodies[i]); err != nil {
			return &Error{Msg: "Could not save the codelist " + cl.ID + ": " + err.Error()}
		}
	}
	m := &Manifest{Files: entries}
	if err := writeFileAtomic(filepath.Join(dir, ManifestFile), m.Marshal()); err != nil {
		return &Error{Msg: "Could not save " + manifestPath + ": " + err.Error()}
	}
	sort.Strings(oldFiles)
	for _, f := range oldFiles {
		name := filepath.Base(f)
		if keep[name] {
			continue
		}
		fmt.Fprintf(o.Out, "Deleting %s\n", name)
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return &Error{Msg: fmt.Sprintf("Could not delete %s/%s: %v", Dir, name, unwrapPathError(err))}
		}
	}
	return nil
}

// Add adds the codelist version at an OpenCodelists URL (its page, an
// anchor on it, or its download.csv link) to codelists.txt, downloads it
// and adds it to the manifest. The URL must be on the configured service
// or on the public one (DefaultBaseURL).
//
// Nothing changes unless the new line is valid alongside the existing
// ones and the download succeeds. A missing manifest is started afresh
// (the reference fails after editing codelists.txt).
func Add(ctx context.Context, o Options, codelistURL string) error {
	base := ""
	for _, b := range []string{o.Client.BaseURL, DefaultBaseURL} {
		if strings.Contains(codelistURL, b) {
			base = b
			break
		}
	}
	if base == "" {
		return errorf("Unable to parse URL, %s not found", o.Client.BaseURL)
	}
	dir := o.dir()
	_, data, err := readList(dir)
	if err != nil {
		return err
	}
	handle := strings.ReplaceAll(codelistURL, base+"/codelist/", "")
	if i := strings.Index(handle, "#"); i >= 0 {
		handle = handle[:i]
	}
	if strings.HasSuffix(handle, ".csv") {
		handle = handle[:strings.LastIndex(handle, "/")+1]
	}
	cl, ok, err := ParseLine(handle)
	if err != nil {
		return err
	}
	if !ok {
		return errNoMatch(handle)
	}
	// The new file with the line added must still be valid.
	text := string(data)
	if text != "" && !strings.HasSuffix(text, "\n") && !strings.HasSuffix(text, "\r") {
		text += "\n"
	}
	text += cl.ID + "\n"
	newList, err := ParseList(listPath, []byte(text))
	if err != nil {
		return err
	}
	cl = newList[len(newList)-1]
	old, _, err := readManifest(dir)
	if err != nil {
		return err
	}
	body, err := o.fetch(ctx, cl)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dir, cl.Filename), body); err != nil {
		return &Error{Msg: "Could not save the codelist " + cl.ID + ": " + err.Error()}
	}
	if err := writeFileAtomic(filepath.Join(dir, ListFile), []byte(text)); err != nil {
		return &Error{Msg: "Could not update " + listPath + ": " + err.Error()}
	}
	// As in the reference the new entry comes first, then the old ones.
	m := &Manifest{Files: []Entry{o.entry(cl, body, o.now())}}
	if old != nil {
		for _, e := range old.Files {
			if e.Filename != cl.Filename {
				m.Files = append(m.Files, e)
			}
		}
	}
	if err := writeFileAtomic(filepath.Join(dir, ManifestFile), m.Marshal()); err != nil {
		return &Error{Msg: "Could not save " + manifestPath + ": " + err.Error()}
	}
	return nil
}

// noDirMessage is printed when a project has no codelists directory.
var noDirMessage = fmt.Sprintf("No '%s' directory present so nothing to check", Dir)

// Check verifies that codelists.txt, codelists.json and the CSV files in
// the codelists directory agree and that no CSV changed since it was
// downloaded; then, when upstream is true, it runs CheckUpstream. A
// project without a codelists directory passes.
//
// When the service cannot be reached (or answers nonsense) the local
// result stands: Check prints that the upstream check was skipped and
// passes.
func Check(ctx context.Context, o Options, upstream bool) error {
	dir := o.dir()
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintln(o.Out, noDirMessage)
		return nil
	}
	list, _, err := readList(dir)
	if err != nil {
		return err
	}
	m, err := o.manifestForCheck(ctx, dir, list)
	if err != nil {
		return err
	}

	listed := map[string]bool{}
	for _, cl := range list {
		listed[cl.ID] = true
	}
	recorded := map[string]bool{}
	for _, e := range m.Files {
		recorded[e.ID] = true
	}
	if diff := formatDiff(listed, recorded); diff != "" {
		return promptf("It looks like '%s' has been edited but 'update' hasn't been run.\n%s\n", ListFile, diff)
	}

	onDisk := map[string]bool{}
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return err
	}
	for _, p := range paths {
		onDisk[filepath.Base(p)] = true
	}
	inManifest := map[string]bool{}
	for _, e := range m.Files {
		inManifest[e.Filename] = true
	}
	if diff := formatDiff(onDisk, inManifest); diff != "" {
		return promptf("It looks like CSV files have been added or deleted in the '%s' folder.\n%s\n", Dir, diff)
	}

	var modified []string
	for _, e := range m.Files {
		content, err := os.ReadFile(filepath.Join(dir, e.Filename))
		if err != nil {
			return errorf("Could not read %s/%s: %v", Dir, e.Filename, unwrapPathError(err))
		}
		if Hash(content) != e.SHA {
			modified = append(modified, "  "+Dir+"/"+e.Filename)
		}
	}
	if len(modified) > 0 {
		return promptf("A CSV file seems to have been modified since it was downloaded:\n%s\n", strings.Join(modified, "\n"))
	}

	if !upstream {
		return nil
	}
	err = CheckUpstream(ctx, o)
	var unreachable *UnreachableError
	var upstreamErr *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &unreachable):
		fmt.Fprintf(o.Out, "Local codelists OK; could not contact %s for upstream check,try again later\n", o.Client.BaseURL)
		return nil
	case errors.As(err, &upstreamErr) && upstreamErr.Err != nil:
		// The service answered with an HTTP error or something that is
		// not the check endpoint's reply: the local result stands.
		fmt.Fprintf(o.Out, "Local codelists OK; the upstream check at %s failed (%v), try again later\n", o.Client.BaseURL, upstreamErr.Err)
		return nil
	default:
		return err
	}
}

// manifestForCheck reads the manifest for Check. Without one, in GitHub
// CI, it prints the reference's warning and builds a temporary manifest
// by running update for list (codelists.txt's lines) in a temporary
// directory; elsewhere that is an error.
func (o Options) manifestForCheck(ctx context.Context, dir string, list []Codelist) (*Manifest, error) {
	m, exists, err := readManifest(dir)
	if err != nil || exists {
		return m, err
	}
	if !o.GitHubCI {
		return nil, promptf("No file found at '%s'.", manifestPath)
	}
	fmt.Fprint(o.Out, "==> WARNING\n    Using temporary workaround for Github Actions tests.\n    You should run: opensafely codelists update\n\n")
	tmp, err := os.MkdirTemp("", "opensafely-codelists-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := update(ctx, o, tmp, list); err != nil {
		return nil, err
	}
	m, _, err = readManifest(tmp)
	return m, err
}

// formatDiff lists the elements in only one of two sets, as the reference
// does ("    added: x" for those only in a, "  removed: x" for those only
// in b), sorted.
func formatDiff(a, b map[string]bool) string {
	var lines []string
	for k := range a {
		if !b[k] {
			lines = append(lines, "    added: "+k)
		}
	}
	for k := range b {
		if !a[k] {
			lines = append(lines, "  removed: "+k)
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i][11:] < lines[j][11:] })
	return strings.Join(lines, "\n")
}

// CheckUpstream asks the service whether the downloaded codelists are
// still current. It prints "Codelists OK" when they are. Problems the
// service reports fail the check, except in GitHub CI where they are only
// printed (users may have reasons to keep old versions). A service that
// cannot be reached is an *UnreachableError.
func CheckUpstream(ctx context.Context, o Options) error {
	dir := o.dir()
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintln(o.Out, noDirMessage)
		return nil
	}
	list, err := os.ReadFile(filepath.Join(dir, ListFile))
	if err != nil {
		return errorf("No file found at '%s'", listPath)
	}
	manifest, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return promptf("No file found at '%s'.", manifestPath)
	}
	// Both texts are sent with \n line endings, as the reference reads
	// them in text mode.
	reply, err := o.Client.checkUpstream(ctx, universalNewlines(list), universalNewlines(manifest))
	var unreachable *UnreachableError
	if errors.As(err, &unreachable) {
		return &Error{Msg: fmt.Sprintf("Could not contact %s for the upstream check: %v\nCheck your network connection and try again.", o.Client.BaseURL, err), Err: err}
	}
	if err != nil {
		return &Error{Msg: fmt.Sprintf("Error checking upstream codelists: %v", err), Err: err}
	}
	if reply.Status == "ok" {
		fmt.Fprintln(o.Out, "Codelists OK")
		return nil
	}
	var msg string
	switch {
	case reply.Data.Error != "":
		msg = fmt.Sprintf("Error checking upstream codelists: %s\n", reply.Data.Error)
	case len(reply.Data.Added) > 0 || len(reply.Data.Removed) > 0:
		msg = "Codelists have been added or removed\n\nFor details, run:\n\n  opensafely codelists check\n"
	default:
		msg = fmt.Sprintf("Some codelists are out of date\nCodelists affected:\n  %s\n", strings.Join(reply.Data.Changed, "\n  "))
	}
	if o.GitHubCI {
		fmt.Fprintln(o.Out, msg)
		return nil
	}
	return &Error{Msg: msg, Prompt: true}
}

// universalNewlines turns \r\n and \r line endings into \n.
func universalNewlines(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
}
