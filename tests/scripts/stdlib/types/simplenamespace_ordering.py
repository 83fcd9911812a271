# SimpleNamespace compares as its dict: ordering two namespaces fails naming 'dict' and 'dict'
# (CPython's namespace_richcompare), anything else names types.SimpleNamespace.
import types

S = types.SimpleNamespace


class Sub(S):
    pass


cases = [
    (S(), S()), (S(a=1), S(a=1)), (S(a=1), S(a=2)), (S(a=1), Sub(a=1)), (Sub(), Sub()),
    (S(), 1), (1, S()), (S(), {}), ({}, S()), (Sub(), "x"),
]
ops = [
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b), ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b),
]
for a, b in cases:
    for name, op in ops:
        try:
            print(repr(a), name, repr(b), op(a, b))
        except TypeError as e:
            print(repr(a), name, repr(b), "TypeError", e)


class Ordered(S):
    def __lt__(self, other):
        return "custom"


print(Ordered() < S(), S() > Ordered())
print(S(a=1).__lt__(1), S(a=1).__eq__(S(a=1)), S(a=1).__ne__(S(a=2)))
try:
    sorted([S(a=2), S(a=1)])
except TypeError as e:
    print("TypeError", e)
