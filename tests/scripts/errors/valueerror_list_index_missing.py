# Ends with an uncaught ValueError
lst = ["a", "b", "c"]
print(lst.index("a"), lst.index("c"))
print(lst.index("b", 1))
print("d" in lst)
print(lst.count("d"))
print(lst.index("c", -1))
print("checkpoint 1")
print("checkpoint 2")
print(lst.index("d"))
