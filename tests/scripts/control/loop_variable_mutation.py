lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
for i in range(len(lst)):
    lst[i] *= 10
print(lst)
for i in range(3):
    i = 100
    print(i, end=" ")
print()
d = {"a": 1, "b": 2}
for k in d:
    d[k] += 1
print(d)
n = 3
for i in range(n):
    n = 0
    print("iteration", i)
print(n)
words = ["a", "b"]
for w in words:
    if len(words) < 5:
        words.append(w + w)
print(words)
for i, c in enumerate("xyz"):
    pass
print(i, c)
