class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, bool(s), isinstance(s, list))
print(s + [9], type(s + [9]).__name__, s * 2, type(s[:1]).__name__)
print(s == [1, 2], [1, 2] == s, sorted(Stack([3, 1, 2])), type(sorted(s)).__name__)
s.extend("ab")
print(s, s.index("a"), "b" in s, list(reversed(s)))
print(Stack("xyz"), Stack(range(3)).peek(), Stack().peek())
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
lg = Logged([1])
lg.append(2)
lg[0] = 10
lg.extend([3])
print(lg, len(lg), lg.__class__.__name__)
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)
so = Sorted([5, 1, 4])
so.add(3)
so.add(0)
so.add(9)
print(so, [x * 2 for x in so], so[1:3], max(so))
s2 = Stack([1])
s2.extra = "attr"
print(s2.extra, vars(s2))
