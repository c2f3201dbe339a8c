#!/usr/bin/env python3
"""Regenerate the expected-output (.out) files of the conformance corpus.

Usage (from the repository root):

    python3 internal/python/testdata/conformance/gen.py          # rewrite .out files
    python3 internal/python/testdata/conformance/gen.py --check  # compare only

Every ``*.py`` file in this directory (except this script) is a snippet.
Each snippet is run by CPython in a fresh subprocess whose working directory
is this directory; see WRAPPER below for the exact semantics.  With
``--check`` nothing is written; the script exits with status 1 and lists the
snippets whose .out file is missing or differs from a fresh run.
"""

import concurrent.futures
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The wrapper is passed to ``python3 -c``; the snippet's relative file name is
# its only argument.  It must stay in sync with the Go harness.
WRAPPER = r'''
import builtins, io, sys
fn = sys.argv[1]
sys.argv = [fn, "alpha", "--flag", "--n", "3"]
real_stdout = sys.stdout
buf = io.StringIO()
sys.stdout = buf
trailer = None
try:
    with open(fn, encoding="utf-8") as fh:
        src = fh.read()
    stem = fn[:-3] if fn.endswith(".py") else fn
    g = {"__name__": stem, "__file__": fn, "__builtins__": builtins}
    code = compile(src, fn, "exec")
    exec(code, g)
except BaseException as exc:
    name = type(exc).__name__
    if isinstance(exc, SyntaxError):
        msg = exc.msg if exc.msg is not None else ""
        line = exc.lineno
    else:
        msg = str(exc)
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == fn:
                line = tb.tb_lineno
            tb = tb.tb_next
    if line is None:
        line = 0
    msg = msg.replace("\n", "\\n")
    if msg:
        trailer = "!!! %s: %s @ line %d" % (name, msg, line)
    else:
        trailer = "!!! %s @ line %d" % (name, line)
finally:
    sys.stdout = real_stdout
out = buf.getvalue()
if trailer is not None:
    if out and not out.endswith("\n"):
        out += "\n"
    out += trailer + "\n"
sys.stdout.buffer.write(out.encode("utf-8"))
sys.stdout.flush()
'''


def snippets():
    names = []
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".py") and name != "gen.py":
            names.append(name)
    return names


def run(name):
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    for var in [v for v in env if v.startswith("SOME_UNSET_VAR")]:
        del env[var]
    proc = subprocess.run(
        [sys.executable, "-c", WRAPPER, name],
        cwd=HERE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=120,
    )
    if proc.returncode != 0:
        raise RuntimeError("wrapper failed for %s: %s" % (name, proc.stderr.decode()))
    if proc.stderr:
        # stderr is not part of the expected output; flag it so snippets stay clean.
        sys.stderr.write("warning: %s wrote to stderr:\n%s\n" % (name, proc.stderr.decode("utf-8", "replace")))
    return proc.stdout.decode("utf-8")


def main(argv):
    check = "--check" in argv[1:]
    bad = []
    names = snippets()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, names))
    for name, got in zip(names, results):
        path = os.path.join(HERE, name + ".out")
        if check:
            try:
                with open(path, encoding="utf-8", newline="") as fh:
                    old = fh.read()
            except FileNotFoundError:
                old = None
            if old != got:
                bad.append(name + ".out")
        else:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(got)
    wanted = set(n + ".out" for n in names)
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".py.out") and name not in wanted:
            if check:
                bad.append(name + " (no snippet)")
            else:
                os.remove(os.path.join(HERE, name))
    if check:
        if bad:
            print("out of date:")
            for b in bad:
                print("  " + b)
            return 1
        print("%d snippets up to date" % len(names))
        return 0
    print("wrote %d .out files" % len(names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
