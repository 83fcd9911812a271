# An exact tuple or str repeated once is the same object (CPython returns it unchanged).
t = (1, 2)
s = "ab"
print(t * 1 is t, 1 * t is t, s * 1 is s, t * 2, s * 0 == "", (t * 1) == t)
l = [1]
print(l * 1 is l, l * 1 == l)
class T(tuple):
    pass
u = T((1,))
print(type(u * 1).__name__, u * 1 is u)
