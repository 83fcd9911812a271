# str.format field names: numbering, keywords, attributes, indexing, nested specs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]
        self.meta = {"k": "v", "0": "str-zero", 0: "int-zero"}

p = Point(3, -4)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format(*"xyz"))
print("{name}={value!r}".format(name="k", value="v"))
print("{0.x},{0.y} {0.tags[1]} {0.meta[k]} {0.meta[0]}".format(p))
print("{p.x} {p.tags[0]}".format(p=p))
print("{[0]} {[1][0]}".format([10, 20], ["ab", "cd"]))
print("{0[1]} {0[-1]}".format({1: "one", "-1": "minus"}))
print("{0[ ]} {0[a b]}".format({" ": "space", "a b": "ab"}))
print("{0.real} {0.imag} {1.__class__.__name__}".format(5, 2.5))
print("{:>{}}|{:<{w}}|{:^{w}.{p}}".format("a", 4, "b", 3.14159, w=8, p=3))
print("{0:{1}{2}}".format(42, ">", 6))
print("{:{}x}".format(255, "#"), "{:{fill}{align}10}".format("c", fill="*", align="^"))
print("{{}} {{{}}} {{0}} }}{{".format(7))
print("{!r} {!s} {!a}".format("\u00e9", "\u00e9", "\u00e9\U0001F600"))
print("{0!r:>10} {0!s:*<6}".format("hi"))
print("{}".format([1, "a", None]), "{}".format({"k": (1,)}), "{:}".format(True), "{:5}".format(True))
print("{:d} {:,} {:_x} {:08.3f} {:e} {:%}".format(7, 1234567, 65535, -3.14159, 12345.678, 0.25))
print("{a}{b}{a}".format(a="A", b="B", c="unused"), "x".format(1, 2, k=3))
print("{0}".format(*range(3)), "{\u0661}".format("zero", "one"))
print("{}".format("a" * 3), "{:.2}".format("abcdef"), "{:s}".format("s"))
print("{:>{}}".format("r", 5), "{:{}>{}}".format("z", "~", 4))
