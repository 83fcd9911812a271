# Ends with an uncaught IndexError
lst = [10, 20, 30]
print(lst[0], lst[2], lst[-1], lst[-3])
print(lst[1:10], lst[5:])
for i in range(len(lst)):
    print(i, lst[i])
lst.append(40)
print(lst[3])
print(len(lst))
print(lst[4])
