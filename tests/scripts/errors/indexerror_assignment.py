# Ends with an uncaught IndexError
lst = [0, 0, 0]
lst[0] = 1
lst[-1] = 3
print(lst)
lst[1:5] = [7, 8, 9]
print(lst)
print(len(lst))
lst[4] = "ok"
print(lst)
lst[5] = "bad"
