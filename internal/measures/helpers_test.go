package measures

import (
	"io"

	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func loadForTest(path string) (*querymodel.ModuleDetails, error) {
	return ehrql.Load(loader.Options{Path: path, Log: io.Discard})
}
