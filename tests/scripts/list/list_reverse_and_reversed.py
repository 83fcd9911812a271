a = [1, 2, 3, 4, 5]
print(list(reversed(a)), a[::-1], a)
a.reverse()
print(a)
print(list(reversed([])), list(reversed([1])), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed((1, 2, 3))), "".join(reversed("olleh")), list(reversed(range(1, 10, 3))))
r = reversed([10, 20, 30])
print(next(r), next(r), next(r), next(r, "done"))
b = [1, 2, 3]
for x in reversed(b):
    print(x, end=" ")
print()
c = [[1, 2], [3, 4]]
print([list(reversed(row)) for row in reversed(c)])
print(list(reversed(list(enumerate("ab")))))
d = list(range(7))
d[1:6] = reversed(d[1:6])
print(d)
