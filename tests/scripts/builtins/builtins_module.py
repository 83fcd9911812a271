# The builtins module: __builtins__, import builtins, from builtins import ...
import builtins
import builtins as b
from builtins import len as length, print as show

print(builtins.len is len, b is builtins, length is len, show is print)
print(__builtins__ is builtins)
print(builtins)
print(getattr(__builtins__, "len"), getattr(builtins, "max") is max)
print(builtins.__name__, type(builtins).__name__)
print(hasattr(builtins, "sorted"), hasattr(builtins, "no_such_name"))
names = dir(builtins)
print(names == sorted(names))
for n in ["len", "print", "ValueError", "__debug__", "__name__", "None", "Ellipsis", "True"]:
    print(n, n in names)
print(builtins.ValueError is ValueError, builtins.Ellipsis)


def shadow():
    len = lambda x: -1
    return len([1, 2]), builtins.len([1, 2])


print(shadow())
print(__debug__, __spec__, __package__, __name__)
print(type(exit).__name__ != "", callable(exit), callable(quit))
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    builtins.no_such_name
except AttributeError as e:
    print("AttributeError", e)
