#!/usr/bin/env python3
"""Regenerate the expected-output files of pyrite's conformance corpus.

Every ``tests/scripts/**/*.py`` is run with CPython 3.11 (the interpreter
running this file; it refuses to run under any other version) with
``PYTHONHASHSEED=0``, the script's own directory as cwd, stdin closed and a
30 second timeout.  The captured stdout is written next to the script as
``NAME.out``.  If the script exits with a non-zero status, one extra line
``[exit N] LAST`` is appended, where LAST is the last non-empty line of stderr
(e.g. ``[exit 1] ZeroDivisionError: division by zero``); stdout is first given
a trailing newline if it lacks one.

Usage:
    python3 tests/regen.py            # regenerate every script
    python3 tests/regen.py PATH...    # regenerate only the given .py files
                                      # (directories are searched recursively)

It prints the number of .out files written.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")


def expected_output(path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path),
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=30,
    )
    out = proc.stdout.decode("utf-8")
    if proc.returncode != 0:
        err_lines = [l for l in proc.stderr.decode("utf-8").splitlines() if l.strip()]
        last = err_lines[-1] if err_lines else ""
        if out and not out.endswith("\n"):
            out += "\n"
        out += "[exit %d] %s\n" % (proc.returncode, last)
    return out


def collect(args):
    if not args:
        args = [SCRIPTS]
    files = []
    for a in args:
        a = os.path.abspath(a)
        if os.path.isdir(a):
            for root, dirs, names in os.walk(a):
                dirs.sort()
                for n in sorted(names):
                    if n.endswith(".py"):
                        files.append(os.path.join(root, n))
        elif a.endswith(".py") and os.path.isfile(a):
            files.append(a)
        else:
            sys.exit("regen.py: not a .py file or directory: %s" % a)
    return files


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: CPython 3.11 required, this is %s" % sys.version.split()[0])
    count = 0
    for path in collect(sys.argv[1:]):
        out = expected_output(path)
        with open(path[:-3] + ".out", "w", encoding="utf-8", newline="\n") as f:
            f.write(out)
        count += 1
    print("%d .out files written" % count)


if __name__ == "__main__":
    main()
