def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, "a", 2.0, [1], (1,), 1, True)
print(t.index(1), t.index("a"), t.index(2), t.index([1]), t.index((1,)), t.index(1, 1), t.index(True, 6))
print(t.count(1), t.count(True), t.count(2), t.count([1]), t.count("b"), ().count(1))
print(t.index(1, -3), t.index(1, -100), t.index(1, 0, 1), t.index(1, 1, 2**80))
attempt(lambda: t.index(99))
attempt(lambda: t.index(1, 1, 5))
attempt(lambda: ().index(0))
attempt(lambda: t.index())
attempt(lambda: t.index(1, "x"))
attempt(lambda: t.index(1, 2, 3, 4))
attempt(lambda: t.count())
attempt(lambda: t.count(1, 2))
attempt(lambda: t.count(x=1))
attempt(lambda: tuple.index([1], 1))
attempt(lambda: tuple.count())
print(tuple.count((1, 1, 2), 1), tuple.index(("x", "y"), "y"))
