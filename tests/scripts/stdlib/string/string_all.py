# string: constants, capwords, Template (substitute, safe_substitute, identifiers, errors)
# and Formatter (parse, fields, conversions, nesting, errors).
import string
from string import Template, Formatter

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.__all__)
print(string.capwords(" hello   world "), string.capwords("a-b-c", "-"), string.capwords("ÉCOLE été"), repr(string.capwords("")))

t = Template("$who likes $$ ${what} and $who")
print(t.template, t.substitute(who="tim", what="kung pao"), t.substitute({"who": 1, "what": 2}))
print(t.substitute({"who": "a", "what": "b"}, who="kw"), t.safe_substitute(who="x"), t.safe_substitute())
print(t.get_identifiers(), t.is_valid(), Template("$ and $1").is_valid(), Template("${a}$b$$$c").get_identifiers())
print(Template("$x_1y $_z ${A9}").substitute(x_1y=1, _z=2, A9=3), Template("$xé").safe_substitute(x="X"))
print(Template("no placeholders").substitute(), Template("$a$b").substitute(a=[1], b=None))

class Percent(Template):
    delimiter = "%"
print(Percent("%name costs %%5 (%{unit})").substitute(name="tea", unit="cup"))
class Long(Template):
    delimiter = "<<"
print(Long("<<a and <<<<").substitute(a="A"))

for tpl, kw in [("$x", {}), ("a $ b", {"x": 1}), ("${x", {}), ("$1", {}), ("line\n  $", {}), ("${}", {}),
                ("ok $y\nthen ${z", {"y": 1})]:
    for method in ("substitute", "safe_substitute"):
        try:
            print(repr(tpl), method, repr(getattr(Template(tpl), method)(**kw)))
        except Exception as e:
            print(repr(tpl), method, type(e).__name__, e)
try:
    Template("x").substitute({}, {})
except TypeError as e:
    print("TypeError", e)

f = Formatter()
print(list(f.parse("a{0}b{x!r:>{w}}c{{d}}e{}")), list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")))
print(f.format("{0}-{name}", 1, name=2), f.format("{:>5}|{0.real}|{a[1]}", 3, a=[1, 2]), f.format("{0[k]} {0[0]}", {"k": "v", 0: "zero"}))
print(f.format("{!r} {!s} {!a}", "x", 1, "é"), f.format("{0:{1}}", 3.14159, ".2f"), f.format("{x:{w}.{p}f}", x=2.5, w=8, p=3))
print(f.vformat("{a}{0}", (1,), {"a": "A"}), f.get_field("0.imag", (5,), {}), f.get_value("k", (), {"k": 9}))
print(f.convert_field(3, "r"), f.format_field(3, "03d"), f.check_unused_args(set(), (), {}))

class Lenient(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
print(Lenient().format("{a} {b} {0}", 1, a="A"))

for spec, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
                       ("{0!rr}", (1,), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{1}", (1,), {}),
                       ("{x}", (), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}),
                       ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.nope}", (1,), {}), ("{0!r", (1,), {}), ("{0!", (1,), {}),
                       ("{0:{1}", (1,), {}), ("{0[}]}", ({"}": 5},), {}), ("{0:}}", (1,), {}), ("{a{b}", (), {}),
                       ("{0:x}}}", (255,), {}), ("{!r:>{}}", ("s", 5), {})]:
    try:
        print(repr(spec), repr(f.format(spec, *args, **kw)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
Template("$missing").substitute()
