# itertools: every iterator, laziness (nothing read before it is needed), reprs and errors.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), repr(it.count()), repr(it.count(1.5, 2)))
c = it.count(3)
next(c)
print(repr(c), repr(it.count(0, 1.0)), repr(it.repeat("a", 3)), repr(it.repeat(1)), repr(it.repeat(2, -4)))
r = it.repeat("x", 2)
print(next(r), repr(r), list(r), list(r), list(it.repeat(0, 0)))
print(list(it.islice(it.cycle("AB"), 7)), list(it.cycle([])), list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)))
print(list(it.accumulate(["a", "b", "c"])), list(it.accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(it.chain("ABC", "DEF", [])), list(it.chain.from_iterable(["ABC", "DE"])), list(it.chain()))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", 2, None])))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")], [k for k, g in it.groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 7], key=lambda x: x // 2)], list(it.groupby([])))
g = it.groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 2, None)),
      list(it.islice("abcdefg", 0, None, 2)), list(it.islice(range(10), 1, 9, 3)), list(it.islice("ab", None)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src), list(it.islice(src, 0)), next(src))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("AB", [1])), list(it.zip_longest()))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), it.tee("x", 0), [list(t) for t in it.tee("ab", 3)])
print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=2)), list(it.product()), list(it.product("A", [])))
print(list(it.permutations("ABC", 2)), list(it.permutations(range(3))), list(it.permutations("AB", 3)), list(it.permutations("")))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("AB", 3)), list(it.combinations("", 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(12), 5)), len(list(it.product("ab", repeat=5))))

seen = []


def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i


m = it.islice(noisy(100), 3)
print(seen, next(m), seen, list(m), seen)
t = it.takewhile(lambda v: v < 2, noisy(5))
seen.clear()
print(list(t), seen)
for obj in [it.chain(), it.islice("a", 1), it.groupby(""), it.zip_longest(), it.starmap(len, []), it.pairwise(""),
            it.accumulate(""), it.product(), it.permutations(""), it.combinations("", 0), it.tee("a")[0]]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj)

cases = ["it.count('a')", "it.count(1, 'b')", "list(it.chain(1))", "it.cycle(1)", "it.islice([1], -1)",
         "it.islice([1], 'a')", "it.islice([1], 1, 2, 0)", "it.islice([1], 1, -2)", "it.islice([1])",
         "it.islice([], 1, 2, 3, 4)", "it.combinations([1], -1)", "it.permutations([1], -1)",
         "it.combinations_with_replacement([1], -2)", "it.product([1], repeat=-1)", "it.tee([1], -1)",
         "it.zip_longest([1], x=1)", "list(it.starmap(pow, [1]))", "it.repeat(1, 'a')", "list(it.accumulate([1, 'a']))",
         "it.compress([1], 2)", "list(it.pairwise(5))"]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, type(e).__name__, e)
next(it.islice([], 1))
