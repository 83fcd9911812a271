data = [(1, (2, 3, 4)), (5, (6,)), (7, (8, 9))]
for a, (b, *c) in data:
    print(a, b, c)
*a, = "xyz"
print(a)
*init, last = range(5)
print(init, last)
first, *mid, end = [1, 2]
print(first, mid, end)
(x, y), [z, *w] = "ab", (1, 2, 3)
print(x, y, z, w)
a = b = c = [0]
print(a is b is c)
p, q = q, p = 1, 2
print(p, q)
i, lst = 0, [10, 20]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"], d["b"] = "AB"
print(d)
class O:
    pass
o = O()
o.x, o.y = divmod(17, 5)
print(o.x, o.y)
[(m, n)] = [(5, 6)]
print(m, n)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for idx, (ch, code) in enumerate(zip("ab", (97, 98))):
    print(idx, ch, code)
head, *tail = "h"
print(head, tail)
((aa, bb), cc), dd = ((1, 2), 3), 4
print(aa, bb, cc, dd)
nums = [1, 2, 3, 4, 5, 6]
for a, b in zip(nums[::2], nums[1::2]):
    print(a * b, end=" ")
print()
s1, s2, s3 = {"k": 1, "j": 2, "i": 3}
print(s1, s2, s3)
_, important, _ = ("skip", "keep", "skip2")
print(important, _)
