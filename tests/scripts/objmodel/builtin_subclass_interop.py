# Instances of str/int/list/dict subclasses passed where built-in values are expected.
class S(str): pass
class I(int): pass
class L(list): pass
class D(dict): pass
print(",".join([S("a"), S("b")]), "abc".startswith(S("a")), "a-b".split(S("-")), S("x") in "xyz", "xyz".find(S("y")))
print([1, 2, 3][I(1)], "abc"[I(0)], [0] * I(2), range(I(2), I(5)), I(3) in range(5), list(range(5))[I(1):I(3)])
print(max(I(3), 5), sum([I(1), I(2)]), I(5) / 2, 2 ** I(3), I(7) // 2, round(I(7), -1), abs(I(-3)), chr(I(65)), pow(I(2), 3))
print(sorted(L([3, 1, 2])), tuple(L([1])), set(L([1, 1])), dict(D(a=1)), {**D(b=2)}, list(D(c=3)), L([1]) + L([2]))
print(",".join(L(["x", "y"])), "{} {}".format(S("s"), I(4)), "%d %s" % (I(3), S("t")), f"{I(10):x}", str(I(3)), int(S("12")))
d = {}
d[S("k")] = 1
d[I(2)] = 2
print(d, d["k"], d[2], {S("k"): 1} == {"k": 1}, hash(S("ab")) == hash("ab"), hash(I(7)) == 7)
print(isinstance(S(), str), S() == "", bool(S()), bool(I()), bool(L()), bool(D()), len(D(x=1, y=2)))
print(L([1, 2]).__len__(), S("ab").__len__(), I(4).__add__(1), I(4).__radd__(1), D(a=1).__getitem__("a"), S("ab").__contains__("a"))
print(type(S("a") + "b").__name__, type(S("a") * 2).__name__, type(I(1) + I(1)).__name__, type(L([1]) * 2).__name__)
mapping = D(a=1, b=2)
for k, v in mapping.items():
    print(k, v)
print(S("abc").upper(), S("  x ").strip(), S("a,b").split(","), S("abc")[::-1], S("abc")[1:], S("hello").replace("l", "L"))
print(float(I(3)), float(S("2.5")), divmod(I(7), I(2)), -I(3), +I(3), ~I(3))
print(chr(S("a")))
