# A `__dict__` (or `__weakref__`) defined in the class body stays: the class's own descriptor
# is added only where the body has none (CPython's type_add_getset).
class Hidden:
    def __init__(self):
        self.x = 1
    @property
    def __dict__(self):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '__dict__'")

h = Hidden()
print(h.x)
try:
    vars(h)
except TypeError as e:
    print("TypeError:", e)
try:
    h.__dict__
except AttributeError as e:
    print("AttributeError:", e)

class Shown:
    __dict__ = "class attribute"
s = Shown()
s.y = 2
print(s.y, Shown.__dict__ if isinstance(Shown.__dict__, str) else type(Shown.__dict__).__name__)
print(s.__dict__)
