def f(): pass
for n in ('__name__', '__qualname__'):
    try: setattr(f, n, 5)
    except TypeError as e: print(e)
def o():
    x = 1
    def i(): return x
    return i
print(o().__closure__[0].cell_contents, f.__closure__, type(o().__closure__[0]).__name__, len(o().__closure__))
try: del f.__name__
except TypeError as e: print(e)
f.__name__ = "g"; f.__qualname__ = "h.g"
print(f.__name__, f.__qualname__, repr(f)[:16], f.__dict__)
def later():
    def use(): return y
    c = use.__closure__[0]
    try: c.cell_contents
    except ValueError as e: print(e)
    y = 2
    return c.cell_contents
print(later())
