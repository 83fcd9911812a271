# Error messages of special methods of built-in types called with wrong arguments.
for f in [lambda: list(map(int.__add__, ["a"], [1])), lambda: sorted([1, 2], key=str.__len__), lambda: list(map(list.__len__, [(1,)])), lambda: int.__round__(), lambda: float.__round__(1.5, 1, 2), lambda: (1).__get__ if False else 0, lambda: (lambda: 0).__get__(), lambda: (lambda: 0).__get__(1, 2, 3), lambda: len.__call__(), lambda: dict.__ior__({}, 5), lambda: set.__ior__(set(), 5), lambda: list.__imul__([1], 2**100), lambda: [1].__mul__(2**100), lambda: iter([]).__next__(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(int.__add__(1))
