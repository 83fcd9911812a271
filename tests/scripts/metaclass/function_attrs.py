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
def f(): pass
def g(): return 2
for n, v in [('__closure__', None), ('__globals__', {}), ('__builtins__', {}), ('__dict__', 5), ('__code__', 5)]:
    try: setattr(f, n, v)
    except Exception as e: print(type(e).__name__, e)
f.__dict__ = {'a': 1}
print(f.a, f.__dict__)
try: del f.__dict__
except Exception as e: print(type(e).__name__, e)
try: del f.__code__
except Exception as e: print(type(e).__name__, e)
