# Ends with an uncaught IndexError
s = "héllo"
print(s[0], s[1], s[4], s[-5])
print(len(s))
print(s[2:100])
print(s[10:])
for i in range(5):
    print(i, s[i])
print(s[-1] + s[0])
print(s[5])
