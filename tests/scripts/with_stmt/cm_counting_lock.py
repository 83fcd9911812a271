class RLockish:
    def __init__(self):
        self.depth = 0
        self.history = []
    def __enter__(self):
        self.depth += 1
        self.history.append(f"acquire->{self.depth}")
        return self
    def __exit__(self, *exc):
        self.history.append(f"release->{self.depth - 1}")
        self.depth -= 1
lock = RLockish()
def recursive(n):
    with lock:
        if n > 0:
            recursive(n - 1)
recursive(2)
print(lock.depth, lock.history)
lock.history.clear()
def fails(n):
    with lock:
        if n == 0:
            raise ValueError("bottom")
        fails(n - 1)
try:
    fails(2)
except ValueError:
    pass
print(lock.depth, lock.history)
class Budget:
    def __init__(self, limit):
        self.limit = limit
        self.spent = 0
    def __enter__(self):
        return self
    def spend(self, n):
        if self.spent + n > self.limit:
            raise OverflowError(f"over budget by {self.spent + n - self.limit}")
        self.spent += n
    def __exit__(self, et, ev, tb):
        print(f"spent {self.spent}/{self.limit}", "error:" if et else "", ev if et else "")
        return et is OverflowError
with Budget(10) as b:
    for cost in [3, 4, 5, 1]:
        b.spend(cost)
        print("paid", cost)
print("budget block done, spent", b.spent)
