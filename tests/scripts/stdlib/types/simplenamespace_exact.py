# types.SimpleNamespace: hash, repr (with recursion), equality, attribute errors and dir() as
# CPython's C type has them.
import types

ns = types.SimpleNamespace(a=1, b='x')
print(repr(ns), str(ns))
print(repr(types.SimpleNamespace()))
for value in (types.SimpleNamespace(), ns):
    try:
        hash(value)
    except TypeError as e:
        print('TypeError:', e)
print(types.SimpleNamespace.__hash__)

# Recursion prints "...".
n = types.SimpleNamespace()
n.self = n
print(repr(n))
m = types.SimpleNamespace(items=[n])
print(repr(m))

# Equality: by attributes, across subclasses; NotImplemented for other types.
class Sub(types.SimpleNamespace):
    pass

print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) == Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == {'a': 1}, types.SimpleNamespace() == 1)
print(repr(Sub(a=1)))
try:
    hash(Sub())
except TypeError as e:
    print('TypeError:', e)

# Attribute errors name the C type; a subclass its own name.
try:
    ns.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Sub().missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    del ns.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(ns, 'missing', 'default'), hasattr(ns, 'a'), hasattr(ns, 'missing'))

print(dir(types.SimpleNamespace))
print(dir(ns))
print(type(ns).__name__, type(ns).__qualname__, type(ns).__module__)

try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
hash(types.SimpleNamespace(a=[]))
