class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
print(list(Squares(5)), 16 in Squares(5), [x for x in Squares(3)])
for s in Squares(3):
    print("seq-proto", s)
class Reiterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return ReIt(self.data)
class ReIt:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v
r = Reiterable("abc")
print(list(r), list(r), [(x, y) for x in r for y in r if x < y])
class OneShot:
    def __init__(self):
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise StopIteration
        self.used = True
        return "once"
o = OneShot()
print(list(o), list(o))
