# Built-in operations whose callbacks (__eq__, __lt__, __hash__, key functions) empty or
# replace the container being worked on and allocate enough for collections to run inside.
def churn():
    junk = []
    for i in range(400):
        junk.append([i, str(i)])
    return len(junk)


class Clearing:
    target = None

    def __init__(self, n):
        self.n = n
        self.tag = [n, "tag%d" % n]

    def __eq__(self, other):
        if Clearing.target is not None:
            Clearing.target.clear()
            churn()
        return isinstance(other, Clearing) and self.n == other.n

    def __lt__(self, other):
        if Clearing.target is not None:
            Clearing.target.clear()
            churn()
        return self.n < other.n

    def __hash__(self):
        return self.n % 7

    def __repr__(self):
        return "C%d" % self.n


def fresh(n=12):
    return [Clearing(i) for i in range(n)]


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
    Clearing.target = None


items = fresh()
Clearing.target = items
attempt("index", lambda: items.index(Clearing(5)))
items = fresh()
Clearing.target = items
attempt("count", lambda: items.count(Clearing(3)))
items = fresh()
Clearing.target = items
attempt("remove", lambda: (items.remove(Clearing(4)), items))
items = fresh()
Clearing.target = items
attempt("in", lambda: Clearing(7) in items)
items = fresh()
other = fresh()
Clearing.target = items
attempt("list ==", lambda: items == other)
items = fresh()
other = fresh()
Clearing.target = other
attempt("list <", lambda: items < other)
items = fresh()
Clearing.target = items
attempt("sort", lambda: (items.sort(), items))
items = fresh()
Clearing.target = items
attempt("sorted key", lambda: sorted(items, key=lambda c: (churn(), items.clear(), -c.n)[2]))
items = fresh()
Clearing.target = items
attempt("max key", lambda: max(items, key=lambda c: (items.clear(), churn(), c.n)[2]))
d = {Clearing(i): i for i in range(12)}
e = {Clearing(i): i for i in range(12)}
Clearing.target = d
attempt("dict ==", lambda: (d == e, len(d)))
s = set(fresh())
Clearing.target = s
attempt("set in", lambda: Clearing(3) in s)
s = set(fresh())
t = set(fresh())
Clearing.target = t
attempt("set <=", lambda: s <= t)
items = fresh()
Clearing.target = items
attempt("tuple in", lambda: Clearing(9) in tuple(items))
items = fresh()
Clearing.target = items
attempt("repr", lambda: repr([items, items]))
print(churn())
