a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= b, a < a, a > c, a < c, c < a)
print(sorted([{3}, {1, 2}, {2}], key=len), [s for s in [{1}, {1, 2}, {5}] if s <= b])
print(a == {2, 1}, a != {2, 1}, {frozenset()} == {frozenset()}, set() < {0}, set() <= set())
print(max([{1}, {1, 2}], key=len), {1, 2} == {1.0, 2.0}, {0} == {False})
print(b.issuperset(a), b.issuperset([1, 9]), a.issubset([1, 2, 7]), c.isdisjoint(b))
print({1, 2, 3} - {2} == {1, 3}, ({1} | {2}) ^ {2} == {1})
x = {1, 2}
y = x
y.add(3)
print(x, x is y, x == {1, 2, 3})
print({1, 2, 3}.intersection({2, 3}, {3, 4}), {1}.union(), {1, 2}.difference())
print(len({1, 2} | {2, 3} | {3, 4}), len({1, 2} & {2, 3} & {3, 4}))
