"""Regenerates stderr.err: CPython 3.11's stderr for stderr.py, run as `python3 stderr.py`
from this directory, with this directory's absolute path written as DIR.

Run with python3.11: python3 tests/warnings_cli/gen.py
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ, PYTHONHASHSEED="0")
env.pop("PYTHONWARNINGS", None)
proc = subprocess.run([sys.executable, "stderr.py"], cwd=HERE, env=env, capture_output=True, text=True)
with open(os.path.join(HERE, "stderr.err"), "w") as f:
    f.write(proc.stderr.replace(HERE, "DIR"))
with open(os.path.join(HERE, "stderr.out"), "w") as f:
    f.write(proc.stdout)
print("exit status", proc.returncode)
