# strip.py FILE: prints FILE with the imports the shim stands in for removed (multi-line
# parenthesised imports included) and `if __name__ == '__main__':` disabled.
import re, sys
DROP = re.compile(r"^(import unittest|import doctest|from test|import test|from unittest|from pickle|from weakref import proxy)")
SHIMMED = re.compile(r"^(\s*)import (os|array|gc|weakref|locale|tempfile|subprocess|threading|traceback|codecs|_py_abc|platform|warnings|struct|inspect|pickle|copyreg|shutil|ast|sysconfig|_testcapi|_testinternalcapi|ctypes|sys)$")
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = []
skipping = False
for ln in lines:
    if skipping:
        out.append("")
        if ")" in ln:
            skipping = False
        continue
    if DROP.match(ln):
        out.append("")
        if "(" in ln and ")" not in ln:
            skipping = True
        continue
    m = SHIMMED.match(ln)
    if m:
        ind, name = m.group(1), m.group(2)
        out.append('%s%s = %s if "%s" in globals() else None' % (ind, name, name, name) if not ind else ind + "pass")
        continue
    if re.match(r"^if __name__ == .__main__.:", ln):
        ln = "if False:"
    if ln.startswith("from array import array"):
        ln = "array = None"
    out.append(ln)
print("\n".join(out))
