def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
print(greet("Ed", "Yo", "..."), greet(greeting="Hey", name="Fi"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=-1))
DEFAULT = 10
def uses_default(x=DEFAULT):
    return x
DEFAULT = 20
print(uses_default(), DEFAULT)
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, d=40), many(1, 20, d=40), many(a=0, c=30), many(*[1, 2], **{"d": 9}))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([5]))
def expr_default(x=3 * 4, y="ab" * 2, z=(1, 2)):
    return x, y, z
print(expr_default(), expr_default(z=None))
