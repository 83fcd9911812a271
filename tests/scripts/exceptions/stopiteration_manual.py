it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done!")
        self.n -= 1
        return self.n
lim = Limited(2)
print(list(lim))
try:
    next(lim)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, "str:", str(e))
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator return ->", e.value, e.args)
g2 = gen()
print(next(g2), next(g2, "default"), next(g2, "default again"))
e = StopIteration(1, 2)
print(e.value, e.args)
it2 = iter("ab")
while True:
    try:
        ch = next(it2)
    except StopIteration:
        print("loop ended")
        break
    print("char", ch)
print(next(iter({}), "empty-dict"), next(iter(range(0)), "empty-range"))
