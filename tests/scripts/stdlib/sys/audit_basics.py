import sys
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__, sys.version[:4], sys.argv[0].endswith("audit_basics.py"), len(sys.argv))
print(sys.getrecursionlimit()); sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
t(sys.setrecursionlimit, 0); t(sys.setrecursionlimit, -5); t(sys.setrecursionlimit, "a"); t(sys.setrecursionlimit, 1.5)
print("sys" in sys.modules, type(sys.modules).__name__, "__main__" in sys.modules, sys.modules["sys"] is sys)

print(sys.byteorder, sys.platform if False else "", sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if False else "", sys.hash_info.width if False else "", sys.maxunicode)
t(sys.exit, 0); t(sys.exit, "msg"); t(sys.exit); t(sys.exit, 1, 2)
try: sys.exit(3)
except SystemExit as e: print(e.code, e.args)
print(sys.version_info.releaselevel, sys.version_info.minor, repr(sys.version_info)[:45], sys.implementation.name if False else "")
print(sys.getsizeof if False else "", sys.intern("ab"), "", sys.dont_write_bytecode if False else "")
print(type(sys.stdout).__name__, sys.stdout.encoding if False else "", sys.exc_info())
try: 1/0
except ZeroDivisionError: print(sys.exc_info()[0], sys.exc_info()[1], sys.exception() if hasattr(sys, "exception") else "")
print(sys.path is not None or "", isinstance(sys.path, list))
sys.stdout.flush(); print(sys.getdefaultencoding())
sys.exit("bye")
