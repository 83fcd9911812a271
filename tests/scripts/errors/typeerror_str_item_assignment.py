# Ends with an uncaught TypeError
s = "hello"
print(s[0])
t = "j" + s[1:]
print(t)
lst = list(s)
lst[0] = "y"
print("".join(lst))
print(s.replace("h", "c", 1))
s[0] = "j"
