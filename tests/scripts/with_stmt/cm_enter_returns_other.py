class Opener:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def __enter__(self):
        print("opening", self.name)
        return {"name": self.name, "lines": ["l1", "l2"]}
    def __exit__(self, *a):
        self.closed = True
        print("closing", self.name)
op = Opener("data.txt")
with op as f:
    print(type(f).__name__, f["lines"])
print(op.closed)
class ReturnsNone:
    def __enter__(self):
        print("enter returns nothing")
    def __exit__(self, *a):
        pass
with ReturnsNone() as thing:
    print("thing is", thing)
class ReturnsInt:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with ReturnsInt() as n:
    print(n + 1)
class Transaction:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.db
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.db.clear()
            self.db.update(self.snapshot)
            print("rolled back because", et.__name__)
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as d:
    d["b"] = 2
print(db)
with Transaction(db) as d:
    d["c"] = 3
    del d["a"]
    raise ValueError("abort")
print(db)
class Timerish:
    def __enter__(self):
        self.ticks = 0
        return self.tick
    def tick(self):
        self.ticks += 1
    def __exit__(self, *a):
        print("ticks:", self.ticks)
with Timerish() as tick:
    for _ in range(5):
        tick()
