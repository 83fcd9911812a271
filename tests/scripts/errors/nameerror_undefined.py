# Ends with an uncaught NameError
x = 1
y = 2
print(x + y)
def f():
    return x * 10
print(f())
names = ["x", "y"]
print(names)
print("referencing an undefined name")
print(undefined_name)
