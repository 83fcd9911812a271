class Peekable:
    _empty = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._empty
    def __iter__(self):
        return self
    def peek(self, default=None):
        if self.buf is self._empty:
            self.buf = next(self.it, self._empty)
        return default if self.buf is self._empty else self.buf
    def __next__(self):
        if self.buf is not self._empty:
            v, self.buf = self.buf, self._empty
            return v
        return next(self.it)
    def __bool__(self):
        return self.peek(self._empty) is not self._empty
p = Peekable(x * x for x in range(4))
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"), bool(p))
q = Peekable("ab")
out = []
while q:
    out.append(next(q))
print(out)
def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def gen(mine):
        while True:
            if not mine:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
def merge_sorted(*its):
    ps = [Peekable(i) for i in its]
    while True:
        live = [p for p in ps if p]
        if not live:
            return
        best = min(live, key=lambda p: p.peek())
        yield next(best)
print(list(merge_sorted([1, 4, 7], [2, 5], [0, 3, 6, 9])))
def tokens(text):
    p = Peekable(text)
    while p:
        ch = next(p)
        if ch.isdigit():
            num = ch
            while p and p.peek().isdigit():
                num += next(p)
            yield int(num)
        elif not ch.isspace():
            yield ch
print(list(tokens("12+ 345*(6-78)")))
