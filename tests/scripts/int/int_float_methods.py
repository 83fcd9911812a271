def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 7, -8, 255, 256, 2**62, -2**62, 2**100, -(2**100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print(type(True.conjugate()).__name__, type(True.as_integer_ratio()[0]).__name__, int.bit_length(5))
for x in [0.0, -0.0, 1.0, 0.5, -2.75, 0.1, 1e300, 1e-300, 5e-324, 123456.789, 2.0**60, -3.0]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate())
for x in [float("inf"), float("-inf"), float("nan")]:
    print(x.is_integer(), x.hex())
attempt(lambda: float("inf").as_integer_ratio())
attempt(lambda: float("nan").as_integer_ratio())
attempt(lambda: (1).bit_length(1))
attempt(lambda: (1.5).is_integer(1))
attempt(lambda: int.bit_length("x"))
attempt(lambda: float.hex(1))
attempt(lambda: float.is_integer())
n, d = (0.75).as_integer_ratio()
print(n / d, n, d, (1.5).hex(), float.hex(-1.0))
