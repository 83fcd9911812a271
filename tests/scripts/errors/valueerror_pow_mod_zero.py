# Ends with an uncaught ValueError
print(pow(3, 4, 5), pow(3, 4, 7))
print(pow(2, 100, 1000000007))
print(pow(3, -1, 7))
for m in [11, 13]:
    print(pow(2, 10, m))
print(pow(0, 0, 3))
print(pow(5, 3))
print(pow(5, 3, 1))
print(pow(5, 3, 0))
