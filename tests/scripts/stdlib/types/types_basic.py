import types

def f(): pass
class C:
    def m(self): pass
def g():
    yield 1

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type([].append) is types.BuiltinMethodType, type(g()) is types.GeneratorType)
print(type(types) is types.ModuleType, type(None) is types.NoneType)
print(type(NotImplemented) is types.NotImplementedType, type(...) is types.EllipsisType)
print(type(list[int]) is types.GenericAlias, type(int | None) is types.UnionType)
print(type(type.__dict__) is types.MappingProxyType, type(f.__code__) is types.CodeType)
print(type(object.__init__) is types.WrapperDescriptorType, type(str.join) is types.MethodDescriptorType)
print(type(object().__str__) is types.MethodWrapperType)
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.GeneratorType, types.MappingProxyType, types.SimpleNamespace, types.GenericAlias)
print(types.CellType, types.TracebackType, types.NoneType)

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[3]))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))
rec = types.SimpleNamespace(name="loop")
rec.self = rec
print(rec)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
try:
    hash(ns)
except TypeError as e:
    print("TypeError")
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError")
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)

# MappingProxyType
d = {"k": 1}
p = types.MappingProxyType(d)
print(p, p["k"], len(p), list(p), "k" in p, p.get("x", 0))
d["new"] = 2
print(p["new"], dict(p.items()))
try:
    p["k"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)

# ModuleType
m = types.ModuleType("plugin")
print(m, m.__name__, m.__doc__)
m2 = types.ModuleType("doc_mod", "The docstring.")
print(m2.__doc__, m2.__package__, m2.__spec__)
m.value = 42
print(m.value, sorted(k for k in vars(m)))
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError:", e)
for args in [(), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.ModuleType("a", name="b")
except TypeError as e:
    print("TypeError:", e)

# MethodType
class Target:
    pass
def greet(self, who):
    return f"{type(self).__name__} greets {who}"
t = Target()
bm = types.MethodType(greet, t)
print(bm("you"), bm.__self__ is t, bm.__func__ is greet)
for args in [(1, t), (greet,), (greet, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

# GenericAlias
ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], ga.__origin__, ga.__args__)
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, int))

# new_class, resolve_bases, prepare_class
def body(ns):
    ns["x"] = 10
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (object,), None, body)
print(K.__name__, K.x, K().hello())
class Meta(type):
    pass
K2 = types.new_class("K2", (), {"metaclass": Meta})
print(type(K2).__name__)
print(types.resolve_bases((int, str)))
print(types.prepare_class("Z", (int,)))
