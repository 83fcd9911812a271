# Each action, the per-module registry, and filter matching (message regex, module regex,
# category, lineno, append, duplicates).
import warnings

shown = []


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  shown: {category.__name__}: {message} (line {lineno}, {line!r}, {type(message).__name__})")


warnings.showwarning = show


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


def run(label, n=2):
    print(label)
    for i in range(n):
        emit("same text")
        emit("same text")
        warnings.warn("other line")


warnings.simplefilter("default")
run("default")
warnings.simplefilter("always")
run("always")
warnings.simplefilter("once")
run("once")
warnings.simplefilter("module")
run("module")
warnings.simplefilter("ignore")
run("ignore")
warnings.simplefilter("error")
try:
    run("error")
except UserWarning as e:
    print("raised", type(e).__name__, e, e.args)
print(len(warnings.filters), warnings.filters[:2])

warnings.resetwarnings()
warnings.filterwarnings("error", message="boom")
warnings.filterwarnings("ignore", message="IGNORE.*me")
warnings.filterwarnings("always")
print([(a, m.pattern if m else m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])
for text in ["hello", "ignore this me", "Ignore me", "booming", "a boom"]:
    try:
        warnings.warn(text)
    except UserWarning as e:
        print("error:", e)

warnings.resetwarnings()
warnings.filterwarnings("error", message="boom")
warnings.filterwarnings("ignore", message="IGNORE.*me")
warnings.filterwarnings("always", append=True)
for text in ["hello", "ignore this me", "Ignore me", "booming", "a boom"]:
    try:
        warnings.warn(text)
    except UserWarning as e:
        print("error:", e)

warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__ma")
warnings.filterwarnings("always", module="other$")
warnings.warn("module regex ignores __main__")
warnings.warn_explicit("explicit", UserWarning, "other.py", 7)
warnings.warn_explicit("explicit2", UserWarning, "x/other.py", 7, module="xother")
warnings.warn_explicit("explicit3", UserWarning, "anything", 7, module="other")

warnings.resetwarnings()
warnings.simplefilter("ignore", category=RuntimeWarning)
warnings.simplefilter("always", category=Warning, append=True)
warnings.simplefilter("ignore", category=RuntimeWarning)
warnings.simplefilter("always", category=Warning, append=True)
print(len(warnings.filters))
warnings.warn("rt", RuntimeWarning)
warnings.warn("user")

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", lineno=86)
warnings.warn("on line 85")
warnings.warn("on line 86")
warnings.warn("on line 87")

# Registry handling with warn_explicit.
warnings.resetwarnings()
reg = {}
warnings.warn_explicit("r1", UserWarning, "f.py", 1, registry=reg)
warnings.warn_explicit("r1", UserWarning, "f.py", 1, registry=reg)
print(reg)
warnings.warn_explicit("r1", UserWarning, "f.py", 1)
warnings.warn_explicit("r1", UserWarning, "f.py", 1)
warnings.simplefilter("once")
reg2 = {}
warnings.warn_explicit("o1", UserWarning, "f.py", 1, registry=reg2)
warnings.warn_explicit("o1", UserWarning, "f.py", 2, registry=reg2)
print(reg2)
warnings.warn_explicit("o2", UserWarning, "f.py", 1)
warnings.warn_explicit("o2", UserWarning, "f.py", 2)
print(warnings.onceregistry)
warnings.simplefilter("module")
reg3 = {}
warnings.warn_explicit("m1", UserWarning, "f.py", 1, registry=reg3)
warnings.warn_explicit("m1", UserWarning, "f.py", 2, registry=reg3)
print(reg3)
warnings.warn_explicit("m2", UserWarning, "f.py", 1)
warnings.warn_explicit("m2", UserWarning, "f.py", 2)
warnings.warn_explicit("none module", UserWarning, "f.py", 1, module=None)
warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "f.py", 1)
warnings.warn_explicit(RuntimeWarning("inst2"), None, "", 1)
# A message that is not a str.
warnings.simplefilter("always")
warnings.warn(("a", 1))
warnings.warn(ValueError("not a warning"))
warnings.filterwarnings("ignore", message="x")
try:
    warnings.warn(5)
except TypeError as e:
    print("TypeError", e)
