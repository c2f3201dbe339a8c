// Package stdlib implements, in Go, the parts of Python's standard library
// that dataset definitions import. Modules returns a loader for each
// module; hosts pass it as python.Options.Modules. Importing any other
// standard-library module raises ModuleNotFoundError.
//
// The modules, and what each deliberately leaves out:
//
//   - argparse: ArgumentParser (add_argument with the store, store_const,
//     store_true, store_false, append, append_const, count, help and
//     version actions; type, default, SUPPRESS, dest, required, choices,
//     nargs, help, metavar), parse_args, parse_known_args, usage and help
//     text laid out as CPython does for an 80-column terminal, Namespace,
//     ArgumentTypeError. Usage errors print to the interpreter's Stdout and
//     raise SystemExit(2); -h raises SystemExit(0). Missing: sub-parsers,
//     argument groups in help output (groups are accepted and merged),
//     mutually exclusive checks, fromfile prefixes, and interleaving of
//     optionals between positionals of variable length (all positionals
//     are matched together after the optionals).
//   - collections: defaultdict, OrderedDict and Counter (dict subclasses
//     forwarding dict's methods), namedtuple (tuple subclasses with field
//     attributes, _asdict, _replace, _make, _fields, defaults). Missing:
//     deque, ChainMap, UserDict.
//   - csv: reader and DictReader (excel dialect quoting, delimiter,
//     quotechar, skipinitialspace). Missing: writer, DictWriter, Sniffer.
//   - datetime: date, datetime (naive only) and timedelta, exported as the
//     Go types Date, DateTime and TimeDelta with classes DateClass,
//     DateTimeClass and TimeDeltaClass so that host packages can accept and
//     produce them. Missing: time, timezone, tzinfo, astimezone.
//   - enum: Enum, IntEnum, StrEnum, auto, unique. Members are instances of
//     the enum class created when the class statement runs (see
//     python.Class.Meta). Missing: Flag, the functional API Enum("X", ...).
//   - functools: reduce, partial, cmp_to_key; lru_cache, cache, wraps and
//     total_ordering are accepted but do nothing.
//   - itertools: chain, product, combinations, combinations_with_replacement,
//     permutations, islice, count, repeat, cycle, groupby, accumulate,
//     zip_longest, starmap, takewhile, dropwhile, pairwise, compress,
//     filterfalse. Finite ones are computed eagerly; the unbounded ones
//     (count, repeat, cycle) are lazy and charge every item to the step
//     budget (python.Thread.Step).
//   - json: loads, load, dumps with CPython's formatting and error messages.
//     Missing: dump (no writes),
//     object_hook and the other decoder hooks, JSONEncoder classes.
//   - logging: every logging call is accepted and discarded. CPython would
//     print WARNING and above to stderr; our only output stream is the
//     host's Stdout, which must not be mixed with log lines.
//   - math: the usual float functions with CPython's domain and range
//     errors; factorial, comb and lcm overflow beyond 64 bits.
//   - operator: the operator functions, itemgetter, attrgetter,
//     methodcaller (going through python.Binary/Compare so that they work
//     on host values such as ehrQL series).
//   - os, os.path: getenv and environ (from Options.Env, never the process
//     environment), getcwd (Options.Root), listdir, fspath, and the path
//     functions. Existence checks go through the sandbox: paths outside the
//     project directory do not exist. Nothing that writes, deletes, spawns
//     processes or changes directory exists.
//   - pathlib: Path (also PosixPath, PurePath, PurePosixPath) with joining,
//     the name parts, with_suffix/with_name, exists/is_file/is_dir,
//     read_text, open, resolve/absolute (against the project directory),
//     iterdir and glob (single-level patterns), all sandboxed. PathString
//     converts a str or Path value to a Go string for host functions.
//     Missing: write_text, mkdir and every other writing method.
//   - random: seed, random, uniform, randint, randrange, choice, choices,
//     shuffle, sample, gauss on a PCG generator. Runs are deterministic:
//     an unseeded generator starts from a fixed seed. Values differ from
//     CPython's for the same seed.
//   - re: compile, match, search, fullmatch, sub, subn, findall, finditer,
//     split, escape and the flags, on Go's RE2 engine. Look-around,
//     backreferences and atomic groups raise re.error; \d, \w, \b are
//     ASCII-only; $ does not match before a final newline; an empty match
//     adjacent to the previous match is skipped.
//   - sys: argv (from Options.Argv), exit, stdout and stderr (both write to
//     Options.Stdout), version, version_info, platform, maxsize, path (the
//     project directory only). Missing: modules, stdin, setrecursionlimit.
//   - typing: the common names as inert values that can be subscripted and
//     combined with |; cast, TypeVar, NewType, overload; TYPE_CHECKING is
//     False. Nothing is checked.
package stdlib
