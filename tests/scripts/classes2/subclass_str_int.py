class Shout(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def exclaim(self):
        return self + "!"
s = Shout("hello")
print(s, repr(s), len(s), s.exclaim(), type(s).__name__, type(s.exclaim()).__name__)
print(s == "HELLO", s.lower(), type(s.lower()).__name__, s[1:3], isinstance(s, str))
print({s: 1}["HELLO"], "ELL" in s, s.split("L"), f"<{s}>", f"{s:>8}")
class Ident(str):
    def __repr__(self):
        return "Ident(" + str.__repr__(self) + ")"
print([Ident("a"), Ident("b")], str(Ident("c")), Ident("x") + "y")
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e + 1, type(e + 1).__name__, e.half(), isinstance(e, int), e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(5) + Meters(7)
print(m, [m], str(m), m * 2, type(m * 2).__name__, sorted([Meters(3), Meters(1)]))
class Flag(int):
    pass
f = Flag(7)
print(f, f.bit_length(), bin(f), f"{f:04d}", Flag() == 0, Flag("12") + 1)
class Pct(float):
    def __str__(self):
        return f"{self * 100:.1f}%"
print(Pct(0.125), repr(Pct(0.5)), Pct(0.25) + 0.25, [str(Pct(1))])
