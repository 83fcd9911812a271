class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        print("custom reversed")
        return iter(self.items[::-1] + ["!"])
    def __len__(self):
        return len(self.items)
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))
print(list(reversed(Squares(0))) if hasattr(Squares, "__len__") else "Squares has no __len__")
class SeqLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqLen())), list(SeqLen()))
