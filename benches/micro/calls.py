# Microbenchmark: calls to Python functions with positional arguments,
# keyword arguments, defaults, *args and closures.

N = 550_000  # size knob: about 0.4 s on CPython 3.11


def add3(a, b, c):
    return a + b + c


def clamp(value, lo=0, hi=100):
    if value < lo:
        return lo
    if value > hi:
        return hi
    return value


def total(*args):
    return len(args)


def make_adder(k):
    def add(x):
        return x + k
    return add


def main():
    add5 = make_adder(5)
    acc = 0
    for i in range(N):
        acc += add3(i, 1, 2)
        acc += clamp(i % 150 - 20)
        acc += clamp(value=i % 300, hi=200)
        acc += clamp(i % 50, lo=10, hi=40)
        acc += add5(i & 15)
        acc += total(i, i)
    print(acc)


main()
