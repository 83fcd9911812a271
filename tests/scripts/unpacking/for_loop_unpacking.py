pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word, word * num)
for i, (num, word) in enumerate(pairs, 1):
    print(i, num, word[0])
for a, b, c in ["abc", "def"]:
    print(c, b, a)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for x, y in zip(range(3), range(10, 13)):
    print(x + y, end=" ")
print()
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
for head, *tail in ["abc", "d", "ef"]:
    print(head, tail)
table = [["n", 1, 2.5], ["m", 3, 4.5]]
for name, *nums in table:
    print(name, sum(nums))
for _, second in [(0, "a"), (0, "b")]:
    print(second, _)
