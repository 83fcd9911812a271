import operator
class BadIterable:
    def __iter__(self):
        raise ZeroDivisionError
class X(object):
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        if type(self.value) is type:
            raise self.value
        else:
            return self.value
tests = [lambda: operator.or_(None, None), lambda: operator.contains(BadIterable(), 1),
         lambda: operator.length_hint(X("abc")), lambda: operator.length_hint(X(-2)), lambda: operator.length_hint(X(LookupError)),
         lambda: operator.length_hint(X(TypeError), 12), lambda: operator.length_hint(X(NotImplemented), 4), lambda: operator.length_hint(X(2)),
         lambda: operator.methodcaller('baz', name='spam', self='eggs'), lambda: operator.methodcaller(),
         lambda: operator.length_hint([], 'x'), lambda: None | None, lambda: 1 in BadIterable()]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def baz(self, *a, **k): return (a, sorted(k.items()))
try:
    print(operator.methodcaller('baz', name='spam', self='eggs')(C()))
except TypeError as e:
    print(e)
class D:
    def baz(*a, **k): return (len(a), sorted(k.items()))
print(operator.methodcaller('baz', name='spam', self='eggs')(D()))
print(repr(operator.methodcaller('baz', 1, self='eggs')))
print(int | None, None | int, list[int] | None)
