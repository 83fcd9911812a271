print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{1}{0}".format(1, 2))
print("{name} is {age}".format(name="Bo", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{!r} {!s} {!r}".format("s", "s", 1.5), "{{literal}} {}".format(3), "{}{{".format(1))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"), "{:*^9}".format("mid"))
print("{:08.3f} {:+d} {: d} {:x} {:#o}".format(3.14159, 5, 5, 255, 8))
print("{0:{1}} | {0:{2}{1}}".format("v", 5, ">"), "{:{}.{}}".format(2.71828, 8, 3))
class P:
    def __init__(self):
        self.x = 10
        self.y = [1, 2]
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p))
print("{:,} {:_} {:_x}".format(1234567, 1234567, 0xdeadbeef))
print("{:%} {:.1%} {:e} {:.2E}".format(0.25, 1 / 3, 12345.678, 0.000123))
print("{:c}{:c}{:c}".format(72, 105, 0x1F600), "{:5}|{:<5}|".format(42, 42))
print("{:s}".format("text"), "{}".format(None), "{:g} {:g} {:g}".format(1e-5, 123456789.0, 0.5))
