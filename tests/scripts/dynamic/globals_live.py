# globals() is the module's live namespace
g = globals()
g["made"] = 5
print(made)
later = 1
print(g["later"])
later = 2
print(g["later"])
print(g is globals())
print(isinstance(g, dict), "g" in g, g["__name__"])

def reads_global():
    return dynamic_name

g["dynamic_name"] = "first"
print(reads_global())
g["dynamic_name"] = "second"
print(reads_global())

def writes_global():
    global written
    written = "yes"

writes_global()
print(g["written"])

del g["later"]
try:
    print(later)
except NameError as e:
    print("NameError:", e)

g.update({"u1": 1, "u2": 2})
print(u1 + u2)
g.pop("u1")
try:
    u1
except NameError as e:
    print("NameError:", e)

# a global shadowing a builtin, then removed again
def use_len():
    return len("abc")

print(use_len())
g["len"] = lambda s: -1
print(use_len())
del g["len"]
print(use_len())

# many new globals between reads (the lookup caches must follow)
for i in range(50):
    g["name_%d" % i] = i
print(name_0 + name_49)
total = 0
for i in range(1000):
    total += i
print(total)

def f():
    return globals()

print(f() is g)
print(sorted(k for k in g if k.startswith("name_"))[:3])
