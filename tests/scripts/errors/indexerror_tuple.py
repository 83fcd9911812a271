# Ends with an uncaught IndexError
t = (1, 2, 3)
print(t[0], t[-1])
print(t[1:], t[::-1])
a, b, c = t
print(a + b + c)
print(t.index(3))
print(t[2])
print(len(t))
print(t[3])
