def add(a, b):
    return a + b
def sub(a, b):
    return a - b
funcs = [add, sub, max, min, pow]
print([f(7, 3) for f in funcs])
table = {"add": add, "sub": sub}
print(table["add"](1, 2), table["sub"](1, 2))
alias = add
print(alias is add, alias(10, 20), alias == add)
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(len, "four"), apply(sorted, [3, 1, 2]), apply(lambda: "nullary"))
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
doublers = [make_multiplier(k) for k in range(1, 4)]
print([d(10) for d in doublers], [d("ab") for d in doublers])
print(list(map(make_multiplier(3), [1, 2, 3])), sorted([3, -1, 2], key=make_multiplier(-1)))
def pipeline(value, *fs):
    for f in fs:
        value = f(value)
    return value
print(pipeline(" Hello World ", str.strip, str.lower, str.split, len))
print(pipeline(5, make_multiplier(2), str, lambda s: s * 2, int))
