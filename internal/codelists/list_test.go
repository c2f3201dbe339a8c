package codelists

import (
	"strings"
	"testing"
	"time"
)

func TestParseList(t *testing.T) {
	text := "\ufeff# Asthma codelists\n\n  opensafely/asthma-diagnosis/2020-04-15/  \r\nuser/alice/my-list/66f08cca\r# comment\nprimis-covid19-vacc-uptake/ast_cov/v1.1\n"
	list, err := ParseList("codelists/codelists.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []Codelist{
		{ID: "opensafely/asthma-diagnosis/2020-04-15", Codelist: "opensafely/asthma-diagnosis", Version: "2020-04-15", Filename: "opensafely-asthma-diagnosis.csv", Line: 3},
		{ID: "user/alice/my-list/66f08cca", Codelist: "user/alice/my-list", Version: "66f08cca", Filename: "user-alice-my-list.csv", Line: 4},
		{ID: "primis-covid19-vacc-uptake/ast_cov/v1.1", Codelist: "primis-covid19-vacc-uptake/ast_cov", Version: "v1.1", Filename: "primis-covid19-vacc-uptake-ast_cov.csv", Line: 6},
	}
	if len(list) != len(want) {
		t.Fatalf("got %d codelists: %+v", len(list), list)
	}
	for i := range want {
		if list[i] != want[i] {
			t.Errorf("codelist %d:\n got %+v\nwant %+v", i, list[i], want[i])
		}
	}
	c := list[0]
	if got := c.URL(DefaultBaseURL); got != "https://www.opencodelists.org/codelist/opensafely/asthma-diagnosis/2020-04-15/" {
		t.Errorf("URL %q", got)
	}
	if got := c.DownloadURL("http://127.0.0.1:8000/"); got != "http://127.0.0.1:8000/codelist/opensafely/asthma-diagnosis/2020-04-15/download.csv" {
		t.Errorf("DownloadURL %q", got)
	}
}

func TestParseListErrors(t *testing.T) {
	const suffix = "does not match [project]/[codelist]/[version] or user/[username]/[codelist]/[version]"
	for _, tc := range []struct{ text, want string }{
		{"opensafely/asthma\n", "opensafely/asthma " + suffix + "\n  in \"codelists/codelists.txt\", line 1"},
		{"# x\nopensafely/asthma/v1/extra/bits\n", "opensafely/asthma/v1/extra/bits " + suffix + "\n  in \"codelists/codelists.txt\", line 2"},
		{"org/a/b/c\n", "org/a/b/c " + suffix + "\n  in \"codelists/codelists.txt\", line 1"},
		{"opensafely//v1\n", "opensafely//v1 " + suffix + "\n  in \"codelists/codelists.txt\", line 1"},
		{"../x/v1\n", "../x/v1 " + suffix + "\n  in \"codelists/codelists.txt\", line 1"},
		{"a/b/v1\n\na/b/v1/\n", "a/b/v1 is a duplicate of a previous line\n  in \"codelists/codelists.txt\", line 3"},
		{"a/b/v1\r\na/b/v2\r\n", "a/b/v2 conflicts with a different version of the same codelist: v1\n  in \"codelists/codelists.txt\", line 2"},
		{"a-b/c/v1\na/b-c/v1\n", "a/b-c/v1 would be downloaded to a-b-c.csv, the same file as a-b/c/v1\n  in \"codelists/codelists.txt\", line 2"},
		{"a/b/\xff\n", "'codelists/codelists.txt' is not valid UTF-8 text"},
	} {
		_, err := ParseList("codelists/codelists.txt", []byte(tc.text))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q:\n got %v\nwant %s", tc.text, err, tc.want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\n\nb", []string{"a", "", "b"}},
		{"a\r\nb\rc\x0bd\x0ce\u2028f", []string{"a", "b", "c", "d", "e", "f"}},
		{"\r\n\r\n", []string{"", ""}},
	} {
		got := splitLines(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The expected values were computed with the reference's method in
// CPython: sha1(b"\n".join(content.splitlines())).
func TestHash(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"code,term\r\n1,x\r\n", "663e988804b0bf5e1d317d7793042f94677b1d97"},
		{"code,term\n1,x\n", "663e988804b0bf5e1d317d7793042f94677b1d97"},
		{"code,term\r1,x", "663e988804b0bf5e1d317d7793042f94677b1d97"},
		{"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
		{"\n", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
		{"a\n\n", "3f786850e387550fdab836ed7e6dc881de23001b"},
		{"a\r\r\nb", "8036271ac3d78f16afba17a52f59f4b92ddea14d"},
	} {
		if got := Hash([]byte(tc.in)); got != tc.want {
			t.Errorf("Hash(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// The expected text is what CPython's json.dumps(manifest, indent=2)
// printed for the same manifest.
func TestManifestMarshal(t *testing.T) {
	m := &Manifest{Files: []Entry{
		{Filename: "opensafely-asthma.csv", ID: "opensafely/asthma/v1", URL: "https://www.opencodelists.org/codelist/opensafely/asthma/v1/", DownloadedAt: "2020-12-18 16:53:23.649007Z", SHA: "abc"},
		{Filename: "user-élise-x.csv", ID: "user/élise/x/1\"\\\t\x7f😀", URL: "u", DownloadedAt: "d", SHA: "s"},
	}}
	want := "{\n  \"files\": {\n    \"opensafely-asthma.csv\": {\n      \"id\": \"opensafely/asthma/v1\",\n      \"url\": \"https://www.opencodelists.org/codelist/opensafely/asthma/v1/\",\n      \"downloaded_at\": \"2020-12-18 16:53:23.649007Z\",\n      \"sha\": \"abc\"\n    },\n    \"user-\\u00e9lise-x.csv\": {\n      \"id\": \"user/\\u00e9lise/x/1\\\"\\\\\\t\\u007f\\ud83d\\ude00\",\n      \"url\": \"u\",\n      \"downloaded_at\": \"d\",\n      \"sha\": \"s\"\n    }\n  }\n}"
	if got := string(m.Marshal()); got != want {
		t.Errorf("Marshal:\n%s\nwant\n%s", got, want)
	}
	if got := string((&Manifest{}).Marshal()); got != "{\n  \"files\": {}\n}" {
		t.Errorf("empty manifest: %q", got)
	}
	back, err := ParseManifest(m.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Files) != 2 || back.Files[0] != m.Files[0] || back.Files[1] != m.Files[1] {
		t.Errorf("round trip: %+v", back.Files)
	}
}

func TestParseManifestKeepsOrderAndRejectsNonsense(t *testing.T) {
	m, err := ParseManifest([]byte(`{"files": {"z.csv": {"id": "o/z/1", "sha": "1"}, "a.csv": {"id": "o/a/1", "sha": "2"}, "z.csv": {"id": "o/z/2", "sha": "3"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 2 || m.Files[0].Filename != "z.csv" || m.Files[0].ID != "o/z/2" || m.Files[1].Filename != "a.csv" {
		t.Errorf("got %+v", m.Files)
	}
	want := "'codelists/codelists.json' is invalid.\nNote that this file is automatically generated and should not be manually edited.\n\n" + updatePrompt
	for _, bad := range []string{``, `{`, `[]`, `{}`, `{"files": []}`, `{"files": {"a.csv": {"sha": "1"}}}`, `{"files": {"a.csv": {"id": 1, "sha": "1"}}}`, `{"files": {"a.csv": "x"}}`} {
		_, err := ParseManifest([]byte(bad))
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v", bad, err)
		}
	}
}

func TestFormatTime(t *testing.T) {
	at := time.Date(2020, 12, 18, 17, 53, 23, 649007000, time.FixedZone("CET", 3600))
	if got := FormatTime(at); got != "2020-12-18 16:53:23.649007Z" {
		t.Errorf("FormatTime = %q", got)
	}
	if got := FormatTime(time.Date(2021, 1, 2, 3, 4, 5, 0, time.UTC)); got != "2021-01-02 03:04:05.000000Z" {
		t.Errorf("FormatTime = %q", got)
	}
}
