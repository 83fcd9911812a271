def show(obj, label=None):
    it = iter(obj)
    first = next(it, "<empty>")
    rest = list(it)
    print(label or type(obj).__name__, first, rest, next(it, "<done>"), iter(it) is it)
show([1, 2, 3])
show((4, 5))
show("hey")
show({"a": 1, "b": 2})
show({"a": 1}.values())
show({"a": 1, "b": 2}.items())
show({"k": 0}.keys())
show({7})
show(frozenset([8]))
show(range(2, 5))
show(range(0))
show(enumerate("xy"))
show(zip([1, 2], "ab"))
show(map(abs, [-1, -2]))
show(filter(None, [0, 1, "", "s"]))
show(reversed([1, 2, 3]), "reversed list")
show(reversed("abc"))
show(reversed(range(3)), "reversed range")
show(iter([9]), "list iterator")
show([])
show("")
l = [1, 2]
it = iter(l)
l.append(3)
print(list(it))
d = {"x": 1, "y": 2}
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
