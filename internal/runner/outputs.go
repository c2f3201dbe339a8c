package runner

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/atomicfile"
)

// Level 4 defaults (pipeline.md §5.5, §6.3).
const (
	DefaultLevel4MaxFileSize = 16 * 1024 * 1024
	DefaultLevel4MaxCSVRows  = 5000
)

// DefaultLevel4FileTypes are the file types allowed in Level 4.
var DefaultLevel4FileTypes = []string{".csv", ".jpg", ".jpeg", ".png", ".svg", ".svgz", ".html", ".txt", ".log", ".json", ".md"}

// timestampFile is written into a job directory when it is prepared;
// files newer than it are what the job produced.
const timestampFile = ".opensafely-timestamp"

// matchPattern reports whether name (slash-separated, relative) matches an
// output pattern, where '*' matches any run of characters except '/'.
func matchPattern(pattern, name string) bool {
	ok, err := path.Match(pattern, name)
	return err == nil && ok
}

// listFiles returns the regular files under dir as slash-separated
// relative paths, sorted.
func listFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// matchOutputs matches the job directory's files against the output spec
// (§6.1): outputs maps each matched file to its level; unmatched lists the
// patterns that matched nothing; extra lists files newer than the
// timestamp file that matched no pattern.
func matchOutputs(jobDir string, spec map[string]string) (outputs map[string]string, unmatched, extra []string, err error) {
	files, err := listFiles(jobDir)
	if err != nil {
		return nil, nil, nil, err
	}
	outputs = map[string]string{}
	patterns := make([]string, 0, len(spec))
	for p := range spec {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	for _, p := range patterns {
		found := false
		for _, f := range files {
			if matchPattern(p, f) {
				outputs[f] = spec[p]
				found = true
			}
		}
		if !found {
			unmatched = append(unmatched, p)
		}
	}
	var since time.Time
	if fi, err := os.Stat(filepath.Join(jobDir, timestampFile)); err == nil {
		since = fi.ModTime()
	}
	for _, f := range files {
		if f == timestampFile {
			continue
		}
		if _, ok := outputs[f]; ok {
			continue
		}
		if fi, err := os.Stat(filepath.Join(jobDir, filepath.FromSlash(f))); err == nil && fi.ModTime().After(since) {
			extra = append(extra, f)
		}
	}
	return outputs, unmatched, extra, nil
}

// copyFileAtomic copies src to dst (never partial), keeping src's mode and
// modification time, and returns the SHA-256 (hex) of what it copied.
func copyFileAtomic(src, dst string) (hash string, err error) {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return "", err
	}
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if err := atomicfile.WriteFrom(dst, io.TeeReader(in, h), fi.Mode().Perm()); err != nil {
		return "", err
	}
	_ = os.Chtimes(dst, fi.ModTime(), fi.ModTime())
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeFileAtomic writes data to name (never partial), making its
// directory.
func writeFileAtomic(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(name, data, 0o644)
}

// l4Check is the outcome of the Level 4 checks on one file.
type l4Check struct {
	ok          bool
	message     string // for the log, the job record and the manifest
	explanation string // the replacement .txt file's text
	rows, cols  *int
}

// pyMB formats a byte count as Python's round(b / 2**20, 2) prints it.
func pyMB(b int64) string {
	s := strconv.FormatFloat(float64(int64(float64(b)/(1024*1024)*100+0.5))/100, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// checkLevel4 applies the Level 4 checks to a moderately_sensitive file
// (§6.3): its size, its type and, for CSV files, the patient_id column and
// the row count.
func checkLevel4(def *JobDefinition, name, file string) l4Check {
	maxSize := def.Level4MaxFileSize
	if maxSize == 0 {
		maxSize = DefaultLevel4MaxFileSize
	}
	maxRows := def.Level4MaxCSVRows
	if maxRows == 0 {
		maxRows = DefaultLevel4MaxCSVRows
	}
	types := def.Level4FileTypes
	if types == nil {
		types = DefaultLevel4FileTypes
	}
	var res l4Check
	fi, err := os.Stat(file)
	if err != nil {
		return l4Check{message: "File could not be read: " + err.Error(), explanation: err.Error()}
	}
	ext := path.Ext(name)
	var msgs, texts []string
	switch {
	case fi.Size() > maxSize:
		msgs = append(msgs, fmt.Sprintf("File size of %sMb is larger that limit of %sMb.", pyMB(fi.Size()), pyMB(maxSize)))
		texts = append(texts, fmt.Sprintf("%s is %sMb, more than the %sMb allowed for a moderately_sensitive file,\nso it has not been copied to Level 4. Check that it holds only aggregate\ninformation and is small enough for output checkers to review.", name, pyMB(fi.Size()), pyMB(maxSize)))
	case !slices.Contains(types, ext):
		msgs = append(msgs, fmt.Sprintf("File type of %s is not valid level 4 file", ext))
		texts = append(texts, fmt.Sprintf("%s has the file type %s, which is not allowed for moderately_sensitive\nfiles, so it has not been copied to Level 4. Level 4 files must be aggregate\nresults that output checkers can read directly; the allowed types are:\n%s\n(see https://docs.opensafely.org/requesting-file-release/#allowed-file-types).", name, ext, strings.Join(types, " ")))
	case ext == ".csv":
		header, rows, cols, err := csvCounts(file)
		if err == nil {
			res.rows, res.cols = &rows, &cols
			if slices.Contains(header, "patient_id") {
				msgs = append(msgs, "File has patient_id column")
				texts = append(texts, fmt.Sprintf("%s has a patient_id column, so it has not been copied to Level 4:\npatient-level data may not leave Level 3. Label the output highly_sensitive\nin project.yaml or, if it is aggregate data, drop the patient_id column.", name))
			}
			if rows > maxRows {
				msgs = append(msgs, fmt.Sprintf("File row count (%d) exceeds maximum allowed rows (%d)", rows, maxRows))
				texts = append(texts, fmt.Sprintf("%s has %d rows, more than the %d allowed for a moderately_sensitive\nfile, so it has not been copied to Level 4. Aggregate it further, or contact\ntech-support if you need a larger table.", name, rows, maxRows))
			}
		}
	}
	if len(msgs) == 0 {
		res.ok = true
		return res
	}
	res.message = strings.Join(msgs, ",")
	res.explanation = strings.Join(texts, "\n\n") + "\n"
	return res
}

// csvCounts returns a CSV file's header, data rows and columns (of the
// first data row; 0 and 0 when there is none).
func csvCounts(file string) (header []string, rows, cols int, err error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, 0, 0, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err = r.Read()
	if errors.Is(err, io.EOF) {
		return nil, 0, 0, nil
	}
	if err != nil {
		return nil, 0, 0, err
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return header, rows, cols, err
		}
		if rows == 0 {
			cols = len(rec)
		}
		rows++
	}
	return header, rows, cols, nil
}

// tabulate writes rows as "  <key padded>  - <value>" lines, or
// "  <empty>" when there are none.
func tabulate(b *strings.Builder, rows [][2]string, empty string) {
	if len(rows) == 0 {
		if empty != "" {
			b.WriteString("  " + empty + "\n")
		}
		return
	}
	w := 0
	for _, r := range rows {
		if len(r[0]) > w {
			w = len(r[0])
		}
	}
	for _, r := range rows {
		fmt.Fprintf(b, "  %-*s  - %s\n", w, r[0], r[1])
	}
}

func sortedPairs(m map[string]string) [][2]string {
	rows := make([][2]string, 0, len(m))
	for k, v := range m {
		rows = append(rows, [2]string{k, v})
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a][0] < rows[b][0] })
	return rows
}

// logSummary is the trailer of metadata/<action>.log (§6.6).
type logSummary struct {
	// Agent selects the backend agent's form (marker line and
	// job_definition_rap_id) over the local CLI's.
	Agent                         bool
	JobID, RapID, Commit, ImageID string
	ExitCode                      string
	CreatedAt, CompletedAt        int64
	DatabaseName, StatusMsg, Hint string
	Outputs                       map[string]string
	Excluded                      map[string]string
}

// String renders the trailer, to append after the timestamped body.
func (s logSummary) String() string {
	var b strings.Builder
	b.WriteString("\n")
	if s.Agent {
		b.WriteString("=============JOB SUMMARY=============\n")
	} else {
		b.WriteString("\n")
	}
	reqKey := "job_definition_request_id"
	if s.Agent {
		reqKey = "job_definition_rap_id"
	}
	itoa := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	for _, kv := range [][2]string{
		{"job_definition_id", s.JobID}, {reqKey, s.RapID}, {"commit", s.Commit},
		{"docker_image_id", s.ImageID}, {"exit_code", s.ExitCode},
		{"created_at", itoa(s.CreatedAt)}, {"completed_at", itoa(s.CompletedAt)},
		{"database_name", s.DatabaseName}, {"status_message", s.StatusMsg}, {"hint", s.Hint},
	} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
		}
	}
	b.WriteString("\noutputs:\n")
	tabulate(&b, sortedPairs(s.Outputs), "(no outputs)")
	if len(s.Excluded) > 0 {
		b.WriteString("\nInvalid moderately_sensitive outputs:\n")
		tabulate(&b, sortedPairs(s.Excluded), "")
	}
	return b.String()
}

// OutputMetadata is one file's entry in metadata/manifest.json (§6.4).
type OutputMetadata struct {
	Level           string  `json:"level"`
	JobID           string  `json:"job_id"`
	JobRequest      string  `json:"job_request"`
	Action          string  `json:"action"`
	User            string  `json:"user"`
	Repo            string  `json:"repo"`
	Commit          string  `json:"commit"`
	Size            int64   `json:"size"`
	Timestamp       float64 `json:"timestamp"`
	ContentHash     string  `json:"content_hash"`
	Excluded        bool    `json:"excluded"`
	Message         *string `json:"message"`
	RowCount        *int    `json:"row_count"`
	ColCount        *int    `json:"col_count"`
	OutOfDateAction bool    `json:"out_of_date_action"`
	OutOfDateOutput bool    `json:"out_of_date_output"`
}

// Manifest is metadata/manifest.json.
type Manifest struct {
	Workspace string                     `json:"workspace"`
	Repo      *string                    `json:"repo"`
	Outputs   map[string]*OutputMetadata `json:"outputs"`
}

// ReadManifest reads dir/metadata/manifest.json, or returns an empty one.
func ReadManifest(dir, workspace string) (*Manifest, error) {
	m := &Manifest{Workspace: workspace, Outputs: map[string]*OutputMetadata{}}
	data, err := os.ReadFile(filepath.Join(dir, "metadata", "manifest.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("runner: %s is not valid JSON: %w", filepath.Join(dir, "metadata", "manifest.json"), err)
	}
	if m.Outputs == nil {
		m.Outputs = map[string]*OutputMetadata{}
	}
	return m, nil
}

// updateManifest records this job's outputs in dir/metadata/manifest.json
// (§6.4): its files' entries are replaced, earlier outputs of the action
// not produced this time are marked out_of_date_output, and outputs of
// actions no longer in the project are marked out_of_date_action.
func updateManifest(dir string, def *JobDefinition, files map[string]*OutputMetadata, currentActions []string) error {
	m, err := ReadManifest(dir, def.Workspace)
	if err != nil {
		return err
	}
	for name, md := range m.Outputs {
		if md.Action == def.Action {
			if _, ok := files[name]; !ok {
				md.OutOfDateOutput = true
			}
		}
	}
	for name, md := range files {
		m.Outputs[name] = md
	}
	if currentActions != nil {
		for _, md := range m.Outputs {
			md.OutOfDateAction = !slices.Contains(currentActions, md.Action)
		}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, "metadata", "manifest.json"), data)
}
