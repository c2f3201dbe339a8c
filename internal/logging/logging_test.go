package logging

import (
	"bytes"
	"testing"
)

func TestLogger(t *testing.T) {
	var b bytes.Buffer
	l := New(&b, Info)
	l.Debugf("hidden %d", 1)
	l.Infof("Compiling dataset definition from %s", "analysis/dataset_definition.py")
	l.Warningf("two\nlines")
	l.Log(Error, "100% literal")
	want := "[info   ] Compiling dataset definition from analysis/dataset_definition.py\n" +
		"[warning] two\n[warning] lines\n[error  ] 100% literal\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	var nilLogger *Logger
	nilLogger.Infof("no panic")
	New(nil, Debug).Infof("no panic")
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]Level{"": Info, "DEBUG": Debug, "info": Info, "Warning": Warning, "warn": Warning, "ERROR": Error, "critical": Error} {
		got, err := ParseLevel(in)
		if err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseLevel("loud"); err == nil {
		t.Error("ParseLevel(loud): no error")
	}
	d := New(&bytes.Buffer{}, Debug)
	if !d.Enabled(Debug) || New(&bytes.Buffer{}, Warning).Enabled(Info) {
		t.Error("Enabled disagrees with the level")
	}
}

func TestProgressOnlyOnTerminals(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, Info)
	l.Progressf("Generating dummy data: %d of %d", 5, 10)
	l.EndProgress()
	if buf.Len() != 0 {
		t.Errorf("progress reached a non-terminal writer: %q", buf.String())
	}
}
