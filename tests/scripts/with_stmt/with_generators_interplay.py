# with blocks inside generators: closing, throwing and delegating run __exit__ correctly.
log = []

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return False

def producer():
    with CM("p"):
        yield 1
        yield 2
    log.append("after with")

g = producer()
print(next(g))
g.close()
print(log)
log.clear()

g = producer()
print(list(g), log)
log.clear()

g = producer()
next(g)
try:
    g.throw(ValueError("into with"))
except ValueError as e:
    print("propagated", e, log)
log.clear()

class Swallow(CM):
    def __exit__(self, typ, val, tb):
        log.append("swallow %s" % (typ.__name__ if typ else None))
        return typ is not None and typ is not GeneratorExit

def swallowing():
    with Swallow("s"):
        yield "first"
    yield "after swallow"

g = swallowing()
print(next(g))
print(g.throw(KeyError("eaten")))
g.close()
print(log)
log.clear()

# Swallowing GeneratorExit makes close() complain when the generator yields again.
class SwallowAll(CM):
    def __exit__(self, typ, val, tb):
        log.append("swallow-all %s" % (typ.__name__ if typ else None))
        return True

def stubborn():
    with SwallowAll("x"):
        yield 1
    yield 2
    log.append("stubborn end")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e, log)
log.clear()
print(list(g), log)
log.clear()

# A with block around yield from: closing the outer closes the inner first.
def inner():
    with CM("inner"):
        yield "i"

def outer():
    with CM("outer"):
        yield from inner()

g = outer()
next(g)
g.close()
print(log)
log.clear()

# The enter value is bound per iteration; returns inside the with run __exit__.
def find(items, target):
    for i, item in enumerate(items):
        with CM("item%d" % i) as cm:
            if item == target:
                return i, cm.name
    return None

print(find(["a", "b", "c"], "b"), log)
log.clear()

# Generator holding a with block, consumed partially then exhausted later.
def counted():
    with CM("counted"):
        for i in range(3):
            yield i

g = counted()
print(next(g), log)
print(list(g), log)
