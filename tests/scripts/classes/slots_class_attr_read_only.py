# Without an instance dict (__slots__), assigning or deleting a name that is a plain class
# attribute is "read-only"; a name the class lacks "has no attribute".
class B:
    y = 0
    __slots__ = ('z',)

for op in [lambda: setattr(B(), 'y', 1), lambda: delattr(B(), 'y'), lambda: setattr(B(), 'x', 1),
           lambda: delattr(B(), 'x'), lambda: B().x, lambda: B().z, lambda: delattr(B(), 'z')]:
    try:
        op()
        print("no error")
    except AttributeError as e:
        print("AttributeError:", e)
b = B()
b.z = 5
print(b.z, b.y)
