class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__func__.__name__)
print(m.__name__, m.__qualname__, Greeter.greet.__qualname__)
print(Greeter.greet(g, "cy"))
h = Greeter("dan")
print(m == g.greet, m == h.greet, g.greet is g.greet)
methods = [Greeter(n).greet for n in ("x", "y", "z")]
print([f("w") for f in methods])
g.name = "ANN"
print(m("eve"))
g.greet = lambda who: "shadowed " + who
print(g.greet("fay"), Greeter.greet(g, "fay"))
del g.greet
print(g.greet("gus"))
def outside(self, n):
    return self.name * n
Greeter.rep = outside
print(h.rep(3), h.rep.__func__ is outside)
print(type(m).__name__, type(Greeter.greet).__name__)
apply = Greeter.greet
print(list(map(apply, [g, h], ["p", "q"])))
