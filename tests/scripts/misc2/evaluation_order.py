def t(label, value=None):
    print("  eval", label)
    return label if value is None else value
def f(*a, **k):
    return a, k
print(f(t("a"), t("b"), c=t("c"), d=t("d")))
print({t("k1"): t("v1"), t("k2"): t("v2")})
print([t("x"), t("y")][t("idx", 1)])
d = {}
d[t("key")] = t("val")
print(d)
lst = [0, 0, 0]
lst[t("i", 1)] = t("rhs", 5)
print(lst)
a = t("left", 1) + t("right", 2) * t("rr", 3)
print(a)
print(t("cond", True) and t("then", 0) or t("else", "E"))
print(t("x", 3) if t("test", False) else t("y", 4))
class O:
    pass
o = O()
t("target-obj", o).attr = t("value", 9)
print(o.attr)
x, y = t("rhs1", 1), t("rhs2", 2)
print(t("l1", [1])[0] < t("l2", 2) < t("l3", 3))
print(t("fn", len)(t("arg", "abc")))
print(f"{t('fa')}{t('fb')}")
res = t("outer", lambda v: v)(t("inner", 7))
print(res)
m = {"k": 1}
m[t("aug-key", "k")] += t("aug-val", 10)
print(m)
