# Ends with an uncaught TypeError
for c in "ab":
    print(c)
for i in range(2):
    print(i)
for x in [5]:
    print(x)
n = 3
print(list(range(n)))
for i in n:
    print(i)
