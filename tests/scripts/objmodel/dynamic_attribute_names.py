# Attribute names built at run time (never written in the code) behave like any other name.
def name(*parts):
    return "".join(parts)


class Plain:
    pass


p = Plain()
p.x = 1
setattr(p, name("dy", "n1"), 10)
setattr(p, name("x"), 2)
print(p.x, getattr(p, name("dy", "n1")), hasattr(p, name("dy", "n2")))
print(vars(p))
print(sorted(p.__dict__))
p.__dict__[name("dy", "n3")] = 30
print(getattr(p, name("dy", "n3")), getattr(p, name("missing"), "default"))
delattr(p, name("dy", "n1"))
print(hasattr(p, name("dy", "n1")), vars(p))
print("{0.x} {0.dyn3}".format(p), "{0.%s}" % name("dy", "n3"))
print(object.__getattribute__(p, name("dy", "n3")))

# Many instances, each with its own invented names, and instances with many names.
objs = []
for i in range(300):
    o = Plain()
    for j in range(i % 7):
        setattr(o, "f%d_%d" % (i, j), i * j)
    objs.append(o)
print(sum(len(vars(o)) for o in objs), getattr(objs[6], "f6_5"), vars(objs[13]))
wide = Plain()
for j in range(12):
    setattr(wide, "w" + str(j), j)
wide.a = "a"
print(list(vars(wide))[:3], wide.w11, wide.a, len(vars(wide)))


class Hooked:
    def __getattr__(self, attr):
        return "missing " + attr

    def __setattr__(self, attr, value):
        object.__setattr__(self, attr, ("set", value))


h = Hooked()
setattr(h, name("hook", "ed"), 1)
print(getattr(h, name("hook", "ed")), getattr(h, name("no", "where")), h.other)


class Klass:
    pass


setattr(Klass, name("me", "th"), lambda self: "method")
setattr(Klass, name("co", "nst"), 7)
k = Klass()
print(getattr(k, name("me", "th"))(), getattr(Klass, name("co", "nst")), getattr(k, name("co", "nst")))
k2 = type(name("Dyn", "Class"), (Klass,), {name("ex", "tra"): 5})()
print(type(k2).__name__, getattr(k2, name("ex", "tra")), getattr(k2, name("co", "nst")))
try:
    getattr(k, name("ab", "sent"))
except AttributeError as e:
    print(e)
try:
    delattr(k, name("ab", "sent"))
except AttributeError as e:
    print(e)
print(getattr(Plain(), name("ab", "sent")))
