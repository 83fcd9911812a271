# Dunder methods that recurse through Rust helpers (comparison, repr, map, generators, super):
# each level counts its native level and its Python frame, as in CPython 3.11, so the depth
# reached and the message match.
depth = 0

def report(name, f):
    global depth
    depth = 0
    try:
        f()
        print(name, "ok", depth)
    except RecursionError as e:
        print(name, depth, e)

class Eq:
    def __eq__(self, other):
        global depth
        depth += 1
        return Eq() == Eq()
report("__eq__", lambda: Eq() == Eq())

class Lt:
    def __lt__(self, other):
        global depth
        depth += 1
        return Lt() < Lt()
report("__lt__", lambda: Lt() < Lt())

class R:
    def __repr__(self):
        global depth
        depth += 1
        return repr(R())
report("__repr__", lambda: repr(R()))

def mapper(v):
    global depth
    depth += 1
    return list(map(mapper, [1]))
report("map", lambda: list(map(mapper, [1])))

def gen(n):
    global depth
    depth = n
    yield from gen(n + 1)
report("yield from", lambda: list(gen(0)))

def gen2(n):
    global depth
    depth = n
    for v in gen2(n + 1):
        yield v
report("for in gen", lambda: list(gen2(0)))

class Sup:
    def m(self, n):
        global depth
        depth += 1
        return Sub().m(n)

class Sub(Sup):
    def m(self, n):
        return super().m(n)
report("super", lambda: Sub().m(0))

class Cmp:
    def __eq__(self, o):
        global depth
        depth += 1
        return [Cmp()] == [Cmp()]
report("__eq__ via list", lambda: Cmp() == Cmp())

class Rl:
    def __repr__(self):
        global depth
        depth += 1
        return repr([Rl()])
report("__repr__ via list", lambda: repr(Rl()))
