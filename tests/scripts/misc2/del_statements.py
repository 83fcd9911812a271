x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
def bound(name):
    try:
        eval_map = {"a": lambda: a, "b": lambda: b, "c": lambda: c, "i": lambda: i}
        eval_map[name]()
        return True
    except NameError:
        return False
print(c, bound("a"), bound("b"), bound("c"))
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
nested = {"a": [1, {"b": 2, "c": 3}]}
del nested["a"][1]["b"]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 5
    del v
    v = 6
    return v
print(f())
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
print(bound("i"))
xs = [1, 2, 3]
ys = xs
del xs
print(ys)
