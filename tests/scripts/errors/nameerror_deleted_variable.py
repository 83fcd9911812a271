# Ends with an uncaught NameError
payload = 42
print(payload)
copy = payload
del payload
print(copy)
print("payload was deleted")
lst = [1]
del lst[0]
print(lst)
print(payload)
