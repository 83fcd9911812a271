# catch_warnings: recording, restoring filters and showwarning, its keywords and repr;
# WarningMessage's attributes and str.
import sys
import warnings


def base(name):
    return name.rsplit("/", 1)[-1]


def deprecated_api(x):
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


before = list(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(deprecated_api(3))
    deprecated_api(4)
    warnings.warn("user text")
    warnings.warn(RuntimeWarning("rt instance"))
print(len(w))
for m in w:
    print(type(m).__name__, type(m.message).__name__, m.message, m.category.__name__,
          base(m.filename), m.lineno, m.line, m.file, m.source)
    print(str(m).replace(m.filename, base(m.filename)))
print(warnings.filters == before, warnings.filters is not before)
print(warnings.showwarning is warnings._showwarning_orig)

# Without record: returns None; the filters come back.
with warnings.catch_warnings() as w2:
    print(w2)
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught", repr(e))
print(warnings.filters == before)

# action= and its companions (3.11).
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
    print(warnings.filters[0])
with warnings.catch_warnings(action="always", category=RuntimeWarning, lineno=5, append=True):
    print(warnings.filters[-1])
with warnings.catch_warnings(record=True, action="error") as w3:
    try:
        warnings.warn("x")
    except UserWarning:
        print("error inside record", w3)

# Nested, and showwarning replaced inside is restored.
def printer(message, category, filename, lineno, file=None, line=None):
    print("printer:", message, category.__name__, base(filename), lineno, file, line)


with warnings.catch_warnings():
    warnings.showwarning = printer
    warnings.simplefilter("always")
    warnings.warn("via printer")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("recorded, not printed")
    print(len(inner), inner[0].message)
    warnings.warn("printer again")
print(warnings.showwarning is printer)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print(e)
try:
    warnings.catch_warnings(quiet=True)
except TypeError as e:
    print(e)

m = warnings.WarningMessage("msg", UserWarning, "f.py", 3)
print(m, m.file, m.source, m._category_name, warnings.WarningMessage._WARNING_DETAILS)
print(warnings.WarningMessage(1, None, "g", 4, line="src"))

# Recording with the default filters: DeprecationWarning in __main__ is shown once per place.
with warnings.catch_warnings(record=True) as w4:
    for i in range(3):
        warnings.warn("dep", DeprecationWarning)
        warnings.warn("pend", PendingDeprecationWarning)
print([(str(x.message), x.category.__name__) for x in w4])
