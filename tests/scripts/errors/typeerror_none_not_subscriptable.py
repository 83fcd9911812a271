# Ends with an uncaught TypeError
d = {"a": [1, 2]}
print(d["a"][0])
print(d.get("a")[1])
print(d.get("b"))
print(d.get("b", [])[:1])
r = [3, 1, 2].sort()
print(r)
print("the next statement raises")
print(r[0])
