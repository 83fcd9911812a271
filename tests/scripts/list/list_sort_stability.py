records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_rev = sorted(records, key=lambda r: r[1], reverse=True)
print(by_num_rev)
two_pass = sorted(records, key=lambda r: r[0], reverse=True)
two_pass.sort(key=lambda r: r[1])
print(two_pass)
lst = list(records)
lst.sort(key=lambda r: -r[1])
print(lst)
print(sorted(records, key=lambda r: r[1] > 1))
words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "z"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
data = [3, 1, 2] * 3
idx = sorted(range(len(data)), key=lambda i: data[i])
print(idx)
print(sorted(range(-5, 6), key=lambda x: x * x))
print(sorted(["B", "a", "A", "b"], key=str.upper), sorted(["B", "a", "A", "b"], key=str.upper, reverse=True))
