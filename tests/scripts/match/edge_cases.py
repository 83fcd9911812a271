class S(str): pass
match S("hi"):
    case str(x): print(type(x).__name__, x)
match (1, 2, 3):
    case [*a]: print(a)
for v in [[1, 5, 6], [2, 7], [3]]:
    match v:
        case [1, *r] | [2, *r]: print("r", r)
        case _: print("none")
match 5:
    case (1 | 5) as x if x > 1: print("x", x)
class E:
    def __eq__(self, o): raise RuntimeError("eq boom")
try:
    match E():
        case 1: pass
except RuntimeError as e: print("raised", e)
match 1000000000000000000000:
    case 1000000000000000000000: print("big")
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (_, c)}]}: print("c", c)
class M:
    pass
class WithMeta:
    __match_args__ = ("v",)
    v = 9
match WithMeta():
    case WithMeta(v): print("meta", v)
class Slots:
    __slots__ = ("a",)
    __match_args__ = ("a",)
s = Slots()
match s:
    case Slots(a): print("wrong")
    case Slots(): print("unset slot is a missing attribute")
s.a = 3
match s:
    case Slots(a): print("slot", a)
match 3.0:
    case 3: print("3.0 == 3")
match -0.0:
    case 0: print("-0.0 == 0")
match [1, 2, 3]:
    case (1, *_, 3) | [3, *_]: print("either")
def f(*args, **kw):
    match args, kw:
        case ((), {}): return "nothing"
        case ((x,), {}): return f"one {x}"
        case (_, {"key": k, **others}): return f"key {k} {others}"
        case _: return "many"
print(f(), f(1), f(1, 2, key=3, z=4), f(1, 2))
match {"a": 1}:
    case {"a": 1, **rest} if not rest: print("exactly a")
import_like = {"module": "os", "names": ["path", "sep"]}
match import_like:
    case {"module": str(m), "names": [*names]} if all(isinstance(n, str) for n in names):
        print(m, names)
