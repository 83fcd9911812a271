# The builtins module through every import form: the same object each time, in functions,
# classes and exec'd code, with `*` binding its public names.
import builtins
import builtins as b
from builtins import len as length, max, print as p

print(builtins, b is builtins, length("four"), max(2, 7))
p("printed", "through", "an alias")
print(__import__("builtins") is builtins, __import__("builtins", fromlist=["len"]) is builtins)
print(__import__("builtins", globals(), None, ("len", "nope"), 0) is builtins)


def inside():
    import builtins as inner
    from builtins import abs
    return inner is builtins, abs(-4)


print(inside(), inside())


class K:
    import builtins
    from builtins import min as smallest


print(K.builtins is builtins, K.smallest(3, 1, 2))

ns = {}
exec("from builtins import *", ns)
print(len(ns) > 100, ns["len"] is len, "__name__" in ns, "_" in ns)
print(sorted(k for k in ns if k.startswith("_")))

exec("from builtins import *")
print("abs" in globals())

loc = {}
exec("from builtins import *\nimport builtins as bb", {}, loc)
print("bb" in loc, "sum" in loc)

for i in range(3):
    import builtins as again
    print(again is builtins, end=" ")
print()

try:
    builtins.no_such_name
except AttributeError as e:
    print(e)

# A module's attributes can be replaced; imports see the change.
builtins.extra_name = 42
from builtins import extra_name
print(extra_name)
del builtins.extra_name
try:
    from builtins import extra_name as again
except ImportError as e:
    print(e)
