# Ends with an uncaught ValueError
lst = [1, 2, 3, 2]
lst.remove(2)
print(lst)
lst.remove(2)
print(lst)
print(3 in lst, 2 in lst)
print(lst.count(2))
print("checkpoint 1")
lst.remove(2)
