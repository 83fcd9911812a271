data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 8, 0, 4])
while (v := next(vals, 0)) != 0:
    print("value", v)
print([last := i for i in range(4)], last)
total = 0
print([total := total + x for x in [1, 2, 3, 4]], total)
s = "key=value"
if (i := s.find("=")) != -1:
    print(s[:i], s[i + 1:])
def f(x):
    return x * x
print([(x, r) for x in range(6) if (r := f(x)) % 2 == 0])
a = (b := 5) + 1
print(a, b)
print((z := 10), z + 1)
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)
