# Ends with an uncaught ZeroDivisionError
print(17 % 5, -17 % 5, 17 % -5)
m = {"a": 3, "b": 0}
for k in m:
    print(k, m[k])
print(10 % m["a"])
print([x % 3 for x in range(6)])
x = 2 ** 100
print(x % 7)
print(x % m["b"])
print("after")
