# Ends with an uncaught ValueError
s = "hello world"
print(s.index("o"), s.rindex("o"))
print(s.find("z"), s.rfind("z"))
print(s.index("world"))
print(s.index("o", 5))
print(s.count("z"))
print("index of missing substring")
print("checkpoint 1")
print(s.index("z"))
