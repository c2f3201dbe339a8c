// Command opensafely runs a study's project.yaml pipeline locally.
package main

import (
	"os"

	"github.com/opensafely-go/opensafely/internal/cli"
)

func main() {
	os.Exit(cli.Opensafely().Run(cli.OSStreams(), os.Args[1:]))
}
