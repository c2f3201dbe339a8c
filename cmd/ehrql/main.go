// Command ehrql runs ehrQL dataset and measures definitions.
package main

import (
	"os"

	"github.com/opensafely-go/opensafely/internal/cli"
)

func main() {
	os.Exit(cli.Ehrql().Run(cli.OSStreams(), os.Args[1:]))
}
