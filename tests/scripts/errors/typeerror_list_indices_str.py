# Ends with an uncaught TypeError
lst = ["a", "b", "c"]
print(lst[0], lst[-1])
print(lst[1:])
print(lst[True])
idx = "1"
print(lst[int(idx)])
print(idx.isdigit())
print("the next statement raises")
print(lst[idx])
