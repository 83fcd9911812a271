import string
from string import Template, Formatter
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase), repr(string.digits), repr(string.hexdigits), repr(string.octdigits), repr(string.punctuation), repr(string.printable), repr(string.whitespace))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"), string.capwords(""), string.capwords(" x "))
t = Template("$who likes ${what} $$")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": 1, "what": 2}), t.safe_substitute(who="x"), t.template, t.get_identifiers(), t.is_valid())
def tr(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
tr(t.substitute, who="x"); tr(Template("$").substitute); tr(Template("a ${b").substitute, b=1); tr(Template("$1").substitute); tr(Template("x\n$").substitute); tr(Template("$a").substitute, {"a": 1}, a=2)
class MyT(Template):
    delimiter = "%"

print(MyT("%foo and %% %bar").substitute(foo=1, bar=2), Template("$a").safe_substitute())
f = Formatter()
print(f.format("{0} {x} {1!r:>5}", 1, "b", x=3), list(f.parse("a{0}b{x!r:>3}c")), f.vformat("{}", (1,), {}), f.get_field("a.b", (), {"a": type("N", (), {"b": 5})})[0])
class MyF(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)
    def format_field(self, v, spec): return str(v).upper() if spec == "u" else super().format_field(v, spec)
print(MyF().format("{a} {b:u} {0}", "z", b="lo"))
tr(f.format, "{0}"); tr(f.format, "{"); tr(f.format, "{a}"); tr(f.format, "{0!x}", 1)
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
print(Template("${a}${b}").substitute(a=1, b=2), Template("$a$b").get_identifiers(), Template("$a $").is_valid())
print(string.Formatter().convert_field(1, "r"))
