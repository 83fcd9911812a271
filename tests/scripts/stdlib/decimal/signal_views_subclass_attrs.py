from decimal import *
c = getcontext()
f = c.flags
for op in ["f.pop(Inexact)", "f.pop(3)", "f.pop(3, 'd')", "f.popitem()", "f.clear()", "f.keys()", "f.values()", "f.items()", "len(f.keys())", "Inexact in f.keys()", "list(f.items())[:1]", "f[3]"]:
    try:
        print(op, repr(eval(op))[:150])
    except Exception as e:
        print(op, type(e).__name__, e)
class D(Decimal):
    pass
d = D("1.5")
d._x = 3
d.y = 4
print(d._x, d.y, d + 1)
for nm in []:
    try:
        setattr(d, nm, 1)
    except AttributeError as e:
        print(e)
del d._x
print(hasattr(d, "_x"))
