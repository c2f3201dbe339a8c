package cli

// Opensafely returns the opensafely command-line program. Its pipeline
// commands (run, exec, codelists, ...) arrive with the pipeline work.
func Opensafely() *Program {
	return &Program{
		Name:    "opensafely",
		Version: Version,
		Summary: "opensafely: run a study's project.yaml pipeline locally, exactly as the secure backend will.",
		Commands: []*Command{
			runCommand(),
			execCommand(),
			pullCommand(),
			ehrqlJobCommand(),
			checkCommand(),
			codelistsCommand(),
			unzipCommand(),
			infoCommand(),
			cleanCommand(),
		},
	}
}
