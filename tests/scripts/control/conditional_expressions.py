for x in [-2, 0, 3]:
    print("pos" if x > 0 else "zero" if x == 0 else "neg")
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
a = 5
b = 10 if a > 3 else 20
print(b, (1 if a else 2) + 10, 1 if a else 2 + 10, "x" if "" else "y")
print([x if x > 0 else -x for x in [-3, 2, -1]], max(a, 7) if a < 7 else a)
f = (lambda x: x * 2) if a > 0 else (lambda x: x)
print(f(21))
def sign(n):
    return 1 if n > 0 else -1 if n < 0 else 0
print([sign(n) for n in [-5, 0, 5, -0.0, 0.1]])
print("yes" if [] else "no", "yes" if [0] else "no", None if None else "default")
print((0 if True else 1 / 0), (1 / 0 if False else "safe"))
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
