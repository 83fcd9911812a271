# Ends with an uncaught AttributeError
def find(items, target):
    for it in items:
        if it == target:
            return it
print(find(["a", "b"], "b").upper())
result = find(["a", "b"], "c")
print(result)
print(result is None)
print(result.upper())
