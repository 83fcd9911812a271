# Ends with an uncaught KeyError
d = {i: i * i for i in range(5)}
print(d)
print(d[4], d[0])
print(d.get(5, "no five"))
d.pop(0)
print(d)
print(2 in d, 0 in d)
print(d[1.0])
print(d[0])
