package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codelists/codeliststest"
)

func codelistsServer(t *testing.T) *codeliststest.Server {
	srv := codeliststest.New(
		&codeliststest.Version{Owner: "opensafely", Slug: "asthma-diagnosis", Tag: "2020-04-15", Hash: "5b13e2a6", CSV: "code,term\r\n195967001,Asthma\r\n"},
		&codeliststest.Version{Owner: "opensafely", Slug: "salbutamol", Tag: "v1", CSV: "code,term\r\n0301011R0AAAPAP,Salbutamol\r\n"},
	)
	t.Cleanup(srv.Close)
	return srv
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOpensafelyCodelists(t *testing.T) {
	srv := codelistsServer(t)
	t.Setenv("GITHUB_WORKFLOW", "")
	t.Setenv(opencodelistsURLEnv, srv.URL)
	t.Chdir(t.TempDir())
	writeFile(t, "codelists/codelists.txt", "opensafely/asthma-diagnosis/2020-04-15\n")

	code, out, errOut := run(t, Opensafely(), "codelists", "update")
	if code != 0 || out != "Fetching opensafely/asthma-diagnosis/2020-04-15\n" || errOut != "" {
		t.Fatalf("update: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got, _ := os.ReadFile("codelists/opensafely-asthma-diagnosis.csv"); string(got) != "code,term\r\n195967001,Asthma\r\n" {
		t.Errorf("downloaded %q", got)
	}
	code, out, errOut = run(t, Opensafely(), "codelists", "check")
	if code != 0 || out != "Codelists OK\n" || errOut != "" {
		t.Errorf("check: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	// add takes the URL of a codelist on the service.
	code, out, errOut = run(t, Opensafely(), "codelists", "add", srv.URL+"/codelist/opensafely/salbutamol/v1/")
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("add: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got, _ := os.ReadFile("codelists/codelists.txt"); string(got) != "opensafely/asthma-diagnosis/2020-04-15\nopensafely/salbutamol/v1\n" {
		t.Errorf("codelists.txt %q", got)
	}
	code, out, _ = run(t, Opensafely(), "codelists", "check-upstream")
	if code != 0 || out != "Codelists OK\n" {
		t.Errorf("check-upstream: code %d, stdout %q", code, out)
	}

	// A problem update fixes: the reference's message, its final blank
	// line and exit status 1.
	writeFile(t, "codelists/opensafely-salbutamol.csv", "code,term\n")
	code, out, errOut = run(t, Opensafely(), "codelists", "check")
	want := "A CSV file seems to have been modified since it was downloaded:\n  codelists/opensafely-salbutamol.csv\n\nTo fix these errors run the command below and commit the changes:\n\n  opensafely codelists update\n\n"
	if code != 1 || out != "" || errOut != want {
		t.Errorf("check after an edit: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A 404.
	writeFile(t, "codelists/codelists.txt", "opensafely/unknown/v1\n")
	code, out, errOut = run(t, Opensafely(), "codelists", "update")
	want = "Error downloading codelist: 404 Client Error: Not Found for url: " + srv.URL + "/codelist/opensafely/unknown/v1/download.csv\n\nCheck that you can access the codelist at:\n" + srv.URL + "/codelist/opensafely/unknown/v1/\n"
	if code != 1 || out != "Fetching opensafely/unknown/v1\n" || errOut != want {
		t.Errorf("404: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestOpensafelyCodelistsFlags(t *testing.T) {
	srv := codelistsServer(t)
	t.Setenv(opencodelistsURLEnv, "http://127.0.0.1:1")
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "codelists/codelists.txt"), "opensafely/salbutamol/v1\n")
	// The flag beats the environment variable; --project-dir points at
	// the project.
	code, out, errOut := run(t, Opensafely(), "codelists", "update", "--opencodelists-url", srv.URL+"/", "--project-dir", dir)
	if code != 0 || out != "Fetching opensafely/salbutamol/v1\n" {
		t.Fatalf("update: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	m, err := os.ReadFile(filepath.Join(dir, "codelists/codelists.json"))
	if err != nil || !strings.Contains(string(m), `"url": "`+srv.URL+`/codelist/opensafely/salbutamol/v1/"`) {
		t.Errorf("manifest %s %v", m, err)
	}
	if ua := srv.Requests()[0].UserAgent; ua != "OpenSAFELY-CLI/"+strings.TrimPrefix(Version, "v") {
		t.Errorf("User-Agent %q", ua)
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"codelists", "frobnicate"}, 2, `invalid choice: "frobnicate" (choose from add, update, check, check-upstream)`},
		{[]string{"codelists", "add"}, 2, "codelists add needs the URL of the codelist to add"},
		{[]string{"codelists", "update", "x"}, 2, `unexpected argument "x" after update`},
		{[]string{"codelists", "update", "--opencodelists-url", "ftp://x"}, 2, `"ftp://x" is not a valid OpenCodelists URL`},
		{[]string{"codelists", "update", "--project-dir", t.TempDir()}, 1, "No 'codelists' folder found\n"},
		{[]string{"codelists", "add", "https://example.com/codelist/a/b/c/", "--project-dir", dir}, 1, "Unable to parse URL, http://127.0.0.1:1 not found\n"},
	} {
		code, _, errOut := run(t, Opensafely(), tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q", tc.args, code, errOut)
		}
	}
	// Without a subcommand the subcommands are listed.
	code, out, _ = run(t, Opensafely(), "codelists")
	if code != 0 || !strings.Contains(out, "available commands:\n  add URL") || !strings.Contains(out, "check-upstream") {
		t.Errorf("codelists: code %d, stdout %q", code, out)
	}
	// The service being down does not fail check once the local checks pass.
	srv.Close()
	code, out, _ = run(t, Opensafely(), "codelists", "check", "--project-dir", dir, "--opencodelists-url", srv.URL)
	if code != 0 || out != "Local codelists OK; could not contact "+srv.URL+" for upstream check,try again later\n" {
		t.Errorf("check with the service down: code %d, stdout %q", code, out)
	}
	code, _, errOut = run(t, Opensafely(), "codelists", "check-upstream", "--project-dir", dir, "--opencodelists-url", srv.URL)
	if code != 1 || !strings.HasPrefix(errOut, "Could not contact "+srv.URL+" for the upstream check: ") {
		t.Errorf("check-upstream with the service down: code %d, stderr %q", code, errOut)
	}
}
