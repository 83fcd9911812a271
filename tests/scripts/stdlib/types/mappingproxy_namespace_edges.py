import types, collections
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)


d = {"x": 1}; mp3 = types.MappingProxyType(d); d["y"] = 2; print(mp3, mp3 == d, mp3 != {}, hash(frozenset(mp3)), reversed(mp3) is not None)
t(hash, mp3); t(lambda: mp3.clear()); t(types.MappingProxyType); t(types.MappingProxyType, {}, {}); 
print({**mp3}, dict(**mp3), sorted(mp3.items()), mp3.values(), str(mp3), f"{mp3}")
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__["x"], "x" in C.__dict__)
ns = types.SimpleNamespace(b=2, a=1); print(ns, sorted(vars(ns)), ns == types.SimpleNamespace(a=1, b=2), ns != 1)
t(hash, ns); t(types.SimpleNamespace, **{1: 2}) if False else None
ns2 = types.SimpleNamespace(x=types.SimpleNamespace(y=[1, types.SimpleNamespace()])); print(ns2, repr(ns2))
class NS(types.SimpleNamespace):
    def __init__(self, **kw): super().__init__(**kw); self.extra = True
print(NS(a=1), NS(a=1) == types.SimpleNamespace(a=1, extra=True))
print(types.new_class("Dyn", (), {}, lambda ns: ns.update({"v": 5})).v, types.new_class("K", (list,))().__class__.__mro__)
