# Ends with an uncaught TypeError
x = 12345
s = str(x)
print(s[0], s[-1])
print(list(s))
print(int(s[1:3]))
print(x % 10)
print(x // 10 % 10)
print("the next statement raises")
print(x[0])
