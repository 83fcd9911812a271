def bad():
    yield 1
    raise StopIteration("manual stop")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
print(next(g, "dead"))
def leaks_next():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    print(list(leaks_next()))
except RuntimeError as e:
    print("RuntimeError:", e)
def fixed():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(fixed()))
def ret_value():
    yield 1
    return "fine"
print(list(ret_value()))
def catches_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught internally"
print(list(catches_inside()))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(It()))
def delegating():
    yield from It()
    yield "after"
print(list(delegating()))
gen = (next(iter([])) for _ in range(3))
try:
    list(gen)
except RuntimeError as e:
    print("genexp RuntimeError:", e)
