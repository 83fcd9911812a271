def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 1, 9, 10, 99, 100, 10 ** 10, -0.0, 0.5]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if x > 10:
    if x > 20:
        print("big")
    else:
        print("between")
if not x:
    print("unreachable")
elif x:
    pass
print("after")
