package stdlib

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// argparse: a re-implementation of the parts of CPython's argparse that
// dataset definitions use. Messages and usage/help layout follow CPython
// 3.11 with an 80-column terminal.

const argSuppress = "==SUPPRESS=="

var (
	argParserClass         *python.Class
	argNamespaceClass      *python.Class
	argumentTypeErrorClass *python.Class
	argumentErrorClass     *python.Class
)

// argNamespace is argparse.Namespace: a bag of attributes.
type argNamespace struct {
	attrs *python.Namespace
}

func newArgNamespace() *argNamespace { return &argNamespace{attrs: python.NewNamespace()} }

func (ns *argNamespace) Type() *python.Class { return argNamespaceClass }

func (ns *argNamespace) Attr(t *python.Thread, name string) (python.Value, error) {
	if name == "__dict__" {
		keys := ns.attrs.Names()
		vals := make([]python.Value, len(keys))
		for i, k := range keys {
			vals[i], _ = ns.attrs.Get(k)
		}
		return newStrDict(t, keys, vals)
	}
	v, _ := ns.attrs.Get(name)
	return v, nil
}

func (ns *argNamespace) AttrNames() []string {
	return append([]string(nil), ns.attrs.Names()...)
}

func (ns *argNamespace) SetAttr(t *python.Thread, name string, v python.Value) error {
	ns.attrs.Set(name, v)
	return nil
}

func (ns *argNamespace) DelAttr(t *python.Thread, name string) error {
	if !ns.attrs.Delete(name) {
		return errorf(python.AttributeError, "%s", name)
	}
	return nil
}

func (ns *argNamespace) Contains(t *python.Thread, x python.Value) (bool, error) {
	s, ok := x.(python.Str)
	if !ok {
		return false, nil
	}
	_, found := ns.attrs.Get(string(s))
	return found, nil
}

func (ns *argNamespace) Repr(t *python.Thread) (string, error) {
	var parts []string
	var err error
	ns.attrs.Each(func(name string, v python.Value) bool {
		var r string
		r, err = python.Repr(t, v)
		if err != nil {
			return false
		}
		if isIdentifier(name) {
			parts = append(parts, name+"="+r)
		} else {
			parts = append(parts, fmt.Sprintf("**{%s: %s}", pyQuote(name), r))
		}
		return true
	})
	return "Namespace(" + strings.Join(parts, ", ") + ")", err
}

func (ns *argNamespace) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	o, ok := other.(*argNamespace)
	if !ok || (op != syntax.EQEQ && op != syntax.NEQ) {
		return python.NotImplemented, nil
	}
	eq := ns.attrs.Len() == o.attrs.Len()
	if eq {
		for _, name := range ns.attrs.Names() {
			a, _ := ns.attrs.Get(name)
			b, found := o.attrs.Get(name)
			if !found {
				eq = false
				break
			}
			e, err := python.Equal(t, a, b)
			if err != nil {
				return nil, err
			}
			if !e {
				eq = false
				break
			}
		}
	}
	return python.Bool(eq == (op == syntax.EQEQ)), nil
}

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func isIdentifier(s string) bool { return identRE.MatchString(s) }

// argAction is one add_argument call.
type argAction struct {
	optionStrings []string
	dest          string
	kind          string // store, store_const, store_true, store_false, append, append_const, count, help, version
	nargs         python.Value
	typ           python.Value
	def           python.Value
	constant      python.Value
	choices       python.Value
	choiceList    []python.Value
	required      bool
	help          python.Value
	metavar       python.Value
	version       string
}

func (a *argAction) takesArgs() bool {
	switch a.kind {
	case "store", "append":
		return true
	}
	return false
}

func (a *argAction) isPositional() bool { return len(a.optionStrings) == 0 }

// argParser is argparse.ArgumentParser.
type argParser struct {
	prog, usage, description, epilog string
	actions                          []*argAction
	defaults                         *python.Namespace
	allowAbbrev                      bool
	argumentDefault                  python.Value
}

func (p *argParser) Type() *python.Class { return argParserClass }

func (p *argParser) Repr(t *python.Thread) (string, error) {
	return fmt.Sprintf("ArgumentParser(prog=%s, usage=None, description=None, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)", pyQuote(p.prog)), nil
}

func loadArgparse(t *python.Thread) (*python.Module, error) {
	return newModule("argparse", members{
		{"ArgumentParser", argParserClass},
		{"Namespace", argNamespaceClass},
		{"ArgumentTypeError", argumentTypeErrorClass},
		{"ArgumentError", argumentErrorClass},
		{"SUPPRESS", python.Str(argSuppress)},
		{"OPTIONAL", python.Str("?")},
		{"ZERO_OR_MORE", python.Str("*")},
		{"ONE_OR_MORE", python.Str("+")},
		{"REMAINDER", python.Str("...")},
		{"HelpFormatter", python.NewBuiltin("HelpFormatter", nil)},
		{"RawDescriptionHelpFormatter", python.NewBuiltin("RawDescriptionHelpFormatter", nil)},
		{"RawTextHelpFormatter", python.NewBuiltin("RawTextHelpFormatter", nil)},
		{"ArgumentDefaultsHelpFormatter", python.NewBuiltin("ArgumentDefaultsHelpFormatter", nil)},
	}), nil
}

func init() {
	argumentTypeErrorClass = newClass("ArgumentTypeError", "argparse", []*python.Class{python.Exception_}, nil)
	argumentErrorClass = newClass("ArgumentError", "argparse", []*python.Class{python.Exception_}, nil)

	argNamespaceClass = newClass("Namespace", "argparse", nil, nil)
	argNamespaceClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) > 0 {
			return nil, errorf(python.TypeError, "Namespace.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		ns := newArgNamespace()
		for _, kw := range kwargs {
			ns.attrs.Set(kw.Name, kw.Value)
		}
		return ns, nil
	})

	argParserClass = newClass("ArgumentParser", "argparse", nil, members{
		method("add_argument", apAddArgument),
		method("parse_args", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return apParse(t, "parse_args", args, kwargs, false)
		}),
		method("parse_known_args", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return apParse(t, "parse_known_args", args, kwargs, true)
		}),
		method("format_usage", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			return python.Str(p.formatUsage() + "\n"), nil
		}),
		method("format_help", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			return python.Str(p.formatHelp()), nil
		}),
		method("print_usage", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			write(t, p.formatUsage()+"\n")
			return python.None, nil
		}),
		method("print_help", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			write(t, p.formatHelp())
			return python.None, nil
		}),
		method("error", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			var msg string
			if err := python.UnpackArgs("error", args[1:], kwargs, "message", &msg); err != nil {
				return nil, err
			}
			return nil, p.fail(t, msg)
		}),
		method("exit", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var status python.Value = python.Int(0)
			var msg python.Value = python.None
			if err := python.UnpackArgs("exit", args[1:], kwargs, "status?", &status, "message?", &msg); err != nil {
				return nil, err
			}
			if s, ok := msg.(python.Str); ok {
				write(t, string(s))
			}
			return nil, systemExit(status)
		}),
		method("set_defaults", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			for _, kw := range kwargs {
				p.defaults.Set(kw.Name, kw.Value)
				for _, a := range p.actions {
					if a.dest == kw.Name {
						a.def = kw.Value
					}
				}
			}
			return python.None, nil
		}),
		method("get_default", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			if err != nil {
				return nil, err
			}
			var dest string
			if err := python.UnpackArgs("get_default", args[1:], kwargs, "dest", &dest); err != nil {
				return nil, err
			}
			for _, a := range p.actions {
				if a.dest == dest && a.def != nil {
					return a.def, nil
				}
			}
			if v, ok := p.defaults.Get(dest); ok {
				return v, nil
			}
			return python.None, nil
		}),
		method("add_argument_group", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			return p, err
		}),
		method("add_mutually_exclusive_group", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			p, err := parserRecv(args)
			return p, err
		}),
	})
	argParserClass.New = safeNew(newArgParser)
}

func parserRecv(args python.Tuple) (*argParser, error) {
	if len(args) > 0 {
		if p, ok := args[0].(*argParser); ok {
			return p, nil
		}
	}
	return nil, errorf(python.TypeError, "descriptor requires an 'ArgumentParser' object")
}

func newArgParser(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var prog, usage, description, epilog, formatter, prefix, fromfile, argDefault, conflict python.Value = python.None, python.None, python.None, python.None, python.None, python.None, python.None, python.None, python.None
	var parents python.Value = python.None
	addHelp, allowAbbrev, exitOnError := true, true, true
	if err := python.UnpackArgs("ArgumentParser", args, kwargs,
		"prog?", &prog, "usage?", &usage, "description?", &description, "epilog?", &epilog,
		"parents?", &parents, "formatter_class?", &formatter, "prefix_chars?", &prefix,
		"fromfile_prefix_chars?", &fromfile, "argument_default?", &argDefault,
		"conflict_handler?", &conflict, "add_help?", &addHelp, "allow_abbrev?", &allowAbbrev,
		"exit_on_error?", &exitOnError); err != nil {
		return nil, err
	}
	p := &argParser{defaults: python.NewNamespace(), allowAbbrev: allowAbbrev}
	if s, ok := prog.(python.Str); ok {
		p.prog = string(s)
	} else {
		argv := t.Interpreter().Options().Argv
		if len(argv) > 0 {
			p.prog = path.Base(argv[0])
		}
	}
	if s, ok := usage.(python.Str); ok {
		p.usage = string(s)
	}
	if s, ok := description.(python.Str); ok {
		p.description = string(s)
	}
	if s, ok := epilog.(python.Str); ok {
		p.epilog = string(s)
	}
	if argDefault != python.None {
		p.argumentDefault = argDefault
	}
	if addHelp {
		p.actions = append(p.actions, &argAction{
			optionStrings: []string{"-h", "--help"}, dest: "help", kind: "help",
			def: python.Str(argSuppress), help: python.Str("show this help message and exit"),
		})
	}
	if parents != python.None {
		ps, err := toSlice(t, parents)
		if err != nil {
			return nil, err
		}
		for _, pv := range ps {
			pp, ok := pv.(*argParser)
			if !ok {
				continue
			}
			for _, a := range pp.actions {
				if a.kind != "help" {
					p.actions = append(p.actions, a)
				}
			}
			pp.defaults.Each(func(name string, v python.Value) bool {
				p.defaults.Set(name, v)
				return true
			})
		}
	}
	return p, nil
}

func apAddArgument(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	p, err := parserRecv(args)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, v := range args[1:] {
		s, ok := v.(python.Str)
		if !ok {
			return nil, errorf(python.TypeError, "expected string, got %s", typeName(v))
		}
		names = append(names, string(s))
	}
	a := &argAction{kind: "store"}
	var action, dest python.Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "action":
			action = kw.Value
		case "nargs":
			a.nargs = kw.Value
		case "const":
			a.constant = kw.Value
		case "default":
			a.def = kw.Value
		case "type":
			a.typ = kw.Value
		case "choices":
			a.choices = kw.Value
		case "required":
			b, err := python.Truth(t, kw.Value)
			if err != nil {
				return nil, err
			}
			a.required = b
		case "help":
			a.help = kw.Value
		case "metavar":
			a.metavar = kw.Value
		case "dest":
			dest = kw.Value
		case "version":
			if v, ok := kw.Value.(python.Str); ok {
				a.version = string(v)
			}
		default:
			return nil, errorf(python.TypeError, "_StoreAction.__init__() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if action != nil && action != python.None {
		s, ok := action.(python.Str)
		if !ok {
			return nil, errorf(python.ValueError, "unknown action %s", reprOr(t, action))
		}
		switch string(s) {
		case "store", "store_const", "store_true", "store_false", "append", "append_const", "count", "help", "version":
			a.kind = string(s)
		case "extend":
			a.kind = "append"
		default:
			return nil, errorf(python.ValueError, "unknown action \"%s\"", string(s))
		}
	}
	if a.typ == python.None {
		a.typ = nil
	}
	if a.choices == python.None {
		a.choices = nil
	}
	if a.choices != nil {
		if a.choiceList, err = toSlice(t, a.choices); err != nil {
			return nil, err
		}
	}
	if a.nargs == python.None {
		a.nargs = nil
	}
	switch a.kind {
	case "store_true":
		a.constant = python.True
		if a.def == nil {
			a.def = python.False
		}
	case "store_false":
		a.constant = python.False
		if a.def == nil {
			a.def = python.True
		}
	case "help":
		if a.def == nil {
			a.def = python.Str(argSuppress)
		}
	}
	if a.def == nil && p.argumentDefault != nil {
		a.def = p.argumentDefault
	}
	if len(names) == 0 {
		return nil, errorf(python.TypeError, "add_argument() missing 1 required positional argument: 'dest'")
	}
	if len(names) == 1 && !strings.HasPrefix(names[0], "-") {
		if dest != nil {
			return nil, errorf(python.ValueError, "dest supplied twice for positional argument")
		}
		a.dest = names[0]
		if a.nargs == nil || !isOptionalNargs(a.nargs) {
			a.required = true
		}
		if s, ok := a.nargs.(python.Str); ok && s == "*" && a.def == nil {
			a.required = true
		}
	} else {
		for _, n := range names {
			if !strings.HasPrefix(n, "-") {
				return nil, errorf(python.ValueError, "invalid option string %s: must start with a character '-'", pyQuote(n))
			}
			for _, other := range p.actions {
				for _, o := range other.optionStrings {
					if o == n {
						return nil, python.NewException(argumentErrorClass, python.Str(fmt.Sprintf("argument %s: conflicting option string: %s", strings.Join(names, "/"), n)))
					}
				}
			}
		}
		a.optionStrings = names
		if s, ok := dest.(python.Str); ok {
			a.dest = string(s)
		} else {
			d := ""
			for _, n := range names {
				if strings.HasPrefix(n, "--") {
					d = n
					break
				}
			}
			if d == "" {
				d = names[0]
			}
			a.dest = strings.ReplaceAll(strings.TrimLeft(d, "-"), "-", "_")
		}
	}
	if s, ok := dest.(python.Str); ok && a.isPositional() {
		a.dest = string(s)
	}
	p.actions = append(p.actions, a)
	return python.None, nil
}

func isOptionalNargs(v python.Value) bool {
	s, ok := v.(python.Str)
	return ok && (s == "?" || s == "*")
}

func reprOr(t *python.Thread, v python.Value) string {
	s, err := python.Repr(t, v)
	if err != nil {
		return typeName(v)
	}
	return s
}

// argParseError is a usage error detected while parsing.
type argParseError struct{ msg string }

func (e *argParseError) Error() string { return e.msg }

func (p *argParser) fail(t *python.Thread, msg string) error {
	write(t, p.formatUsage()+"\n")
	write(t, fmt.Sprintf("%s: error: %s\n", p.prog, msg))
	return systemExit(python.Int(2))
}

var negNumberRE = regexp.MustCompile(`^-\d+$|^-\d*\.\d+$`)

func apParse(t *python.Thread, fname string, args python.Tuple, kwargs []python.Kwarg, known bool) (python.Value, error) {
	p, err := parserRecv(args)
	if err != nil {
		return nil, err
	}
	var argv, nsv python.Value = python.None, python.None
	if err := python.UnpackArgs(fname, args[1:], kwargs, "args?", &argv, "namespace?", &nsv); err != nil {
		return nil, err
	}
	var strs []string
	if argv == python.None {
		a := t.Interpreter().Options().Argv
		if len(a) > 1 {
			strs = append(strs, a[1:]...)
		}
	} else {
		var err error
		if strs, err = strList(t, argv); err != nil {
			return nil, err
		}
	}
	ns, ok := nsv.(*argNamespace)
	if !ok {
		ns = newArgNamespace()
	}
	extras, err := p.parse(t, strs, ns)
	if err != nil {
		var pe *argParseError
		if errors.As(err, &pe) {
			return nil, p.fail(t, pe.msg)
		}
		return nil, err
	}
	if known {
		ev := make([]python.Value, len(extras))
		for i, e := range extras {
			ev[i] = python.Str(e)
		}
		return python.Tuple{ns, python.NewList(ev)}, nil
	}
	if len(extras) > 0 {
		return nil, p.fail(t, "unrecognized arguments: "+strings.Join(extras, " "))
	}
	return ns, nil
}

func (p *argParser) hasNegativeOptions() bool {
	for _, a := range p.actions {
		for _, o := range a.optionStrings {
			if negNumberRE.MatchString(o) {
				return true
			}
		}
	}
	return false
}

func (p *argParser) findOption(name string) (*argAction, error) {
	for _, a := range p.actions {
		for _, o := range a.optionStrings {
			if o == name {
				return a, nil
			}
		}
	}
	if !p.allowAbbrev || !strings.HasPrefix(name, "--") {
		return nil, nil
	}
	var found []*argAction
	var foundNames []string
	for _, a := range p.actions {
		for _, o := range a.optionStrings {
			if strings.HasPrefix(o, name) {
				found = append(found, a)
				foundNames = append(foundNames, o)
			}
		}
	}
	switch len(found) {
	case 0:
		return nil, nil
	case 1:
		return found[0], nil
	}
	return nil, &argParseError{fmt.Sprintf("ambiguous option: %s could match %s", name, strings.Join(foundNames, ", "))}
}

func (p *argParser) parse(t *python.Thread, args []string, ns *argNamespace) ([]string, error) {
	// Defaults first, in the order the arguments were added.
	for _, a := range p.actions {
		if a.dest == argSuppress || isSuppress(a.def) {
			continue
		}
		if _, ok := ns.attrs.Get(a.dest); ok {
			continue
		}
		def := a.def
		if def == nil {
			def = python.None
		}
		ns.attrs.Set(a.dest, def)
	}
	p.defaults.Each(func(name string, v python.Value) bool {
		if _, ok := ns.attrs.Get(name); !ok {
			ns.attrs.Set(name, v)
		}
		return true
	})

	negIsOption := p.hasNegativeOptions()
	isOptionLike := func(s string) bool {
		if len(s) < 2 || s[0] != '-' {
			return false
		}
		if !negIsOption && negNumberRE.MatchString(s) {
			return false
		}
		return true
	}
	seen := map[*argAction]bool{}
	type indexed struct {
		at int
		s  string
	}
	var extraIdx []indexed
	var positionals []string
	var posAt []int
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			for j := i + 1; j < len(args); j++ {
				positionals = append(positionals, args[j])
				posAt = append(posAt, j)
			}
			break
		}
		if !isOptionLike(arg) {
			positionals = append(positionals, arg)
			posAt = append(posAt, i)
			continue
		}
		explicit, hasExplicit := "", false
		a, err := p.findOption(arg)
		if err != nil {
			return nil, err
		}
		if a == nil && strings.Contains(arg, "=") {
			var name string
			name, explicit, _ = strings.Cut(arg, "=")
			hasExplicit = true
			if a, err = p.findOption(name); err != nil {
				return nil, err
			}
		}
		clustered := false
		if a == nil && !strings.HasPrefix(arg, "--") && len(arg) > 2 {
			explicit, hasExplicit = arg[2:], true
			a, _ = p.findOption(arg[:2])
			clustered = true
		}
		if a == nil {
			extraIdx = append(extraIdx, indexed{i, arg})
			continue
		}
		var values []string
		if !a.takesArgs() {
			if hasExplicit {
				if clustered {
					// -vv: the rest of the token is more short options.
					args = append(args[:i+1], append([]string{"-" + explicit}, args[i+1:]...)...)
				} else {
					return nil, &argParseError{fmt.Sprintf("argument %s: ignored explicit argument %s", argName(a), pyQuote(explicit))}
				}
			}
		} else {
			min, max := nargsRange(a.nargs)
			if hasExplicit {
				values = []string{explicit}
				if min > 1 {
					return nil, &argParseError{fmt.Sprintf("argument %s: %s", argName(a), expectedMsg(a.nargs))}
				}
			} else {
				j := i + 1
				for j < len(args) && (max < 0 || len(values) < max) && args[j] != "--" && !isOptionLike(args[j]) {
					values = append(values, args[j])
					j++
				}
				if len(values) < min {
					return nil, &argParseError{fmt.Sprintf("argument %s: %s", argName(a), expectedMsg(a.nargs))}
				}
				i = j - 1
			}
		}
		seen[a] = true
		if err := p.apply(t, a, values, ns); err != nil {
			return nil, err
		}
	}

	// Positionals: match as many positional actions as possible, in order.
	var pos []*argAction
	for _, a := range p.actions {
		if a.isPositional() {
			pos = append(pos, a)
		}
	}
	consumed := 0
	for k := len(pos); k > 0; k-- {
		var pat strings.Builder
		pat.WriteString("^")
		for _, a := range pos[:k] {
			pat.WriteString(nargsPattern(a.nargs))
		}
		m := regexp.MustCompile(pat.String()).FindStringSubmatchIndex(strings.Repeat("A", len(positionals)))
		if m == nil {
			continue
		}
		for n, a := range pos[:k] {
			vals := positionals[m[2*n+2]:m[2*n+3]]
			seen[a] = true
			if err := p.apply(t, a, vals, ns); err != nil {
				return nil, err
			}
		}
		consumed = m[1]
		break
	}
	for j := consumed; j < len(positionals); j++ {
		extraIdx = append(extraIdx, indexed{posAt[j], positionals[j]})
	}
	sort.SliceStable(extraIdx, func(a, b int) bool { return extraIdx[a].at < extraIdx[b].at })
	var extras []string
	for _, e := range extraIdx {
		extras = append(extras, e.s)
	}

	var missing []string
	for _, a := range p.actions {
		if a.required && !seen[a] {
			missing = append(missing, argName(a))
		}
	}
	if len(missing) > 0 {
		return nil, &argParseError{"the following arguments are required: " + strings.Join(missing, ", ")}
	}
	// Unused string defaults are converted as if given on the command line.
	for _, a := range p.actions {
		if seen[a] || a.typ == nil {
			continue
		}
		s, ok := a.def.(python.Str)
		if !ok || string(s) == argSuppress {
			continue
		}
		cur, found := ns.attrs.Get(a.dest)
		if cs, ok := cur.(python.Str); !found || !ok || cs != s {
			continue
		}
		v, err := p.convert(t, a, string(s))
		if err != nil {
			return nil, err
		}
		ns.attrs.Set(a.dest, v)
	}
	return extras, nil
}

func isSuppress(v python.Value) bool {
	s, ok := v.(python.Str)
	return ok && string(s) == argSuppress
}

// nargsRange returns the minimum and maximum (-1: unbounded) number of
// values an option consumes.
func nargsRange(nargs python.Value) (int, int) {
	switch n := nargs.(type) {
	case nil:
		return 1, 1
	case python.Int:
		return int(n), int(n)
	case python.Str:
		switch n {
		case "?":
			return 0, 1
		case "*":
			return 0, -1
		case "+":
			return 1, -1
		}
	}
	return 1, 1
}

func nargsPattern(nargs python.Value) string {
	switch n := nargs.(type) {
	case python.Int:
		return "(" + strings.Repeat("A", int(n)) + ")"
	case python.Str:
		switch n {
		case "?":
			return "(A?)"
		case "*":
			return "(A*)"
		case "+":
			return "(A+)"
		}
	}
	return "(A)"
}

func expectedMsg(nargs python.Value) string {
	switch n := nargs.(type) {
	case python.Int:
		if n == 1 {
			return "expected 1 argument"
		}
		return fmt.Sprintf("expected %d arguments", n)
	case python.Str:
		switch n {
		case "?":
			return "expected at most one argument"
		case "+":
			return "expected at least one argument"
		}
	}
	return "expected one argument"
}

func argName(a *argAction) string {
	if len(a.optionStrings) > 0 {
		return strings.Join(a.optionStrings, "/")
	}
	if s, ok := a.metavar.(python.Str); ok && string(s) != argSuppress {
		return string(s)
	}
	return a.dest
}

// convert applies an action's type to one command-line string.
func (p *argParser) convert(t *python.Thread, a *argAction, s string) (python.Value, error) {
	if a.typ == nil {
		return python.Str(s), nil
	}
	v, err := t.Call(a.typ, python.Tuple{python.Str(s)}, nil)
	if err == nil {
		return v, nil
	}
	var exc *python.Exception
	if !errors.As(err, &exc) {
		return nil, err
	}
	switch {
	case exc.Class.IsSubclass(argumentTypeErrorClass):
		msg, err2 := python.ToStr(t, exc)
		if err2 != nil {
			return nil, err2
		}
		return nil, &argParseError{fmt.Sprintf("argument %s: %s", argName(a), msg)}
	case exc.Class.IsSubclass(python.ValueError), exc.Class.IsSubclass(python.TypeError):
		return nil, &argParseError{fmt.Sprintf("argument %s: invalid %s value: %s", argName(a), callableName(t, a.typ), pyQuote(s))}
	}
	return nil, err
}

func callableName(t *python.Thread, f python.Value) string {
	switch x := f.(type) {
	case *python.Class:
		return x.Name
	case *python.Builtin:
		return x.Name
	}
	if v, err := python.GetAttr(t, f, "__name__"); err == nil {
		if s, ok := v.(python.Str); ok {
			return string(s)
		}
	}
	return reprOr(t, f)
}

func (p *argParser) checkChoice(t *python.Thread, a *argAction, v python.Value) error {
	if a.choices == nil || a.choices == python.None {
		return nil
	}
	in, err := python.Compare(t, syntax.IN, v, a.choices)
	if err != nil {
		return err
	}
	if b, ok := in.(python.Bool); ok && bool(b) {
		return nil
	}
	reprs := make([]string, len(a.choiceList))
	for i, c := range a.choiceList {
		reprs[i] = reprOr(t, c)
	}
	return &argParseError{fmt.Sprintf("argument %s: invalid choice: %s (choose from %s)", argName(a), reprOr(t, v), strings.Join(reprs, ", "))}
}

// apply performs an action with the strings it consumed.
func (p *argParser) apply(t *python.Thread, a *argAction, strs []string, ns *argNamespace) error {
	var value python.Value
	if a.takesArgs() {
		min, max := nargsRange(a.nargs)
		switch {
		case len(strs) == 0 && min == 0 && max == 1:
			if a.isPositional() {
				value = a.def
			} else {
				value = a.constant
			}
			if value == nil {
				value = python.None
			}
			if s, ok := value.(python.Str); ok {
				v, err := p.convert(t, a, string(s))
				if err != nil {
					return err
				}
				value = v
				if err := p.checkChoice(t, a, value); err != nil {
					return err
				}
			}
		case len(strs) == 0 && a.isPositional() && max < 0 && min == 0:
			if a.def != nil && a.def != python.None {
				value = a.def
			} else {
				value = python.NewList(nil)
			}
		case a.nargs == nil || (max == 1 && min == 0):
			v, err := p.convert(t, a, strs[0])
			if err != nil {
				return err
			}
			if err := p.checkChoice(t, a, v); err != nil {
				return err
			}
			value = v
		default:
			vals := make([]python.Value, len(strs))
			for i, s := range strs {
				v, err := p.convert(t, a, s)
				if err != nil {
					return err
				}
				if err := p.checkChoice(t, a, v); err != nil {
					return err
				}
				vals[i] = v
			}
			value = python.NewList(vals)
		}
	}
	switch a.kind {
	case "store":
		if isSuppress(value) {
			return nil
		}
		ns.attrs.Set(a.dest, value)
	case "store_const", "store_true", "store_false":
		c := a.constant
		if c == nil {
			c = python.None
		}
		ns.attrs.Set(a.dest, c)
	case "append", "append_const":
		if a.kind == "append_const" {
			value = a.constant
		}
		var items []python.Value
		if cur, ok := ns.attrs.Get(a.dest); ok && cur != python.None {
			old, err := toSlice(t, cur)
			if err != nil {
				return err
			}
			items = append(items, old...)
		}
		items = append(items, value)
		ns.attrs.Set(a.dest, python.NewList(items))
	case "count":
		n := int64(0)
		if cur, ok := ns.attrs.Get(a.dest); ok {
			n, _ = toInt(cur)
		}
		ns.attrs.Set(a.dest, python.Int(n+1))
	case "help":
		write(t, p.formatHelp())
		return systemExit(python.Int(0))
	case "version":
		write(t, strings.ReplaceAll(a.version, "%(prog)s", p.prog)+"\n")
		return systemExit(python.Int(0))
	}
	return nil
}

// Formatting.

const argTextWidth = 78 // an 80-column terminal, less argparse's margin

func (a *argAction) metavarFor() string {
	if s, ok := a.metavar.(python.Str); ok {
		return string(s)
	}
	if t, ok := a.metavar.(python.Tuple); ok && len(t) > 0 {
		if s, ok := t[0].(python.Str); ok {
			return string(s)
		}
	}
	if a.choices != nil && a.choices != python.None {
		return "" // filled by choicesMetavar
	}
	if a.isPositional() {
		return a.dest
	}
	return strings.ToUpper(a.dest)
}

func (p *argParser) metavar(a *argAction) string {
	if a.choices != nil && a.choices != python.None && a.metavar == nil {
		return choicesMetavar(a.choiceList)
	}
	return a.metavarFor()
}

func choicesMetavar(choices []python.Value) string {
	var items []string
	for _, v := range choices {
		items = append(items, plainStr(v))
	}
	return "{" + strings.Join(items, ",") + "}"
}

func plainStr(v python.Value) string {
	switch x := v.(type) {
	case python.Str:
		return string(x)
	case python.Int:
		return fmt.Sprint(int64(x))
	case python.Float:
		return fmt.Sprint(float64(x))
	case python.Bool:
		if x {
			return "True"
		}
		return "False"
	}
	return typeName(v)
}

func (p *argParser) formatArgs(a *argAction) string {
	m := p.metavar(a)
	switch n := a.nargs.(type) {
	case python.Int:
		parts := make([]string, n)
		for i := range parts {
			parts[i] = m
		}
		return strings.Join(parts, " ")
	case python.Str:
		switch n {
		case "?":
			return "[" + m + "]"
		case "*":
			if a.isPositional() {
				return "[" + m + " ...]"
			}
			return "[" + m + " ...]"
		case "+":
			return m + " [" + m + " ...]"
		}
	}
	return m
}

func (p *argParser) usageParts() (opts, pos []string) {
	for _, a := range p.actions {
		if isSuppress(a.help) {
			continue
		}
		if a.isPositional() {
			pos = append(pos, p.formatArgs(a))
			continue
		}
		part := a.optionStrings[0]
		if a.takesArgs() {
			part += " " + p.formatArgs(a)
		}
		if !a.required {
			part = "[" + part + "]"
		}
		opts = append(opts, part)
	}
	return opts, pos
}

func (p *argParser) formatUsage() string {
	const prefix = "usage: "
	if p.usage != "" {
		return prefix + strings.ReplaceAll(p.usage, "%(prog)s", p.prog)
	}
	opts, pos := p.usageParts()
	all := append(append([]string{p.prog}, opts...), pos...)
	usage := strings.Join(nonEmpty(all), " ")
	if len(prefix)+len(usage) <= argTextWidth {
		return prefix + usage
	}
	getLines := func(parts []string, indent int, withPrefix bool) []string {
		var lines []string
		var line []string
		lineLen := indent - 1
		if withPrefix {
			lineLen = len(prefix) - 1
		}
		for _, part := range parts {
			if lineLen+1+len(part) > argTextWidth && len(line) > 0 {
				lines = append(lines, strings.Repeat(" ", indent)+strings.Join(line, " "))
				line = nil
				lineLen = indent - 1
			}
			line = append(line, part)
			lineLen += len(part) + 1
		}
		if len(line) > 0 {
			lines = append(lines, strings.Repeat(" ", indent)+strings.Join(line, " "))
		}
		if withPrefix && len(lines) > 0 {
			lines[0] = lines[0][indent:]
		}
		return lines
	}
	var lines []string
	if float64(len(prefix)+len(p.prog)) <= 0.75*argTextWidth {
		indent := len(prefix) + len(p.prog) + 1
		if len(opts) > 0 {
			lines = getLines(append([]string{p.prog}, opts...), indent, true)
			lines = append(lines, getLines(pos, indent, false)...)
		} else if len(pos) > 0 {
			lines = getLines(append([]string{p.prog}, pos...), indent, true)
		} else {
			lines = []string{p.prog}
		}
	} else {
		indent := len(prefix)
		lines = getLines(append(append([]string(nil), opts...), pos...), indent, false)
		if len(lines) > 1 {
			lines = append(getLines(opts, indent, false), getLines(pos, indent, false)...)
		}
		lines = append([]string{p.prog}, lines...)
	}
	return prefix + strings.Join(lines, "\n")
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *argParser) invocation(a *argAction) string {
	if a.isPositional() {
		return p.metavar(a)
	}
	if !a.takesArgs() {
		return strings.Join(a.optionStrings, ", ")
	}
	args := p.formatArgs(a)
	parts := make([]string, len(a.optionStrings))
	for i, o := range a.optionStrings {
		parts[i] = o + " " + args
	}
	return strings.Join(parts, ", ")
}

// wrapText fills text into lines of at most width characters.
func wrapText(text string, width int) []string {
	words := strings.Fields(text)
	var lines []string
	cur := ""
	for _, w := range words {
		if cur == "" {
			cur = w
		} else if len(cur)+1+len(w) <= width {
			cur += " " + w
		} else {
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func (p *argParser) helpText(a *argAction) string {
	s, ok := a.help.(python.Str)
	if !ok {
		return ""
	}
	h := string(s)
	if strings.Contains(h, "%(") {
		def := "None"
		if a.def != nil {
			def = plainStr(a.def)
		}
		h = strings.NewReplacer("%(default)s", def, "%(prog)s", p.prog, "%(dest)s", a.dest, "%%", "%").Replace(h)
	}
	return h
}

func (p *argParser) formatHelp() string {
	var b strings.Builder
	b.WriteString(p.formatUsage())
	b.WriteString("\n\n")
	if p.description != "" {
		b.WriteString(strings.Join(wrapText(p.description, argTextWidth), "\n"))
		b.WriteString("\n\n")
	}
	maxLen := 0
	for _, a := range p.actions {
		if isSuppress(a.help) {
			continue
		}
		if n := len(p.invocation(a)) + 2; n > maxLen {
			maxLen = n
		}
	}
	helpPos := maxLen + 2
	if helpPos > 24 {
		helpPos = 24
	}
	actionWidth := helpPos - 4
	section := func(title string, positional bool) {
		var items []*argAction
		for _, a := range p.actions {
			if a.isPositional() == positional && !isSuppress(a.help) {
				items = append(items, a)
			}
		}
		if len(items) == 0 {
			return
		}
		b.WriteString(title + ":\n")
		for _, a := range items {
			inv := p.invocation(a)
			help := p.helpText(a)
			if help == "" {
				b.WriteString("  " + inv + "\n")
				continue
			}
			lines := wrapText(help, argTextWidth-helpPos)
			if len(inv) <= actionWidth {
				fmt.Fprintf(&b, "  %-*s  %s\n", actionWidth, inv, lines[0])
			} else {
				b.WriteString("  " + inv + "\n")
				b.WriteString(strings.Repeat(" ", helpPos) + lines[0] + "\n")
			}
			for _, l := range lines[1:] {
				b.WriteString(strings.Repeat(" ", helpPos) + l + "\n")
			}
		}
		b.WriteString("\n")
	}
	section("positional arguments", true)
	section("options", false)
	if p.epilog != "" {
		b.WriteString(strings.Join(wrapText(p.epilog, argTextWidth), "\n"))
		b.WriteString("\n")
	}
	out := strings.TrimRight(b.String(), "\n") + "\n"
	return out
}
