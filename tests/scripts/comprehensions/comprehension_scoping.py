x = "outer"
print([x for x in range(3)], x)
y = 10
print([y * i for i in range(3)], [i * j for i in range(2) for j in range(y // 5)])
def f():
    z = 3
    return [z * i for i in range(4)], {i: z for i in range(2)}, sum(z for _ in range(5))
print(f())
i = "unchanged"
squares = [i * i for i in range(5)]
print(i, squares)
vals = [1, 2, 3]
print([v for v in vals if v in vals[1:]], [vals[v - 1] for v in vals])
names = ["a", "b"]
print({n: [n * k for k in range(1, 3)] for n in names})
data = [[1, 2], [3, 4]]
print([[x + len(data) for x in row] for row in data])
print([(lambda k: k + 1)(k) for k in range(3)])
class C:
    factor = 2
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
