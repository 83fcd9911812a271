a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
def ident(x):
    return x
print(id(ident(a)) == id(a), ident(a) is a)
d = {"k": a}
print(id(d["k"]) == id(a), d["k"] is b)
e = a[:]
print(id(e) == id(a), e == a)
x = None
print(x is None, id(x) == id(None), id(True) == id(1 == 1))
class P:
    pass
p = P()
q = p
r = P()
print(p is q, p is r, id(p) == id(q), id(p) == id(r), p == q, p == r)
t = (a, a)
print(t[0] is t[1], id(t[0]) == id(t[1]))
lst = [[]] * 3
print(lst[0] is lst[2], len(set(id(o) for o in lst)))
lst2 = [[] for _ in range(3)]
print(lst2[0] is lst2[2], lst2[0] == lst2[2])
