package pipeline

import (
	"errors"
	"regexp"
	"strings"
)

// Command is an action's parsed `run` string.
type Command struct {
	// Raw is the `run` string exactly as parsed from YAML.
	Raw string
	// Image and Tag come from the first word, "<image>:<tag>".
	Image, Tag string
	// Args are the remaining words after shell-word splitting.
	Args []string
}

var tagRE = regexp.MustCompile(`^((v[0-9.]+(-pre)?)|dev|latest)$`)

// ImageRef is "<image>:<tag>" with the tag "latest" normalised to "v1" (the
// reference's action_images).
func (c Command) ImageRef() string {
	tag := c.Tag
	if tag == "latest" {
		tag = "v1"
	}
	return c.Image + ":" + tag
}

// IsDatabaseAction reports whether the command needs database access: ehrql
// generate-dataset or generate-measures, any sqlrunner command, cohortextractor
// generate_cohort or generate_codelist_report, databuilder generate-dataset.
func (c Command) IsDatabaseAction() bool {
	sub := ""
	if len(c.Args) > 0 {
		sub = c.Args[0]
	}
	switch c.Image {
	case "ehrql":
		return sub == "generate-dataset" || sub == "generate-measures"
	case "sqlrunner":
		return true
	case "cohortextractor":
		return sub == "generate_cohort" || sub == "generate_codelist_report"
	case "databuilder":
		return sub == "generate-dataset"
	}
	return false
}

// serverImages and localImages are the images runners run directly; any
// other image name is a reusable action.
var (
	serverImages = []string{"ehrql", "stata-mp", "r", "jupyter", "python", "sqlrunner"}
	localImages  = []string{"cohortextractor", "databuilder"}
)

// IsKnownImage reports whether name is on the server allow-list (ehrql,
// stata-mp, r, jupyter, python, sqlrunner) or, when local is true, on the
// local CLI's, which adds cohortextractor and databuilder.
func IsKnownImage(name string, local bool) bool {
	for _, n := range serverImages {
		if n == name {
			return true
		}
	}
	if local {
		for _, n := range localImages {
			if n == name {
				return true
			}
		}
	}
	return false
}

// IsReusableAction reports whether the command names a reusable action
// (an image that is not on the allow-list; see IsKnownImage).
func (c Command) IsReusableAction(local bool) bool { return !IsKnownImage(c.Image, local) }

// isGenerateDataset reports the ehrQL/databuilder generate-dataset form.
func (c Command) isGenerateDataset() bool {
	return (c.Image == "ehrql" || c.Image == "databuilder") && len(c.Args) > 0 &&
		(c.Args[0] == "generate-dataset" || c.Args[0] == "generate_dataset")
}

func (c Command) isGenerateCohort() bool {
	return c.Image == "cohortextractor" && len(c.Args) > 0 && c.Args[0] == "generate_cohort"
}

// flagValue returns the value of --name X or --name=X among the arguments
// before a "--" separator.
func (c Command) flagValue(name string) (string, bool) {
	for i, a := range c.Args {
		if a == "--" {
			break
		}
		if a == name {
			if i+1 < len(c.Args) {
				return c.Args[i+1], true
			}
			return "", true
		}
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v, true
		}
	}
	return "", false
}

var (
	errNoClosingQuote = errors.New("No closing quotation")
	errNoEscapedChar  = errors.New("No escaped character")
)

// SplitWords splits s into words with POSIX shell rules, as Python's
// shlex.split does: whitespace separates words; single quotes keep
// everything literally; inside double quotes a backslash escapes only '"' and
// '\'; elsewhere a backslash escapes the next character. There is no
// expansion of any kind and '#' is an ordinary character.
func SplitWords(s string) ([]string, error) {
	var (
		words  []string
		cur    strings.Builder
		inWord bool
	)
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case r == '\\':
			if i+1 >= len(rs) {
				return nil, errNoEscapedChar
			}
			i++
			cur.WriteRune(rs[i])
			inWord = true
		case r == '\'':
			inWord = true
			j := i + 1
			for j < len(rs) && rs[j] != '\'' {
				cur.WriteRune(rs[j])
				j++
			}
			if j >= len(rs) {
				return nil, errNoClosingQuote
			}
			i = j
		case r == '"':
			inWord = true
			j := i + 1
			for ; j < len(rs) && rs[j] != '"'; j++ {
				if rs[j] == '\\' && j+1 < len(rs) && (rs[j+1] == '"' || rs[j+1] == '\\') {
					j++
				}
				cur.WriteRune(rs[j])
			}
			if j >= len(rs) {
				return nil, errNoClosingQuote
			}
			i = j
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// JoinWords joins words into one shell command line the way Python's
// shlex.join does: words made only of letters, digits and @%+=:,./_- stay
// as they are, the empty word becomes two single quotes, and any other word is put in
// single quotes, each ' written as '"'"'.
func JoinWords(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = quoteWord(w)
	}
	return strings.Join(quoted, " ")
}

func quoteWord(w string) string {
	if w == "" {
		return "''"
	}
	safe := true
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("@%+=:,./_-", r)) {
			safe = false
			break
		}
	}
	if safe {
		return w
	}
	return "'" + strings.ReplaceAll(w, "'", `'"'"'`) + "'"
}
