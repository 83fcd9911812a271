# In-place operators update the left set's own table (dummies and size kept), which can
# differ in order from building a new set.
def fresh():
    s = set(range(0, 64, 4))
    for x in range(0, 40, 8):
        s.discard(x)
    return s

s = fresh()
s |= {1, 2, 3, 64, 128}
u = fresh() | {1, 2, 3, 64, 128}
print(s)
print(u)
s = fresh()
s.update([1, 2, 3, 64, 128])
print(s)
s = fresh()
s.update({128: 1, 64: 2, 3: 3})
print(s)
s = fresh()
s ^= {4, 44, 5, 13, 21}
x = fresh() ^ {4, 44, 5, 13, 21}
print(s)
print(x)
s = fresh()
s.symmetric_difference_update([4, 44, 5, 13, 21, 5])
print(s)
s = fresh()
s.symmetric_difference_update({4: 0, 44: 0, 5: 0, 13: 0})
print(s)
s = fresh()
s -= {44, 48, 1000}
print(s, len(s))
s = fresh()
s.difference_update([44], (48,), {52})
print(s)
s = fresh()
s &= {60, 56, 44, 41, 40}
print(s)
s = fresh()
s.intersection_update(range(40, 100), [56, 60, 44, 7])
print(s)
s = fresh()
s.intersection_update()
print(s)
s = {1, 2, 3}
s |= s
print(s)
s &= s
print(s)
s ^= s
print(s)
s = {1, 2, 3}
s -= s
print(s)
# pop order after the operations above.
s = fresh()
s |= {33, 65, 97}
print([s.pop() for _ in range(5)], s)
s = set()
for i in range(30):
    s.add(i * 7 % 31)
    if i % 3 == 0:
        s.discard(i)
print(s)
s.update(range(100, 90, -1))
print(s)
