print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum((0.1, 0.2, 0.3)), sum([True, True, False]))
print(sum(range(10), -45), sum([[1], [2], []], []), sum([(1,), (2, 3)], ()))
print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]), sum([1, 2.5]), sum([2 ** 64, -(2 ** 64)]))
print(sum(x for x in range(100) if x % 7 == 0), sum(len(w) for w in ["ab", "cde"]))
print(sum([1, 2], start=5), sum(map(int, "123")), sum({1: "a", 2: "b"}), sum({3, 4}))
print(any([]), any([0, "", None]), any([0, 1]), any(x > 5 for x in range(5)), any("a"))
print(all([]), all([1, "a", [0]]), all([1, 0]), all(x < 5 for x in range(5)), all(""))
log = []
def check(x):
    log.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), log)
log.clear()
print(all(check(x) for x in [5, 1, 7]), log)
print(any([[]]), all([[]]), any([[0]]), all([()]), all([(0,)]))
print(sum([-1.5, 1.5]), sum([0.0, -0.0]), sum([-0.0]), sum([], -0.0))
