# Ends with an uncaught AttributeError
lst = [3, 1, 2]
lst.append(4)
print(lst)
lst.sort()
print(lst)
print(lst.index(2))
print("lists have no .push")
print("checkpoint 1")
lst.push(5)
