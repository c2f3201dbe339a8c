package codelists

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultBaseURL is the public OpenCodelists service.
const DefaultBaseURL = "https://www.opencodelists.org"

// maxDownload caps a downloaded CSV (the largest real codelists are a few
// megabytes).
const maxDownload = 256 << 20

// Client talks to an OpenCodelists-compatible service.
type Client struct {
	// BaseURL is the service's root URL without a trailing slash, e.g.
	// DefaultBaseURL or a test server's URL.
	BaseURL string
	// UserAgent is sent with every request.
	UserAgent string
	// HTTP does the requests.
	HTTP *http.Client
}

// NewClient returns a client for the service at base with bounded
// connection, header and overall timeouts. version is our release
// version (a leading "v" is dropped); githubCI adds " (GitHub CI)" to the
// User-Agent, as the reference does when GITHUB_WORKFLOW is set.
func NewClient(base, version string, githubCI bool) (*Client, error) {
	base = strings.TrimRight(strings.TrimSpace(base), "/")
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not a valid OpenCodelists URL: give an http:// or https:// address such as %s", base, DefaultBaseURL)
	}
	ua := "OpenSAFELY-CLI/" + strings.TrimPrefix(version, "v")
	if githubCI {
		ua += " (GitHub CI)"
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DialContext = (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	transport.TLSHandshakeTimeout = 15 * time.Second
	transport.ResponseHeaderTimeout = 60 * time.Second
	return &Client{
		BaseURL:   base,
		UserAgent: ua,
		HTTP:      &http.Client{Transport: transport, Timeout: 5 * time.Minute},
	}, nil
}

// errDraft reports a response that is the service's page for a draft
// version rather than a CSV.
var errDraft = errors.New("draft codelist")

// download fetches a codelist version's CSV. The reply must be a
// successful text/csv response.
func (c *Client) download(ctx context.Context, cl Codelist) ([]byte, error) {
	target := cl.DownloadURL(c.BaseURL)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.UserAgent)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, transportError(err)
	}
	defer resp.Body.Close()
	if err := statusError(resp, target); err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxDownload+1))
	if err != nil {
		return nil, fmt.Errorf("the connection failed while reading the reply: %v", err)
	}
	if len(body) > maxDownload {
		return nil, fmt.Errorf("the reply is larger than %d MB", maxDownload>>20)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/csv" {
		if bytes.Contains(bytes.ToLower(body), []byte("this version is a draft")) {
			return nil, errDraft
		}
		return nil, errors.New("No codelist found at URL")
	}
	return body, nil
}

// statusError renders an HTTP error status the way the reference's HTTP
// library does: "404 Client Error: Not Found for url: <url>".
func statusError(resp *http.Response, target string) error {
	if resp.StatusCode < 400 {
		return nil
	}
	kind := "Client"
	if resp.StatusCode >= 500 {
		kind = "Server"
	}
	reason := strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode)))
	if reason == "" {
		reason = http.StatusText(resp.StatusCode)
	}
	return fmt.Errorf("%d %s Error: %s for url: %s", resp.StatusCode, kind, reason, target)
}

// UnreachableError means the service could not be contacted at all
// (connection refused, DNS failure, timeout).
type UnreachableError struct{ Err error }

func (e *UnreachableError) Error() string { return e.Err.Error() }
func (e *UnreachableError) Unwrap() error { return e.Err }

// transportError turns a failed request into an UnreachableError with a
// message that names the cause without Go's request prefix.
func transportError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		msg := ue.Err.Error()
		if ue.Timeout() {
			msg = "timed out: " + msg
		}
		return &UnreachableError{Err: fmt.Errorf("could not connect to %s: %s", hostOf(ue.URL), msg)}
	}
	return &UnreachableError{Err: err}
}

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return u.Scheme + "://" + u.Host
	}
	return raw
}

// UpstreamReply is the check endpoint's answer.
type UpstreamReply struct {
	// Status is "ok" or "error".
	Status string `json:"status"`
	Data   struct {
		// Error is a problem with the files themselves.
		Error string `json:"error"`
		// Added and Removed are ids in one file but not the other;
		// Changed the ids whose downloaded content the service no
		// longer serves.
		Added   []string `json:"added"`
		Removed []string `json:"removed"`
		Changed []string `json:"changed"`
	} `json:"data"`
}

// checkURL is the service's check endpoint.
func (c *Client) checkURL() string { return c.BaseURL + "/api/v1/check/" }

// checkUpstream posts codelists.txt and codelists.json to the service's
// check endpoint as a form.
func (c *Client) checkUpstream(ctx context.Context, list, manifest []byte) (*UpstreamReply, error) {
	form := url.Values{"codelists": {string(list)}, "manifest": {string(manifest)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.checkURL(), strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", c.UserAgent)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, transportError(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, transportError(err)
	}
	var reply UpstreamReply
	if err := json.Unmarshal(body, &reply); err != nil || (reply.Status != "ok" && reply.Status != "error") {
		if serr := statusError(resp, c.checkURL()); serr != nil {
			return nil, serr
		}
		return nil, fmt.Errorf("unexpected reply from %s (not the check endpoint's JSON)", c.checkURL())
	}
	return &reply, nil
}
