d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "x": 0}
k, i, v = d.keys(), d.items(), d.values()
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k == ["a", "b", "c"], k == e.keys(), k == d.keys())
print(k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, {"a"} < k, k > {"a"}, k >= frozenset("ab"), i == {("a", 1), ("b", 2), ("c", 3)})
print(k | {"z"}, {"z"} | k, k & {"b", "c", "q"}, {"b", "q"} & k, k - {"a"}, {"a", "q"} - k, k ^ {"a", "q"}, {"a", "q"} ^ k)
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys(), e.keys() & k)
print(i & e.items(), i - e.items(), i | {("q", 9)}, ["a", "zz"] | k, k & ["c", "a"], ("b",) & k)
print(k & range(3), k - ["a"], k.isdisjoint({"q"}) if hasattr(k, "isdisjoint") else "")
try:
    print(v | {1})
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(v == v, v == d.values())
except TypeError as ex:
    print("TypeError:", ex)
big = dict.fromkeys(range(20))
print(big.keys() & {3, 100, 5}, {3, 100, 5} & big.keys(), frozenset({3, 100}) & big.keys())
print(big.keys() - set(range(2, 20)), set(range(18)) ^ big.keys())
print(k.isdisjoint(["q", "r"]), k.isdisjoint(e), i.isdisjoint({("a", 1)}), i.isdisjoint(i), {}.keys().isdisjoint({}.keys()))
print(i & [("a", 1), ("a", 2), ("zz", [1])], ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
try:
    print(d.keys() & [[1]])
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(5 | d.keys())
except TypeError as ex:
    print("TypeError:", ex)
n = {1: "a", 9: "b", 17: "c", 33: "d"}
print(n.keys() | {65, 2}, {65, 2} | n.keys(), n.keys() ^ [9, 100, 100], n.keys() - range(5, 20), n.items() - {(1, "a")})
