# The warnings re's parser issues (FutureWarning for possible nested sets and set operations,
# DeprecationWarning for group names), attributed to the caller of the re function.
import re
import sys
import warnings


class Stderr:
    def write(self, s):
        for line in s.splitlines(True):
            head, sep, rest = line.partition(".py:")
            if sep and not line.startswith(" "):
                line = head.rsplit("/", 1)[-1] + sep + rest
            sys.stdout.write(line)

    def flush(self):
        pass


sys.stderr = Stderr()


def f(p, flags=0):
    return re.compile(p, flags)


def t(fn, *args):
    try:
        fn(*args)
    except re.error as e:
        print("re.error", e)


t(re.compile, "[[a]")  # default filters: FutureWarning shown once per location
t(re.compile, "[[a]")
t(f, "[[:alpha:]]")
warnings.simplefilter("always")
for p in ["[a--b]", "[a&&b]", "[a~~b]", "[a||b]", "[--a]", "[a-]", "[-a]", "[&&a]", r"[\[a]",
          "[a-z--0-9]", "[a-z&&[^aeiou]]", "[|a||]", "[x||||y]", "[[]", "[a][[b]"]:
    print(repr(p))
    t(re.compile, p)
t(re.match, "[[x]", "x")
t(re.search, b"[a||b]", b"|")
t(re.sub, "[[y]", "-", "y")
t(re.findall, "[y~~z]", "y~z")
t(re.compile, b"(?P<h\xe9>x)")
t(re.compile, b"(?P<h\xe9>x)(?P=h\xe9)")
t(re.compile, "(?P<h\xe9>x)")
t(re.compile, "(a)(?(\u0661)a|b)")
t(re.compile, r"(a)(?( 1)a|b)")
t(re.compile, rb"(a)(?(+1)a|b)")
t(re.compile, r"(a)(?(1_0)a|b)")
t(re.compile, "[[a")  # the warning, then the error
t(re.compile, "[[a")
warnings.simplefilter("error")
try:
    re.compile("[[b]")
except FutureWarning as e:
    print("raised", type(e).__name__, e)
try:
    re.compile("[[b]")
except FutureWarning as e:
    print("raised again (not cached)", e)
re.purge()
warnings.simplefilter("default")
for i in range(3):
    re.compile("[[c]")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile("[[d]&&]")
    re.compile("[[d]&&]")  # cached: no warning, as in CPython
    re.purge()
    re.compile("[[d]&&]")
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", FutureWarning)
    print(re.findall("[[e]", "[e"))
# re.TEMPLATE and re.template(): DeprecationWarnings from the re module itself (ignored by
# the default filters), once per compile.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(re.compile("t", re.T), re.compile("t", re.T))
    print(re.template("u"), re.template("u", re.I))
    try:
        re.compile("t*", re.TEMPLATE)
    except re.error as e:
        print("re.error", e)
print([(str(x.message)[:30], x.category.__name__, x.filename.endswith("re_warnings.py")) for x in w])
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=DeprecationWarning)
re.compile("v", re.T)  # ignored: nothing shown
sys.stderr = sys.__stderr__

# Replacement templates: group numbers written other than in ASCII digits warn (once per
# template and pattern for sub, as CPython caches the parsed template; at every expand), at
# the caller of the frame calling sub/expand.
sys.stderr = Stderr()
warnings.resetwarnings()
warnings.simplefilter("always")


def f():
    return re.sub("(a)", r"\g<+1>", "a")


def g():
    return re.compile("(a)").sub(r"\g< 1>", "a")


print(f())
print(g())
print(re.compile("(a)").sub(r"\g<01>", "a"))
print(f())
re.purge()
print(f())


def h():
    m = re.match("(a)", "a")
    return m.expand(r"\g<+1>")


def h2():
    return h()


print(h2())
print(h2())
print(re.sub(b"(?P<\xe9>a)", b"\\g<\xe9>", b"a"))


def k():
    return re.match(b"(?P<\xe9>a)", b"a").expand(b"\\g<\xe9>")


def k2():
    return k()


print(k2())
print(re.subn("(a)", r"\g<\u0661>\g<1_0>", "a") if False else re.subn("(a)", "\\g<\u0661>", "a"))
try:
    re.sub("(a)", r"\g<+2>", "a")
except re.error as e:
    print("re.error", e)
try:
    re.sub("(a)", r"\g<+2>", "a")
except re.error as e:
    print("re.error", e)
warnings.simplefilter("error")
for i in range(2):
    try:
        re.sub("(b)", r"\g<+1>", "b")
    except DeprecationWarning as e:
        print("raised", e)
sys.stderr = sys.__stderr__
