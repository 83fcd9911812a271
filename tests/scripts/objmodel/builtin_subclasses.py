# Subclasses of list, dict, str, int, float, tuple, set and frozenset.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, len(s), s.peek(), s[0], s[1:], type(s[1:]).__name__, s.pop(), s, list(s), sum(s))
print(isinstance(s, list), type(s).__name__, s == [1, 2], [1, 2] == s, s != [1], s < [1, 3], bool(Stack()))
s += [7]
s.extend(range(2))
s[0] = 10
del s[1]
print(s, 7 in s, s.index(7), s.count(0), sorted(s), list(reversed(s)), s * 2, 2 * s, s + [5])
s.sort(reverse=True)
print(s, Stack("ab"), [x for x in Stack((3, 4))])
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
s.label = "L"
print(s.label, vars(s))

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Defaults(a=1)
d["b"] = 2
print(d["a"], d["zz"], d.get("zz"), len(d), d, sorted(d), list(d.items()), "a" in d, "zz" in d)
print(isinstance(d, dict), d == {"a": 1, "b": 2}, dict(d), {**d}, d.copy(), type(d.copy()).__name__)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo["KEY"] = 1
print(lo, lo["Key"], list(lo.keys()))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self
print(Counter().add("x").add("x").add("y"))
del d["a"]
print(d, d.pop("b"), d)
d |= {"n": 1}
print(d)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), len(n), n[0], n + "by", "o" in n, n == "bob", hash(n) == hash("bob"))
print(n.title(), type(n.title()).__name__, f"{n:>5}|", "%s!" % n, {n: 1}["bob"], str(n), sorted([Name("b"), Name("a")]))
class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip("<>"))
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"
print(Tag("<b>"), [Tag("<i>")], Tag("<x>") == "x", type(Tag("<y>") + "z").__name__)

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, type(c + 1).__name__, c > 50, round(c), int(c), f"{c:.1f}", -c, abs(Celsius(-2.5)))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
e = Even(10)
print(e, e + 1, type(e + 1).__name__, e // 3, e % 3, e ** 2, -e, ~e, e & 6, e << 1, bin(e), hex(e))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][e], range(e)[-1], e == 10.0, e.bit_length(), divmod(e, 3), int(e), float(e))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self)})"
print(Flags(5), str(Flags(5)), [Flags(6)], f"{Flags(7)}", Flags(1) + Flags(2), Flags("12"))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), pr + (3,), pr == (1, 2), hash(pr) == hash((1, 2)), isinstance(pr, tuple))
x, y = pr
print(x, y, pr.count(1), pr.index(2), max(pr), {pr: "k"}[(1, 2)])

class Tags(set):
    def tagged(self, t):
        self.add(t)
        return self
ts = Tags(["a"]).tagged("b")
print(sorted(ts), len(ts), "a" in ts, ts | {"c"} == {"a", "b", "c"}, ts == {"a", "b"}, type(ts - {"a"}).__name__)
class Frozen(frozenset):
    pass
fz = Frozen([1, 2])
print(sorted(fz), hash(fz) == hash(frozenset([1, 2])), fz == {1, 2}, 1 in fz)

class Overrides(list):
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
    def __iter__(self):
        return iter(["it"])
    def __contains__(self, x):
        return True
ov = Overrides([1, 2, 3])
print(len(ov), ov[0], list(ov), 42 in ov, ov, super(Overrides, ov).__len__())
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
Even(7)
