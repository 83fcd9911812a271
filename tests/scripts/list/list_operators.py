a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, a * 0, a * -1, [] * 5, [[0]] * 2)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
good = [[0] for _ in range(3)]
good[0].append(1)
print(good)
c = a
c += [9]
print(a, c, a is c)
c = c + [10]
print(a, c, a is c)
d = [1]
d *= 3
print(d)
d += "ab"
print(d)
d += range(2)
print(d)
print(1 in a, 9 in a, 5 not in a, [1] in [[1], 2], "a" in ["ab"])
print(len([]), len([[]]), len([[], []]), len([None] * 7))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(), list([1, [2]]))
