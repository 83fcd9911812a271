# Ends with an uncaught ValueError
print("a,b".split(","))
print("a b".split())
print("a b".split(None))
print("".split(","))
sep = ""
print(repr(sep))
print("checkpoint 1")
print("checkpoint 2")
print("abc".split(sep))
