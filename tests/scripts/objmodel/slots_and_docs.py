class N:
    __slots__ = ('value', 'next')
n = N()
try: n.value
except AttributeError as e: print(e)
try: n.x = 1
except AttributeError as e: print(e)
try: n.__dict__
except AttributeError as e: print(e)
try: del n.value
except AttributeError as e: print(e)
n.value = 3; print(n.value); del n.value
print(N.__dict__)
print(dir(n))
class M(N): pass
m = M(); m.x = 1; m.value = 2; print(vars(m), m.value)
class S:
    __slots__ = 'a'
print(S.__dict__, S.__slots__)
try:
    class T:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
try:
    class T2:
        __slots__ = ('1a',)
except TypeError as e: print(e)
class W:
    __slots__ = ('__dict__', 'x')
w = W(); w.y = 1; w.x = 2; print(vars(w), W.__dict__)
try: vars(n)
except TypeError as e: print(e)
def f():
    "doc of f"
    return 1
print(f.__doc__, (lambda: "x").__doc__)
class D:
    "class doc"
    def m(self):
        """method doc"""
print(D.__doc__, D.m.__doc__, D().m.__doc__, D().__doc__)
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value})"
chain = Node(1, Node(2, Node(3)))
out = []
node = chain
while node is not None:
    out.append(node.value)
    node = node.next
print(out, chain, chain.next, Node.value, type(Node.value).__name__)
print(Node.__slots__, hasattr(chain, "__dict__"), [n for n in dir(chain) if not n.startswith("_")])
class Point3(Node):
    __slots__ = ("z",)
p3 = Point3(1)
p3.z = 5
print(p3.value, p3.z, p3.next, hasattr(p3, "__dict__"))
try:
    p3.w = 1
except AttributeError as e:
    print("AttributeError:", e)
def documented(a):
    """Adds one.

    More text."""
    return a + 1
print(repr(documented.__doc__), documented(1))
documented.__doc__ = "changed"
print(documented.__doc__)
class WithDocs:
    """Class docstring."""
    @property
    def prop(self):
        "Property doc."
        return 1
    @staticmethod
    def st():
        "static doc"
print(WithDocs.__doc__, WithDocs.prop.__doc__, WithDocs.st.__doc__, WithDocs.__dict__["st"].__doc__)
Node(1).other = 2
