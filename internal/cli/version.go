package cli

// Version is the release version of both commands, set at build time with
// -ldflags "-X github.com/opensafely-go/opensafely/internal/cli.Version=...".
var Version = "0.1.0-dev"
