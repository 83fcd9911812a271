from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, list(reversed(d)), 3 in d, 99 in d, d.count(7), d.index(7))
d[1] = "x"
del d[0]
print(d)
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d, d.copy(), d == deque(d), d != deque(), bool(deque()))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend("ab")
print(m, repr(deque("xy", 2)))
print(deque(range(4)) + deque([9]), deque([1, 2]) * 2, deque([1]) < deque([2]))
hist = deque(maxlen=3)
for t in "abcde":
    hist.append(t)
    print("".join(hist))
print(deque(maxlen=0), deque())
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
big = deque()
for i in range(50):
    big.appendleft(i)
print(big[0], big[-1], len(big), list(big)[:5])
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
print(deque.__hash__ is None)
try:
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
deque().popleft()
