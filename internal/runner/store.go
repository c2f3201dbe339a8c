package runner

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

var jobsBucket = []byte("jobs")

// Store keeps job records in a bbolt database file. Every Put is a
// committed (fsynced) transaction, so a record survives the process being
// killed right after it returns.
type Store struct {
	db   *bolt.DB
	path string
}

// ErrLocked reports that another runner holds the state database.
var ErrLocked = errors.New("runner: the state database is in use by another opensafely run")

// OpenStore opens (creating it if needed) the database at path. It fails
// with ErrLocked when another process has it open.
func OpenStore(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("runner: %w", err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w (%s); wait for it to finish or stop it", ErrLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("runner: opening state database %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(jobsBucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("runner: %w", err)
	}
	return &Store{db: db, path: path}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Put inserts or replaces jobs in one transaction.
func (s *Store) Put(jobs ...*Job) error {
	now := time.Now().Unix()
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(jobsBucket)
		for _, j := range jobs {
			j.UpdatedAt = now
			data, err := json.Marshal(j)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(j.ID), data); err != nil {
				return err
			}
		}
		return nil
	})
}

// Get returns a job by id, or nil.
func (s *Store) Get(id string) (*Job, error) {
	var job *Job
	err := s.db.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(jobsBucket).Get([]byte(id))
		if data == nil {
			return nil
		}
		job = new(Job)
		return json.Unmarshal(data, job)
	})
	return job, err
}

// All returns every job, oldest first.
func (s *Store) All() ([]*Job, error) {
	var jobs []*Job
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(jobsBucket).ForEach(func(_, v []byte) error {
			j := new(Job)
			if err := json.Unmarshal(v, j); err != nil {
				return err
			}
			jobs = append(jobs, j)
			return nil
		})
	})
	sort.SliceStable(jobs, func(a, b int) bool { return jobs[a].CreatedAtNs < jobs[b].CreatedAtNs })
	return jobs, err
}

// Latest returns the most recent non-cancelled job of each action in the
// workspace (pipeline.md §5.4 step 3).
func (s *Store) Latest(workspace string) (map[string]*Job, error) {
	all, err := s.All()
	if err != nil {
		return nil, err
	}
	latest := map[string]*Job{}
	for _, j := range all {
		if j.Workspace != workspace || j.Cancelled {
			continue
		}
		latest[j.Action] = j
	}
	return latest, nil
}
