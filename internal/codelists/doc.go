// Package codelists manages a study's downloaded codelists the way the
// reference `opensafely codelists` tool does: it reads
// codelists/codelists.txt (one `org/slug/version` or
// `user/name/slug/version` line per codelist), downloads each listed
// version's CSV from an OpenCodelists-compatible HTTP service, records what
// it downloaded in codelists/codelists.json, and checks that the three agree
// (and, optionally, that the service still serves the same content).
//
// The pieces:
//
//   - list.go parses codelists.txt into [Codelist] values (file names,
//     URLs), reporting bad, duplicate and conflicting lines with their
//     line numbers;
//   - manifest.go reads and writes codelists.json byte for byte as the
//     reference writes it (Python's json.dumps with indent=2, entries in
//     file order, no final newline) and computes [Hash], the line-ending
//     independent SHA-1 the manifest records;
//   - client.go talks to the service ([Client]: download a CSV, post to the
//     check endpoint) with timeouts and the reference's User-Agent;
//   - commands.go implements [Update], [Add], [Check] and [CheckUpstream].
//
// Messages are the reference's, word for word; every failure is an
// [*Error]. Beyond the reference, nothing in codelists/ changes unless the
// whole operation succeeds: update downloads every codelist before it
// replaces any file, add validates the new line and downloads it before it
// edits codelists.txt, and every file is written to a temporary name and
// renamed into place.
package codelists
