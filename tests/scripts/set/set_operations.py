a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, {4, 5}.issubset(b), a.issuperset({1, 2}))
print(a.isdisjoint(b), a.isdisjoint({9}), set().isdisjoint(set()))
print(a == {5, 4, 3, 2, 1}, a != b, set() == frozenset(), {1} == frozenset([1]))
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
d = {0, 1}
d.update([2, 3], {4})
d.intersection_update({0, 2, 4, 6})
print(d)
d.difference_update({0})
d.symmetric_difference_update({4, 5})
print(d)
print(set() | set(), {1} & set(), set() - {1}, {1, 2} ^ {1, 2})
