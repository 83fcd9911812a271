# `import __main__` works before sys is imported; sys.exit(None) raises SystemExit() (audit 11, SY1/SY2).
def f():
    import __main__
    return __main__.__name__, __main__.f is f


print(f())
print(__import__("__main__").marker if hasattr(__import__("__main__"), "marker") else "no marker")
marker = 1
print(__import__("__main__").marker)
import sys
print(sys.modules["__main__"] is __import__("__main__"))
try:
    sys.exit(None)
except SystemExit as e:
    print(e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, repr(e), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print(e.code, repr(e), e.args)
sys.exit(None)
