package exampledata

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/opensafely-go/opensafely/internal/fileformats"
)

// ErrExists is returned by Write when a file it would write already
// exists: example data never overwrites a user's files.
var ErrExists = errors.New("exampledata: file already exists")

// Write writes the tables into dir (created if needed) as one file per
// table in format f, named <table><ext>. If any of those files already
// exists it writes nothing and returns an error wrapping ErrExists. It
// returns the paths written.
func Write(dir string, f fileformats.Format, tables []Table) ([]string, error) {
	paths := make([]string, len(tables))
	var existing []string
	for i, t := range tables {
		paths[i] = filepath.Join(dir, t.Name+f.Ext())
		if _, err := os.Lstat(paths[i]); err == nil {
			existing = append(existing, paths[i])
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("exampledata: %w", err)
		}
	}
	if len(existing) > 0 {
		return nil, fmt.Errorf("%w: %s (remove it or choose another directory)", ErrExists, strings.Join(existing, ", "))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("exampledata: %w", err)
	}
	for i, t := range tables {
		w, err := fileformats.CreateFile(paths[i], f, t.Spec)
		if err != nil {
			return nil, err
		}
		if err := w.WriteTable(t.Data); err != nil {
			w.Abort()
			return nil, fmt.Errorf("exampledata: writing %s: %w", paths[i], err)
		}
		if err := w.Close(); err != nil {
			return nil, fmt.Errorf("exampledata: writing %s: %w", paths[i], err)
		}
	}
	return paths, nil
}
