#!/usr/bin/env python3
"""Regenerate the expected output (NAME.py.out) of the stdlib test snippets.

Run from anywhere: python3 internal/python/stdlib/testdata/gen.py
Each snippet runs in this directory with sys.argv = [NAME.py, 'alpha',
'--flag', '--n', '3'], stderr merged into stdout (our interpreter has a
single output stream), and an uncaught exception recorded as a final line
'!!! ExcClass: message @ line N'.
"""
import glob, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WRAPPER = r'''
import builtins, io, sys
fn = sys.argv[1]
sys.argv = [fn, "alpha", "--flag", "--n", "3"]
buf = io.StringIO()
real = sys.stdout
sys.stdout = sys.stderr = buf
trailer = None
try:
    src = open(fn, encoding="utf-8").read()
    g = {"__name__": fn[:-3], "__file__": fn, "__builtins__": builtins}
    exec(compile(src, fn, "exec"), g)
except BaseException as exc:
    line = 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == fn:
            line = tb.tb_lineno
        tb = tb.tb_next
    msg = str(exc).replace("\n", "\\n")
    name = type(exc).__name__
    trailer = ("!!! %s: %s @ line %d" % (name, msg, line)) if msg else ("!!! %s @ line %d" % (name, line))
out = buf.getvalue()
if trailer:
    if out and not out.endswith("\n"):
        out += "\n"
    out += trailer + "\n"
real.write(out)
'''
for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
    name = os.path.basename(path)
    if name == "gen.py":
        continue
    out = subprocess.run([sys.executable, "-c", WRAPPER, name], cwd=HERE, capture_output=True, text=True,
                         env={"PATH": os.environ.get("PATH", ""), "COLUMNS": "80", "OSG_TEST": "yes"}).stdout
    with open(path + ".out", "w") as f:
        f.write(out)
