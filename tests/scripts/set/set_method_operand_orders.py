# Set methods with every operand kind; the printed order is CPython's slot order.
a = {1, 9, 17, 25, 33, -1, -9, 100, 2**40, 7}
b = {9, 33, 64, 128, 7, -2}
f = frozenset([25, 64, 3, 11, 2**40])
d = {128: "x", 3: "y", 1: "z", -9: "w", 500: "v"}
lst = [64, 64, 5, 1, 256, 17, -1]
print(a.union(b), a.union(f), a.union(d), a.union(lst))
print(a.union(b, f, d, lst, "ab", range(40, 44)))
print(a.union(), a.union(a), b.union(a, a, b))
print(a.intersection(b), b.intersection(a), a.intersection(f), a.intersection(d), a.intersection(lst))
print(a.intersection(b, lst), a.intersection(), a.intersection(a), a.intersection(range(0, 50, 8)))
print(a.difference(b), b.difference(a), a.difference(f), a.difference(d), a.difference(lst))
print(a.difference(b, f, d), a.difference(), a.difference(a), a.difference([]))
big = set(range(0, 400, 3))
print(len(big.difference({3, 6, 9})), sorted(big.difference(range(0, 390, 3))))
print({1, 2, 3}.difference(big), {1, 2, 3}.difference(set(range(1000))))
print(a.symmetric_difference(b), b.symmetric_difference(a), a.symmetric_difference(f))
print(a.symmetric_difference(d), a.symmetric_difference(lst), a.symmetric_difference(a))
print(a.symmetric_difference([7, 7, 7, 8]), a.symmetric_difference("xyz") - {"x", "y", "z"})
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a | f, f | a, a & f, f & a, a - f, f - a, a ^ f, f ^ a)
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f ^ a).__name__)
s = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
t = {"fig", "grape", "apple", "kiwi"}
print(s | t, t | s, s & t, t & s, s - t, t - s, s ^ t, t ^ s)
print(s.union(["kiwi", "lemon"]), s.intersection(["fig", "date", "zzz"]), s.symmetric_difference(["fig", "lime"]))
print(set("hello world").union("python"), frozenset("abc").union("cde"))
