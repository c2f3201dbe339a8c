// Package pipeline reads and validates project.yaml, the file that declares a
// study's actions, the way the reference OpenSAFELY pipeline library does.
//
// Work happens in three passes, each in its own file:
//
//   - yaml.go turns the bytes into a small position-carrying tree (scalars with
//     their resolved YAML type, mappings in declaration order, sequences),
//     reporting syntax errors, duplicate mapping keys and non-mapping
//     documents;
//   - validate.go checks that tree rule by rule, in the reference's order
//     (the first error wins), and builds a [Project];
//   - command.go tokenises `run` commands with POSIX shell-word rules and
//     derives image, tag and database access.
//
// Every problem is reported as an [*Error] with a [Pos] (file, line, column)
// and the reference's exact message text; [Error.Error] prefixes validation
// messages with "Invalid project: <filename>\n" and adds the position on its
// own last line so the reference's message stays a line of its own.
// Non-fatal problems (an old format version, a user action named run_all
// before version 5) are returned as [Warning]s on the Project.
//
// Beyond the reference the package rejects dependency cycles (naming the
// cycle), non-mapping documents, run commands with unbalanced quotes and
// versions below 1.
//
// # YAML library
//
// We use go.yaml.in/yaml/v3, the maintained continuation of yaml.v3, through
// its Node API: one decode gives every node's line and column, its resolved
// tag and its alias target, so a single small walk (yaml.go) covers
// positions, duplicate keys, anchors and merge keys, and the library pulls
// in no further modules. YAML 1.1 spellings such as yes/no stay strings, as
// the format's real files never rely on them. The library is used in
// yaml.go only; everything else sees our own tree, so swapping it (for
// example for github.com/goccy/go-yaml, whose AST has many more node types
// to handle) touches one file.
package pipeline
