# Ends with an uncaught IndexError
lst = ["a", "b"]
print(lst[-1], lst[-2])
print(lst[-5:], lst[:-5])
lst.insert(0, "z")
print(lst)
print(lst[-3])
i = -4
print("index", i)
print(len(lst))
print(lst[i])
