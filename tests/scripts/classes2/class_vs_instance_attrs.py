class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(a.items is b.items, Counter.items)
print(sorted(a.__dict__), sorted(b.__dict__))
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
b.items = ["own"]
print(a.items, b.items, Counter.items)
print("count" in Counter.__dict__, "name" in Counter.__dict__)
class Sub(Counter):
    count = -1
s = Sub("s")
print(Sub.count, Counter.count, s.count, Counter.items)
Sub.new_attr = "dyn"
print(s.new_attr, hasattr(a, "new_attr"))
