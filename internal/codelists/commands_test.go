package codelists_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codelists"
	"github.com/opensafely-go/opensafely/internal/codelists/codeliststest"
)

const prompt = "To fix these errors run the command below and commit the changes:\n\n  opensafely codelists update\n"

// fixtures are the versions the fake service serves: new-style CSVs
// with CRLF line endings, an old-style upload, a user codelist, a draft
// and a version that is not downloadable.
func fixtures() []*codeliststest.Version {
	return []*codeliststest.Version{
		{Owner: "opensafely", Slug: "asthma-diagnosis", Tag: "2020-04-15", Hash: "5b13e2a6", CSV: "code,term\r\n195967001,Asthma\r\n266361008,Intrinsic asthma\r\n"},
		{Owner: "opensafely", Slug: "current-asthma", Tag: "2020-05-06", Hash: "1ac7c2c8", CSV: "CTV3ID,CTV3PreferredTermDesc,CTV3Source\nH33..,Asthma,CTV3Map\n"},
		{Owner: "user/alice", Slug: "my-inhalers", Tag: "66f08cca", Hash: "66f08cca", CSV: "code,term\r\n0301011R0AAAPAP,Salbutamol\r\n"},
		{Owner: "opensafely", Slug: "draft-list", Tag: "v0", Draft: true},
		{Owner: "opensafely", Slug: "broken", Tag: "v1", NotDownloadable: true},
	}
}

type project struct {
	t   *testing.T
	dir string
	srv *codeliststest.Server
	out *bytes.Buffer
	now time.Time
	ci  bool
}

func newProject(t *testing.T, list string) *project {
	t.Helper()
	p := &project{t: t, dir: t.TempDir(), srv: codeliststest.New(fixtures()...), out: &bytes.Buffer{},
		now: time.Date(2024, 3, 1, 9, 30, 0, 123456000, time.UTC)}
	t.Cleanup(p.srv.Close)
	if list != "" {
		p.write("codelists/codelists.txt", list)
	}
	return p
}

func (p *project) opts() codelists.Options {
	c, err := codelists.NewClient(p.srv.URL, "v1.2.3", p.ci)
	if err != nil {
		p.t.Fatal(err)
	}
	return codelists.Options{ProjectDir: p.dir, Client: c, Out: p.out, GitHubCI: p.ci, Now: func() time.Time { return p.now }}
}

func (p *project) write(name, content string) {
	p.t.Helper()
	path := filepath.Join(p.dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func (p *project) read(name string) string {
	p.t.Helper()
	b, err := os.ReadFile(filepath.Join(p.dir, name))
	if err != nil {
		p.t.Fatal(err)
	}
	return string(b)
}

// snapshot returns every file under codelists/ with its content.
func (p *project) snapshot() map[string]string {
	p.t.Helper()
	files := map[string]string{}
	entries, _ := os.ReadDir(filepath.Join(p.dir, "codelists"))
	for _, e := range entries {
		files[e.Name()] = p.read("codelists/" + e.Name())
	}
	return files
}

func (p *project) update() error {
	p.out.Reset()
	return codelists.Update(context.Background(), p.opts())
}

func (p *project) check(upstream bool) error {
	p.out.Reset()
	return codelists.Check(context.Background(), p.opts(), upstream)
}

func (p *project) mustUpdate() {
	p.t.Helper()
	if err := p.update(); err != nil {
		p.t.Fatalf("update: %v", err)
	}
}

func sameFiles(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("files: got %d, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s changed:\n got %q\nwant %q", k, got[k], v)
		}
	}
}

const threeLists = "# codelists\nopensafely/asthma-diagnosis/2020-04-15\nopensafely/current-asthma/2020-05-06\nuser/alice/my-inhalers/66f08cca\n"

func TestUpdate(t *testing.T) {
	p := newProject(t, threeLists)
	p.write("codelists/opensafely-old-list.csv", "code\n1\n")
	p.write("codelists/notes.md", "kept\n")
	p.mustUpdate()

	wantOut := "Fetching opensafely/asthma-diagnosis/2020-04-15\nFetching opensafely/current-asthma/2020-05-06\nFetching user/alice/my-inhalers/66f08cca\nDeleting opensafely-old-list.csv\n"
	if p.out.String() != wantOut {
		t.Errorf("output:\n%s\nwant\n%s", p.out, wantOut)
	}
	// The CSVs are written byte for byte (CRLF kept), under names without
	// the version.
	for name, want := range map[string]string{
		"opensafely-asthma-diagnosis.csv": fixtures()[0].CSV,
		"opensafely-current-asthma.csv":   fixtures()[1].CSV,
		"user-alice-my-inhalers.csv":      fixtures()[2].CSV,
		"notes.md":                        "kept\n",
	} {
		if got := p.read("codelists/" + name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if _, err := os.Stat(filepath.Join(p.dir, "codelists/opensafely-old-list.csv")); !os.IsNotExist(err) {
		t.Errorf("old CSV not deleted: %v", err)
	}
	base := p.srv.URL
	wantManifest := `{
  "files": {
    "opensafely-asthma-diagnosis.csv": {
      "id": "opensafely/asthma-diagnosis/2020-04-15",
      "url": "` + base + `/codelist/opensafely/asthma-diagnosis/2020-04-15/",
      "downloaded_at": "2024-03-01 09:30:00.123456Z",
      "sha": "` + codelists.Hash([]byte(fixtures()[0].CSV)) + `"
    },
    "opensafely-current-asthma.csv": {
      "id": "opensafely/current-asthma/2020-05-06",
      "url": "` + base + `/codelist/opensafely/current-asthma/2020-05-06/",
      "downloaded_at": "2024-03-01 09:30:00.123456Z",
      "sha": "` + codelists.Hash([]byte(fixtures()[1].CSV)) + `"
    },
    "user-alice-my-inhalers.csv": {
      "id": "user/alice/my-inhalers/66f08cca",
      "url": "` + base + `/codelist/user/alice/my-inhalers/66f08cca/",
      "downloaded_at": "2024-03-01 09:30:00.123456Z",
      "sha": "` + codelists.Hash([]byte(fixtures()[2].CSV)) + `"
    }
  }
}`
	if got := p.read("codelists/codelists.json"); got != wantManifest {
		t.Errorf("manifest:\n%s\nwant\n%s", got, wantManifest)
	}
	reqs := p.srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests: %+v", len(reqs), reqs)
	}
	for _, r := range reqs {
		if r.Method != "GET" || r.UserAgent != "OpenSAFELY-CLI/1.2.3" || !strings.HasSuffix(r.Path, "/download.csv") {
			t.Errorf("request %+v", r)
		}
	}
	if reqs[2].Path != "/codelist/user/alice/my-inhalers/66f08cca/download.csv" {
		t.Errorf("user codelist path %q", reqs[2].Path)
	}

	// A second update later changes nothing: unchanged files keep their
	// download time. A changed file gets the new time and sha.
	p.now = p.now.Add(48 * time.Hour)
	p.mustUpdate()
	if got := p.read("codelists/codelists.json"); got != wantManifest {
		t.Errorf("second update changed the manifest:\n%s", got)
	}
	p.srv.SetCSV("opensafely/current-asthma/2020-05-06", "CTV3ID,CTV3PreferredTermDesc,CTV3Source\nH33..,Asthma,CTV3Map\nH330.,Extrinsic asthma,CTV3Map\n")
	p.mustUpdate()
	m, err := codelists.ParseManifest([]byte(p.read("codelists/codelists.json")))
	if err != nil {
		t.Fatal(err)
	}
	if m.Files[0].DownloadedAt != "2024-03-01 09:30:00.123456Z" || m.Files[1].DownloadedAt != "2024-03-03 09:30:00.123456Z" {
		t.Errorf("download times after a change: %q, %q", m.Files[0].DownloadedAt, m.Files[1].DownloadedAt)
	}
}

func TestUpdateInGitHubCISaysSo(t *testing.T) {
	p := newProject(t, "opensafely/asthma-diagnosis/2020-04-15\n")
	p.ci = true
	p.mustUpdate()
	if ua := p.srv.Requests()[0].UserAgent; ua != "OpenSAFELY-CLI/1.2.3 (GitHub CI)" {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestUpdateErrorsLeaveTheDirectoryAlone(t *testing.T) {
	p := newProject(t, "opensafely/asthma-diagnosis/2020-04-15\n")
	p.mustUpdate()
	base := p.srv.URL
	for _, tc := range []struct{ line, want string }{
		{"opensafely/no-such-list/v9", "Error downloading codelist: 404 Client Error: Not Found for url: " + base + "/codelist/opensafely/no-such-list/v9/download.csv\n\nCheck that you can access the codelist at:\n" + base + "/codelist/opensafely/no-such-list/v9/"},
		{"opensafely/broken/v1", "Error downloading codelist: 400 Client Error: Bad Request for url: " + base + "/codelist/opensafely/broken/v1/download.csv\n\nCheck that you can access the codelist at:\n" + base + "/codelist/opensafely/broken/v1/"},
		{"opensafely/draft-list/v0", "Codelist at:\n" + base + "/codelist/opensafely/draft-list/v0/\nis a draft codelist and cannot be added."},
	} {
		// The failing codelist comes after one that downloads fine, and a
		// stale CSV is present: nothing is written or deleted.
		p.write("codelists/codelists.txt", "user/alice/my-inhalers/66f08cca\n"+tc.line+"\nopensafely/asthma-diagnosis/2020-04-15\n")
		p.write("codelists/stale.csv", "x\n")
		before := p.snapshot()
		err := p.update()
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s:\n got %v\nwant %s", tc.line, err, tc.want)
		}
		var ce *codelists.Error
		if !errors.As(err, &ce) || ce.ExitCode() != 1 {
			t.Errorf("%s: error %T", tc.line, err)
		}
		sameFiles(t, p.snapshot(), before)
	}
}

func TestUpdateNetworkFailure(t *testing.T) {
	p := newProject(t, "opensafely/asthma-diagnosis/2020-04-15\n")
	p.srv.Close()
	err := p.update()
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	wantStart := "Error downloading codelist: could not connect to " + p.srv.URL + ": "
	wantEnd := "\n\nCheck that you can access the codelist at:\n" + p.srv.URL + "/codelist/opensafely/asthma-diagnosis/2020-04-15/"
	if !strings.HasPrefix(msg, wantStart) || !strings.HasSuffix(msg, wantEnd) || !strings.Contains(msg, "connection refused") {
		t.Errorf("got %q", msg)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "codelists/codelists.json")); !os.IsNotExist(err) {
		t.Error("manifest written after a failure")
	}
}

func TestMissingDirectoryAndFile(t *testing.T) {
	p := newProject(t, "")
	if err := p.update(); err == nil || err.Error() != "No 'codelists' folder found" {
		t.Errorf("no directory: %v", err)
	}
	os.Mkdir(filepath.Join(p.dir, "codelists"), 0o755)
	if err := p.update(); err == nil || err.Error() != "No file found at 'codelists/codelists.txt'" {
		t.Errorf("no codelists.txt: %v", err)
	}
	if err := p.check(true); err == nil || err.Error() != "No file found at 'codelists/codelists.txt'" {
		t.Errorf("check without codelists.txt: %v", err)
	}
	if err := codelists.Add(context.Background(), p.opts(), codelists.DefaultBaseURL+"/codelist/opensafely/asthma-diagnosis/2020-04-15/"); err == nil || err.Error() != "No file found at 'codelists/codelists.txt'" {
		t.Errorf("add without codelists.txt: %v", err)
	}
	p.write("codelists/codelists.txt", "opensafely/asthma-diagnosis\n")
	want := "opensafely/asthma-diagnosis does not match [project]/[codelist]/[version] or user/[username]/[codelist]/[version]\n  in \"codelists/codelists.txt\", line 1"
	if err := p.update(); err == nil || err.Error() != want {
		t.Errorf("bad line: %v", err)
	}
}

func TestAdd(t *testing.T) {
	p := newProject(t, "opensafely/asthma-diagnosis/2020-04-15") // no final newline
	p.mustUpdate()
	p.now = p.now.Add(time.Hour)
	add := func(u string) error {
		p.out.Reset()
		return codelists.Add(context.Background(), p.opts(), u)
	}
	// A download link on the configured service.
	if err := add(p.srv.URL + "/codelist/opensafely/current-asthma/2020-05-06/download.csv"); err != nil {
		t.Fatal(err)
	}
	// A page URL with an anchor.
	if err := add(p.srv.URL + "/codelist/user/alice/my-inhalers/66f08cca/#full-list"); err != nil {
		t.Fatal(err)
	}
	if got, want := p.read("codelists/codelists.txt"), "opensafely/asthma-diagnosis/2020-04-15\nopensafely/current-asthma/2020-05-06\nuser/alice/my-inhalers/66f08cca\n"; got != want {
		t.Errorf("codelists.txt:\n%q\nwant\n%q", got, want)
	}
	if got := p.read("codelists/user-alice-my-inhalers.csv"); got != fixtures()[2].CSV {
		t.Errorf("downloaded %q", got)
	}
	m, err := codelists.ParseManifest([]byte(p.read("codelists/codelists.json")))
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range m.Files {
		order = append(order, e.Filename+"@"+e.DownloadedAt)
	}
	// As in the reference, each added entry goes first.
	want := "user-alice-my-inhalers.csv@2024-03-01 10:30:00.123456Z opensafely-current-asthma.csv@2024-03-01 10:30:00.123456Z opensafely-asthma-diagnosis.csv@2024-03-01 09:30:00.123456Z"
	if strings.Join(order, " ") != want {
		t.Errorf("manifest order:\n%s\nwant\n%s", strings.Join(order, " "), want)
	}
	if err := p.check(false); err != nil {
		t.Errorf("check after add: %v", err)
	}

	// Failures change nothing.
	before := p.snapshot()
	for _, tc := range []struct{ url, want string }{
		{"https://example.org/codelist/opensafely/x/v1/", "Unable to parse URL, " + p.srv.URL + " not found"},
		{p.srv.URL + "/codelist/opensafely/asthma-diagnosis/2020-04-15/", "opensafely/asthma-diagnosis/2020-04-15 is a duplicate of a previous line\n  in \"codelists/codelists.txt\", line 4"},
		{p.srv.URL + "/codelist/opensafely/asthma-diagnosis/v2/", "opensafely/asthma-diagnosis/v2 conflicts with a different version of the same codelist: 2020-04-15\n  in \"codelists/codelists.txt\", line 4"},
		{p.srv.URL + "/codelist/opensafely/asthma-diagnosis/", "opensafely/asthma-diagnosis does not match [project]/[codelist]/[version] or user/[username]/[codelist]/[version]"},
		{p.srv.URL + "/codelist/opensafely/no-such/v1/", "Error downloading codelist: 404 Client Error: Not Found for url: " + p.srv.URL + "/codelist/opensafely/no-such/v1/download.csv\n\nCheck that you can access the codelist at:\n" + p.srv.URL + "/codelist/opensafely/no-such/v1/"},
		{p.srv.URL + "/codelist/opensafely/draft-list/v0/", "Codelist at:\n" + p.srv.URL + "/codelist/opensafely/draft-list/v0/\nis a draft codelist and cannot be added."},
	} {
		if err := add(tc.url); err == nil || err.Error() != tc.want {
			t.Errorf("add %s:\n got %v\nwant %s", tc.url, err, tc.want)
		}
		sameFiles(t, p.snapshot(), before)
	}
}

// URLs copied from the public service work when a mirror is configured:
// the codelist is fetched from the mirror.
func TestAddPublicURLWithoutManifest(t *testing.T) {
	p := newProject(t, "# none yet\n")
	if err := codelists.Add(context.Background(), p.opts(), "https://www.opencodelists.org/codelist/opensafely/asthma-diagnosis/2020-04-15/"); err != nil {
		t.Fatal(err)
	}
	if got := p.read("codelists/codelists.txt"); got != "# none yet\nopensafely/asthma-diagnosis/2020-04-15\n" {
		t.Errorf("codelists.txt %q", got)
	}
	if err := p.check(true); err != nil || p.out.String() != "Codelists OK\n" {
		t.Errorf("check: %v, output %q", err, p.out)
	}
}

func TestCheck(t *testing.T) {
	p := newProject(t, threeLists)
	p.mustUpdate()
	if err := p.check(true); err != nil || p.out.String() != "Codelists OK\n" {
		t.Fatalf("check: %v, output %q", err, p.out)
	}
	last := p.srv.Requests()[len(p.srv.Requests())-1]
	if last.Method != "POST" || last.Path != "/api/v1/check/" || last.Form["codelists"] != threeLists || last.Form["manifest"] != p.read("codelists/codelists.json") || last.UserAgent != "OpenSAFELY-CLI/1.2.3" {
		t.Errorf("check request %+v", last)
	}
	// Line endings changed by a Windows checkout do not matter.
	p.write("codelists/opensafely-current-asthma.csv", strings.ReplaceAll(fixtures()[1].CSV, "\n", "\r\n"))
	if err := p.check(false); err != nil || p.out.String() != "" {
		t.Errorf("CRLF checkout: %v, output %q", err, p.out)
	}
	p.mustUpdate()

	cases := []struct {
		name   string
		change func()
		want   string
	}{
		{"edited codelists.txt", func() {
			p.write("codelists/codelists.txt", "opensafely/asthma-diagnosis/2020-04-15\nopensafely/current-asthma/2020-05-06\nopensafely/new-list/v1\n")
		}, "It looks like 'codelists.txt' has been edited but 'update' hasn't been run.\n    added: opensafely/new-list/v1\n  removed: user/alice/my-inhalers/66f08cca\n\n" + prompt},
		{"added CSV", func() { p.write("codelists/extra.csv", "code\n") },
			"It looks like CSV files have been added or deleted in the 'codelists' folder.\n    added: extra.csv\n\n" + prompt},
		{"deleted CSV", func() { os.Remove(filepath.Join(p.dir, "codelists/opensafely-current-asthma.csv")) },
			"It looks like CSV files have been added or deleted in the 'codelists' folder.\n  removed: opensafely-current-asthma.csv\n\n" + prompt},
		{"modified CSV", func() {
			p.write("codelists/opensafely-asthma-diagnosis.csv", "code,term\r\n195967001,Asthma\r\n")
			p.write("codelists/user-alice-my-inhalers.csv", "code,term\n")
		}, "A CSV file seems to have been modified since it was downloaded:\n  codelists/opensafely-asthma-diagnosis.csv\n  codelists/user-alice-my-inhalers.csv\n\n" + prompt},
		{"missing manifest", func() { os.Remove(filepath.Join(p.dir, "codelists/codelists.json")) },
			"No file found at 'codelists/codelists.json'.\n" + prompt},
		{"invalid manifest", func() { p.write("codelists/codelists.json", "{\"files\": {") },
			"'codelists/codelists.json' is invalid.\nNote that this file is automatically generated and should not be manually edited.\n\n" + prompt},
	}
	for _, tc := range cases {
		tc.change()
		err := p.check(true)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s:\n got %v\nwant %s", tc.name, err, tc.want)
		}
		p.write("codelists/codelists.txt", threeLists)
		os.Remove(filepath.Join(p.dir, "codelists/extra.csv"))
		p.mustUpdate()
	}
}

func TestCheckWithoutCodelistsDirectory(t *testing.T) {
	p := newProject(t, "")
	if err := p.check(true); err != nil || p.out.String() != "No 'codelists' directory present so nothing to check\n" {
		t.Errorf("check: %v, %q", err, p.out)
	}
	p.out.Reset()
	if err := codelists.CheckUpstream(context.Background(), p.opts()); err != nil || p.out.String() != "No 'codelists' directory present so nothing to check\n" {
		t.Errorf("check-upstream: %v, %q", err, p.out)
	}
}

func TestCheckUpstream(t *testing.T) {
	p := newProject(t, threeLists)
	p.mustUpdate()
	upstream := func() error {
		p.out.Reset()
		return codelists.CheckUpstream(context.Background(), p.opts())
	}
	if err := upstream(); err != nil || p.out.String() != "Codelists OK\n" {
		t.Fatalf("%v %q", err, p.out)
	}
	// A Windows checkout's CRLF line endings are sent as \n.
	p.write("codelists/codelists.txt", strings.ReplaceAll(threeLists, "\n", "\r\n"))
	if err := upstream(); err != nil {
		t.Fatal(err)
	}
	if reqs := p.srv.Requests(); reqs[len(reqs)-1].Form["codelists"] != threeLists {
		t.Errorf("posted %q", reqs[len(reqs)-1].Form["codelists"])
	}

	// The service now serves different content for a version.
	p.srv.SetCSV("opensafely/current-asthma/2020-05-06", "code,term\r\nH33..,Asthma\r\n")
	want := "Some codelists are out of date\nCodelists affected:\n  opensafely/current-asthma/2020-05-06\n\n" + prompt
	if err := upstream(); err == nil || err.Error() != want {
		t.Errorf("changed upstream:\n got %v\nwant %s", err, want)
	}
	// Local checks pass, so check reports the upstream problem too.
	if err := p.check(true); err == nil || err.Error() != want {
		t.Errorf("check with changed upstream: %v", err)
	}
	// In GitHub CI the problem is printed and the check passes.
	p.ci = true
	if err := upstream(); err != nil || p.out.String() != "Some codelists are out of date\nCodelists affected:\n  opensafely/current-asthma/2020-05-06\n\n" {
		t.Errorf("in CI: %v, %q", err, p.out)
	}
	p.ci = false
	p.mustUpdate()

	// The service reports errors in the files and added/removed ids.
	p.write("codelists/codelists.txt", threeLists+"opensafely/no-such-list/v1\n")
	if err := upstream(); err == nil || err.Error() != "Error checking upstream codelists: opensafely/no-such-list/v1 could not be found\n\n"+prompt {
		t.Errorf("unknown codelist: %v", err)
	}
	p.write("codelists/codelists.txt", "opensafely/asthma-diagnosis/2020-04-15\n")
	if err := upstream(); err == nil || err.Error() != "Codelists have been added or removed\n\nFor details, run:\n\n  opensafely codelists check\n\n"+prompt {
		t.Errorf("removed codelists: %v", err)
	}
	os.Remove(filepath.Join(p.dir, "codelists/codelists.json"))
	if err := upstream(); err == nil || err.Error() != "No file found at 'codelists/codelists.json'.\n"+prompt {
		t.Errorf("no manifest: %v", err)
	}
}

func TestCheckWhenTheServiceIsDownOrBroken(t *testing.T) {
	p := newProject(t, threeLists)
	p.mustUpdate()
	p.srv.FailCheck(http.StatusInternalServerError)
	if err := p.check(true); err != nil || p.out.String() != "Local codelists OK; the upstream check at "+p.srv.URL+" failed (500 Server Error: Internal Server Error for url: "+p.srv.URL+"/api/v1/check/), try again later\n" {
		t.Errorf("broken service: %v, %q", err, p.out)
	}
	p.srv.Close()
	if err := p.check(true); err != nil || p.out.String() != "Local codelists OK; could not contact "+p.srv.URL+" for upstream check,try again later\n" {
		t.Errorf("service down: %v, %q", err, p.out)
	}
	// Local problems are still reported.
	p.write("codelists/extra.csv", "code\n")
	if err := p.check(true); err == nil || !strings.HasPrefix(err.Error(), "It looks like CSV files have been added") {
		t.Errorf("local problem with the service down: %v", err)
	}
	os.Remove(filepath.Join(p.dir, "codelists/extra.csv"))
	// check-upstream on its own fails.
	p.out.Reset()
	err := codelists.CheckUpstream(context.Background(), p.opts())
	var unreachable *codelists.UnreachableError
	if err == nil || !errors.As(err, &unreachable) || !strings.HasPrefix(err.Error(), "Could not contact "+p.srv.URL+" for the upstream check: could not connect to ") {
		t.Errorf("check-upstream with the service down: %v", err)
	}
}

// In GitHub CI a project without a manifest is checked against one built
// by downloading into a temporary directory.
func TestCheckInGitHubCIWithoutManifest(t *testing.T) {
	p := newProject(t, threeLists)
	p.mustUpdate()
	os.Remove(filepath.Join(p.dir, "codelists/codelists.json"))
	p.ci = true
	err := p.check(false)
	want := "==> WARNING\n    Using temporary workaround for Github Actions tests.\n    You should run: opensafely codelists update\n\nFetching opensafely/asthma-diagnosis/2020-04-15\nFetching opensafely/current-asthma/2020-05-06\nFetching user/alice/my-inhalers/66f08cca\n"
	if err != nil || p.out.String() != want {
		t.Errorf("got %v, output:\n%s", err, p.out)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "codelists/codelists.json")); !os.IsNotExist(err) {
		t.Error("the temporary manifest was left in the project")
	}
	p.write("codelists/opensafely-current-asthma.csv", "edited\n")
	if err := p.check(false); err == nil || !strings.HasPrefix(err.Error(), "A CSV file seems to have been modified") {
		t.Errorf("modified file in CI: %v", err)
	}
}

func TestNewClientRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "www.opencodelists.org", "ftp://x", "http://"} {
		if _, err := codelists.NewClient(u, "1", false); err == nil {
			t.Errorf("%q accepted", u)
		}
	}
	c, err := codelists.NewClient(" https://www.opencodelists.org/ ", "v2.0", false)
	if err != nil || c.BaseURL != codelists.DefaultBaseURL || c.UserAgent != "OpenSAFELY-CLI/2.0" {
		t.Errorf("%+v %v", c, err)
	}
}
