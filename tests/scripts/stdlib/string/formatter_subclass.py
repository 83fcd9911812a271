import string
from string import Formatter
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
f = Formatter()
print(f.format("{0:>{1}}", "x", 5), f.format("{a[0]} {b.real}", a=[9], b=2), f.format("{!s}", 1), f.format("{{}} {}", 1), f.format("{0}{1}{0}", "a", "b"))
print(list(f.parse("{0:{1}}")), list(f.parse("{{x}}")), list(f.parse("")), list(f.parse("}}")))
t(list, f.parse("{")); t(list, f.parse("}")); t(f.format, "{0} {}", 1, 2); t(f.format, "{} {0}", 1, 2); t(f.format, "{0:{1:{2}}}", 1, 2, 3)
class Checker(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) - {u for u in used if isinstance(u, int)}
        if unused: raise ValueError(f"unused {sorted(unused)}")
t(Checker().format, "{0}", 1, 2); print(Checker().format("{0}{1}", 1, 2))
print(f.convert_field("a", "s"), f.convert_field("a", "a"), f.convert_field("é", "a"), f.format_field(3.14159, ".2f"))
t(f.convert_field, 1, "z")
print(string.capwords("ÉCOLE école"), string.capwords("hello\tworld\nfoo"), string.capwords("  a  ", " "), string.capwords("x", None))
print(f.vformat("{x}", (), {"x": 1}), f.get_value(0, (5,), {}), f.get_value("k", (), {"k": 6}))
t(f.get_value, 1, (5,), {}); t(f.format); t(Formatter.format)
