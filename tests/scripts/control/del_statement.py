x = 10
y = [1, 2, 3, 4]
z = {"a": 1, "b": 2, "c": 3}
del x
print("deleted x", y)
del y[0]
print(y)
del y[-1], z["a"]
print(y, z)
del y[:]
print(y)
a, b = 1, 2
del a, b
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(o.other)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
x = "rebound"
print(x)
d = {"k": [1, 2, 3]}
del d["k"][1:]
print(d)
