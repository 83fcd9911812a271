lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class Obj:
    pass
o = Obj()
o.a, o.b = 10, 20
print(o.a, o.b)
lst[1], o.c, d["z"] = "m", "attr", "dict"
print(lst, o.c, d)
i = 0
i, lst[i] = 2, "changed"
print(i, lst)
arr = [1, 2, 3, 4]
arr[0], arr[-1] = arr[-1], arr[0]
print(arr)
arr[1:3], x = [9, 9, 9], "x"
print(arr, x)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = 5, 6
print(m)
k = [1, 2]
k[0], k[1] = k[1], k[0]
print(k)
