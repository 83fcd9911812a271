class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        print("format spec:", repr(spec))
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return str(self.c)
    def __str__(self):
        return f"Temp({self.c})"
t = Temp(21.5)
print(f"{t}")
print(f"{t:.1F}")
print(f"{t:>10.2C}|")
print("{:.0F} and {}".format(t, t))
print(format(t, ".3C"))
print(f"{t!s}", f"{t!s:>12}")
class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()), "{:}".format(NoFormat()))
try:
    format(NoFormat(), ">5")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents / 100:,.2f}"
        return format(s, spec) if spec else s
print(f"[{Money(123456789)}] [{Money(5):>10}] [{Money(99):<8}]")
width = 12
print(f"[{Money(100000):^{width}}]")
