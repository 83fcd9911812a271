class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __le__(self, o):
        print(f"  {self.v} <= {o.v}")
        return self.v <= o.v
    def __eq__(self, o):
        print(f"  {self.v} == {o.v}")
        return self.v == o.v
    def __repr__(self):
        return f"V{self.v}"
a, b, c = V(1), V(2), V(3)
print(a < b < c)
print(c < b < a)
print(a < b <= b < c)
print(a == a < b)
print(a < c == c)
def make(v):
    print("  make", v)
    return V(v)
print(make(1) < make(2) < make(0) < make(5))
class Weird:
    def __lt__(self, o):
        return "truthy string"
    def __gt__(self, o):
        return 0
w1, w2 = Weird(), Weird()
print(w1 < w2, w1 > w2, w1 < w2 < w1, w1 > w2 < w1)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < x < 3 < "never compared")
print(0 <= x <= 5 != 6, [] == [] is not None, 3 in [3] in [[3]])
