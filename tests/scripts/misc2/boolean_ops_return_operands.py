print(0 or "default", "" or [] or None, "first" or "second", None or 0)
print(1 and "yes", 0 and "never", [] and 1, "a" and "b" and "c")
print(not 0, not "x", not [], not None, not not 3)
def t(v):
    print("  eval", repr(v))
    return v
print(t(0) or t("") or t("last"))
print(t(1) and t(2) and t(0) and t(3))
print(t(None) or t(0) and t(5))
print((t(1) or t(2)) and t(3))
x = None
name = x or "anonymous"
print(name)
config = {"debug": 0}
print(config.get("debug") or "off", config.get("missing") or "unset")
items = []
print(items and items[0], (items or [None])[0])
print(1 if [] else 2, "yes" if "no" else "empty", 0 if 0 else (1 if 1 else 2))
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10, 90, 80]])
class Falsy:
    def __bool__(self):
        print("  __bool__")
        return False
    def __repr__(self):
        return "Falsy()"
print(Falsy() or "fallback")
print(Falsy() and "unreached")
print([v for v in [0, 1, "", "s", None, [0], Falsy()] if v])
print(True + True, True * 3, False - 1, sum([True, False, True]), True == 1, 1.0 == True)
