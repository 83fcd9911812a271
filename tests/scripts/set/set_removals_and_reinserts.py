s = set(range(16))
print(s)
for x in range(0, 16, 3):
    s.remove(x)
print(s)
for x in [100, 3, 200, 0, 15]:
    s.add(x)
print(s)
for x in range(50, 70):
    s.add(x)
print(s)
for x in range(50, 68):
    s.discard(x)
print(s, len(s))
t = {"a", "b", "c", "d"}
t.discard("b")
t.add("e")
t.add("b")
print(t)
u = {-5, -4, -3, -2, -1, 0}
u.remove(-3)
u.add(-33)
print(u)
