# An instance whose class's __call__ is an instance of that class: each call level counts
# toward the recursion limit (it used to loop natively without end).
class A:
    pass
A.__call__ = A()
a = A()
for f in (lambda: a(), lambda: list(map(a, [1])), lambda: sorted([1, 2], key=a), lambda: a(*[1]), lambda: a(x=1)):
    try:
        f()
    except RecursionError as e:
        print("RecursionError", e)
