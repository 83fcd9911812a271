# Ends with an uncaught TypeError
name = "item"
count = 3
print(name + str(count))
print(f"{name}{count}")
print(name * count)
print("%s%d" % (name, count))
print(name + "s")
label = "total: "
print(label + count)
