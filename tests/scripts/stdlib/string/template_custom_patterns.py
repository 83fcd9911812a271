# Template subclasses with their own identifier pattern, flags or whole pattern (audit 11, S1/S2).
import re
from string import Template

print(Template.flags, Template.flags == re.IGNORECASE, Template.pattern.flags, type(Template.pattern).__name__)


class T2(Template):
    idpattern = "[a-z]+"


print(T2("$ab1").substitute(ab=5), T2("$ab $").safe_substitute(ab=1), T2("$ab $cd").get_identifiers(), T2("$").is_valid())
try:
    T2("x\n $").substitute()
except ValueError as e:
    print(e)


class T3(Template):
    flags = 0
    idpattern = "[a-z]+"


print(T3("$aB").safe_substitute(a=5), T3.pattern.flags & re.IGNORECASE)


class T4(Template):
    braceidpattern = r"[^}]+"


print(T4("${a b} $c").substitute({"a b": 3, "c": 4}))


class T5(Template):
    pattern = r"\[(?:(?P<escaped>\[)|(?P<named>\w+)\]|(?P<braced>\w+)\]|(?P<invalid>))"


print(T5("[x] [[ [y]").substitute(x=1, y=2), T5("[x] [").safe_substitute(x=1), type(T5.pattern).__name__)


class Pct(Template):
    delimiter = "%"


print(Pct("%foo and %% %{bar}").substitute(foo=1, bar=2), Pct.pattern.match("%x").group("named"))


class Sub(T2):
    delimiter = "#"


print(Sub("#abc1 $x").substitute(abc=9))


class NoGroups(Template):
    pattern = r"\$(?P<named>[a-z]+)|(?P<escaped>\$\$)|(?P<braced>\$\{[a-z]+\})|(?P<invalid>\$)"


print(NoGroups("$abc").substitute(abc=1))
