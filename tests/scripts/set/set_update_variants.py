s = {1, 2, 3}
s.update()
s.update([3, 4], (5,), "ab", range(6, 8))
print(sorted(s, key=str), len(s))
s.difference_update([1, 2], {"a"})
print(sorted(s, key=str))
s.intersection_update(range(10), [3, 4, 5, 6, 100])
print(s)
s.symmetric_difference_update([5, 6, 7, 8])
print(s)
a = {1, 2}
b = a
a |= {3}
print(a, b, a is b)
a = a | {4}
print(a, b, a is b)
c = frozenset([1, 2])
d = c
c |= {3}
print(c, d, c is d, type(c))
e = {1, 2, 3}
e -= {2}
e &= {1, 3, 5}
e ^= {3, 9}
print(e)
