# Ends with an uncaught TypeError
t = (1, [2, 3])
t[1].append(4)
print(t)
t[1][0] = 20
print(t)
u = t + (5,)
print(u)
print(len(u))
t[0] = 100
