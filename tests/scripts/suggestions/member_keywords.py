for f in [lambda: AttributeError("x", name="n", obj=1), lambda: NameError("x", name="n"), lambda: AttributeError(foo=1), lambda: NameError(obj=1), lambda: AttributeError("a", "b", name=None), lambda: NameError(name=1, name2=2)]:
    try:
        e = f()
        print(repr(e), e.args, repr(e.name), getattr(e, "obj", "-"))
    except TypeError as t:
        print("TypeError:", t)
class E(NameError): pass
e = E("m", name="q"); print(e.name)
class F(AttributeError): pass
e = F(name="z", obj=3); print(e.name, e.obj)
