"""Tabletop dice notation parser and roller: '3d6+2', '4d6kh3', '2d20kl1-1'."""
import itertools
import random
import re
from collections import Counter

random.seed(42)

DICE_RE = re.compile(r"^(?P<n>\d*)d(?P<sides>\d+)(?:k(?P<keep>[hl])(?P<k>\d+))?(?P<mod>[+-]\d+)?$")


class DiceError(ValueError):
    pass


def parse(expr: str):
    m = DICE_RE.match(expr.replace(" ", "").lower())
    if m is None:
        raise DiceError(f"bad dice expression: {expr!r}")
    n = int(m.group("n") or 1)
    sides = int(m.group("sides"))
    if n < 1 or sides < 2:
        raise DiceError(f"need at least 1 die with 2+ sides in {expr!r}")
    keep = (m.group("keep"), int(m.group("k"))) if m.group("keep") else None
    if keep and keep[1] > n:
        raise DiceError(f"cannot keep {keep[1]} of {n} dice")
    return n, sides, keep, int(m.group("mod") or 0)


def roll(expr: str):
    n, sides, keep, mod = parse(expr)
    rolls = [random.randint(1, sides) for _ in range(n)]
    kept = rolls
    if keep:
        kind, k = keep
        kept = sorted(rolls, reverse=(kind == "h"))[:k]
    return rolls, kept, sum(kept) + mod


def distribution(n: int, sides: int) -> Counter:
    return Counter(sum(combo) for combo in itertools.product(range(1, sides + 1), repeat=n))


for expr in ["3d6", "d20", "4d6kh3", "2d20kl1-1", "1d8+3", "10d4 + 5"]:
    rolls, kept, total = roll(expr)
    print(f"{expr:<10} rolls={rolls} kept={kept} total={total}")

for bad in ["3x6", "0d6", "2d1", "2d6kh3", ""]:
    try:
        parse(bad)
    except DiceError as e:
        print("DiceError:", e)

dist = distribution(2, 6)
print("2d6 outcomes:", sorted(dist.items()))
print("most common 2d6:", dist.most_common(3))
total = sum(dist.values())
print("P(2d6 >= 10) = %d/%d = %.4f" % (sum(v for k, v in dist.items() if k >= 10), total,
                                       sum(v for k, v in dist.items() if k >= 10) / total))
dist3 = distribution(3, 6)
print("3d6 mean:", sum(k * v for k, v in dist3.items()) / sum(dist3.values()))

stats = Counter()
for _ in range(600):
    stats[random.randint(1, 6)] += 1
print("600 d6 rolls:", sorted(stats.items()), "sum:", sum(stats.values()))
attrs = {name: roll("4d6kh3")[2] for name in ["STR", "DEX", "CON", "INT", "WIS", "CHA"]}
print("character:", attrs, "total", sum(attrs.values()))
print("pairs:", list(itertools.combinations_with_replacement([1, 2, 3], 2)))
print("perms:", ["".join(p) for p in itertools.permutations("abc")])
print("groupby:", [(k, len(list(g))) for k, g in itertools.groupby(sorted("hhtththhh"))])
print("accumulate:", list(itertools.accumulate([3, 1, 4, 1, 5])))
print("zip_longest:", list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
deck = [f"{r}{s}" for r, s in itertools.product("A23", "shdc")]
random.shuffle(deck)
print("shuffled:", deck)
print("choice:", random.choice(deck), "sample:", random.sample(deck, 3))
print(re.match(DICE_RE, "2d6+1").groupdict())
