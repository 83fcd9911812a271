# The Mersenne Twister stream for several seeds: ints of every size, str/bytes seeds,
# floats, getrandbits of many widths.
import random

for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**40, -(10**40), True]:
    random.seed(s)
    print(s, [random.random() for _ in range(5)])
    print("  bits", [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 200)])

for s in ["", "hello", "pyrite", "é\u20ac\U0001f600", b"", b"\x00\xff", bytearray(b"abc")]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40))

for s in [0.0, 1.5, -1.5, 3.0, 1e300, float("inf"), -0.0]:
    random.seed(s)
    print(repr(s), random.random())

for s in ["abc", b"abc"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

r = random.Random(12345)
print([r.random() for _ in range(1000)][::97])
print(sum(r.getrandbits(32) for _ in range(2000)))
print(r.getrandbits(1000))
print(r.randbytes(0), r.randbytes(1), r.randbytes(13))
