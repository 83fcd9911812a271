# Ends with an uncaught ValueError
s = "abcdef"
print(s[::1], s[::-1], s[::2])
lst = [1, 2, 3]
print(lst[::3])
step = 0
print(s[1:3])
print("checkpoint 1")
print("checkpoint 2")
print(lst[::step])
