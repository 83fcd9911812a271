class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called", self.n)
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(2)))
print(bool(Both()), len(Both()), bool(Neither()))
if WithLen(0):
    print("yes")
else:
    print("no")
print(not WithBool(False))
print(WithBool(True) and "and-result")
print(WithLen(0) or "or-result")
x = [o for o in [WithLen(1), WithLen(0), Both(), Neither()] if o]
print(len(x))
while WithLen(0):
    print("never")
print(any([WithLen(0), WithLen(0)]), all([WithBool(True), WithLen(4)]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
