// Package codeliststest runs a small OpenCodelists-compatible HTTP server
// on the loopback interface for tests: it serves codelist versions' CSVs
// at the service's URLs with its headers, answers the check endpoint with
// its rules, and records the requests it received. The data are the
// test's own.
package codeliststest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"

	"github.com/opensafely-go/opensafely/internal/codelists"
)

// Version is one codelist version the server knows.
type Version struct {
	// Owner is an organisation slug or "user/<username>".
	Owner, Slug string
	// Tag and Hash identify the version; either may be used in URLs.
	Tag, Hash string
	// CSV is what download.csv serves.
	CSV string
	// Draft versions answer download.csv with the service's HTML page
	// saying the version is a draft; NotDownloadable ones with HTTP 400.
	Draft, NotDownloadable bool
	// OldCSVs are earlier forms of the download the check endpoint still
	// accepts (as it does for dm+d versions).
	OldCSVs []string
}

// ID is the version's codelists.txt line using its tag.
func (v *Version) ID() string { return v.Owner + "/" + v.Slug + "/" + v.Tag }

// Request is one request the server received.
type Request struct {
	Method, Path, UserAgent string
	Form                    map[string]string
}

// Server is a running fake service.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	versions []*Version
	requests []Request
	// checkStatus, when not 0, makes the check endpoint answer with
	// that HTTP status and an HTML body.
	checkStatus int
}

// New starts a server knowing the given versions; Close stops it.
func New(versions ...*Version) *Server {
	s := &Server{versions: versions}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /codelist/", s.download)
	mux.HandleFunc("POST /api/v1/check/", s.check)
	s.Server = httptest.NewServer(mux)
	return s
}

// SetCSV changes what a version serves (the version is found by ID).
func (s *Server) SetCSV(id, csv string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.lookup(id); v != nil {
		v.CSV = csv
	}
}

// FailCheck makes the check endpoint answer with an HTTP error status
// (0 restores normal answers).
func (s *Server) FailCheck(status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checkStatus = status
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) record(r *http.Request, form map[string]string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, UserAgent: r.UserAgent(), Form: form})
}

// lookup finds a version by "<owner>/<slug>/<tag or hash>", by hash first
// as the service does. The caller holds mu.
func (s *Server) lookup(id string) *Version {
	i := strings.LastIndex(id, "/")
	if i < 0 {
		return nil
	}
	codelist, ref := id[:i], id[i+1:]
	for _, v := range s.versions {
		if v.Owner+"/"+v.Slug == codelist && v.Hash != "" && v.Hash == ref {
			return v
		}
	}
	for _, v := range s.versions {
		if v.Owner+"/"+v.Slug == codelist && v.Tag == ref {
			return v
		}
	}
	return nil
}

func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	s.record(r, nil)
	id, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/codelist/"), "/download.csv")
	s.mu.Lock()
	var v *Version
	if ok {
		v = s.lookup(id)
	}
	var csv string
	if v != nil {
		csv = v.CSV
	}
	s.mu.Unlock()
	switch {
	case v == nil:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, "<!doctype html>\n<title>Not Found</title>\n<h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n")
	case v.NotDownloadable:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, "Codelist is not downloadable")
	case v.Draft:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html>\n<title>%s</title>\n<p>This version is a draft and is not yet ready to be used.</p>\n", v.Slug)
	default:
		ref := id[strings.LastIndex(id, "/")+1:]
		name := strings.ReplaceAll(v.Owner, "user/", "") + "-" + v.Slug + "-" + ref + ".csv"
		w.Header().Set("Content-Type", "text/csv")
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
		fmt.Fprint(w, csv)
	}
}

var linePattern = regexp.MustCompile(`^(user/)?[\w-]+/[\w-]+/[\w.-]+/?$`)

// check answers POST /api/v1/check/ with the service's rules: every line
// must match the pattern and name a downloadable version; the manifest
// must be valid; then the ids are compared and each downloaded file's sha
// must be one the version serves (or served).
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.record(r, map[string]string{"codelists": r.PostForm.Get("codelists"), "manifest": r.PostForm.Get("manifest")})
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.checkStatus != 0 {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(s.checkStatus)
		fmt.Fprint(w, "<h1>Server Error (500)</h1>")
		return
	}
	reply := func(v any) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(v)
	}
	fail := func(msg string) {
		reply(map[string]any{"status": "error", "data": map[string]any{"error": msg}})
	}
	listed := map[string]*Version{}
	for _, line := range strings.Split(strings.ReplaceAll(r.PostForm.Get("codelists"), "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !linePattern.MatchString(line) {
			fail(line + " does not match expected codelist pattern")
			return
		}
		id := strings.TrimRight(line, "/")
		v := s.lookup(id)
		if v == nil {
			fail(line + " could not be found")
			return
		}
		if v.Draft || v.NotDownloadable {
			fail(line + " is not downloadable")
			return
		}
		listed[id] = v
	}
	manifest, err := codelists.ParseManifest([]byte(r.PostForm.Get("manifest")))
	if err != nil {
		fail("Codelists manifest file is invalid")
		return
	}
	recorded := map[string]bool{}
	for _, e := range manifest.Files {
		recorded[e.ID] = true
	}
	added, removed, changed := []string{}, []string{}, []string{}
	for id := range listed {
		if !recorded[id] {
			added = append(added, id)
		}
	}
	for id := range recorded {
		if listed[id] == nil {
			removed = append(removed, id)
		}
	}
	if len(added) == 0 && len(removed) == 0 {
		for _, e := range manifest.Files {
			v := listed[e.ID]
			ok := codelists.Hash([]byte(v.CSV)) == e.SHA
			for _, old := range v.OldCSVs {
				ok = ok || codelists.Hash([]byte(old)) == e.SHA
			}
			if !ok {
				changed = append(changed, e.ID)
			}
		}
	}
	if len(added)+len(removed)+len(changed) == 0 {
		reply(map[string]any{"status": "ok"})
		return
	}
	reply(map[string]any{"status": "error", "data": map[string]any{"added": added, "removed": removed, "changed": changed}})
}
