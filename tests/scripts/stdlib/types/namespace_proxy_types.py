import types
from types import SimpleNamespace, MappingProxyType, FunctionType
ns = SimpleNamespace(a=1, b="x"); ns.c = [1]; print(ns, repr(ns), ns == SimpleNamespace(a=1, b="x", c=[1]), vars(ns)); del ns.a; print(ns)
try: ns.zz
except AttributeError as e: print(e)
try: SimpleNamespace(1)
except TypeError as e: print(e)
print(SimpleNamespace(**{"x y": 1}), SimpleNamespace({"a": 1}) if False else "")
class NS(SimpleNamespace): pass
print(NS(a=1), repr(NS()))
r = SimpleNamespace(); r.self = r; print(r)
mp = MappingProxyType({"a": 1, "b": 2}); print(mp, repr(mp), mp["a"], len(mp), list(mp), mp.get("z", 0), "a" in mp, mp.copy(), mp | {"c": 3}, dict(mp), mp.keys(), mp.items())
try: mp["a"] = 5
except TypeError as e: print(e)
try: del mp["a"]
except TypeError as e: print(e)
try: MappingProxyType([1])
except TypeError as e: print(e)
try: mp.pop("a")
except AttributeError as e: print(e)
print(mp == {"a": 1, "b": 2}, type(mp), type(int.__dict__) is MappingProxyType, list(reversed(mp)))
def f(x): return x
print(type(f) is FunctionType, types.LambdaType is FunctionType, isinstance(len, types.BuiltinFunctionType), type(f.__code__) is types.CodeType, isinstance((x for x in []), types.GeneratorType), types.MethodType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), types.MethodType(f, 5)(), types.ModuleType("mymod"), types.ModuleType("m", "doc").__doc__)
print(types.new_class("X", (object,), {}), types.GenericAlias(list, (int,)), types.UnionType, type(int | str) is types.UnionType, types.coroutine if False else "")
