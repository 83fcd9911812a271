"""Tick-based predator/prey simulation on a small island, with population statistics."""
import math
import random
import statistics
from collections import Counter, deque

rng = random.Random(7)

GRASS_REGROW = 0.3
history = deque(maxlen=5)


class Animal:
    __slots__ = ("kind", "energy", "age")

    def __init__(self, kind, energy):
        self.kind = kind
        self.energy = energy
        self.age = 0

    def __repr__(self):
        return f"Animal({self.kind!r}, energy={self.energy}, age={self.age})"


def step(animals, grass):
    born = []
    rabbits = [a for a in animals if a.kind == "rabbit"]
    for a in animals:
        a.age += 1
        a.energy -= 1 if a.kind == "rabbit" else 2
        if a.kind == "rabbit" and grass > 0 and rng.random() < 0.7:
            grass -= 1
            a.energy += 3
        elif a.kind == "fox" and rabbits and rng.random() < 0.2:
            prey = rabbits.pop(rng.randrange(len(rabbits)))
            if prey.energy > 0:
                prey.energy = -99
                a.energy += 8
        threshold = 8 if a.kind == "rabbit" else 14
        if a.energy >= threshold:
            a.energy //= 2
            born.append(Animal(a.kind, a.energy))
    alive = [a for a in animals + born if a.energy > 0 and a.age < 30]
    grass = min(200, grass + math.ceil(grass * GRASS_REGROW) + 25)
    return alive, grass


animals = [Animal("rabbit", rng.randint(3, 8)) for _ in range(20)]
animals += [Animal("fox", rng.randint(6, 12)) for _ in range(4)]
grass = 60
print("first animals:", animals[:2], animals[-1])
series = {"rabbit": [], "fox": []}
for tick in range(1, 26):
    animals, grass = step(animals, grass)
    counts = Counter(a.kind for a in animals)
    series["rabbit"].append(counts["rabbit"])
    series["fox"].append(counts["fox"])
    history.append(counts["rabbit"])
    trend = "up" if len(history) > 1 and history[-1] > history[0] else "flat/down"
    print(f"tick {tick:2d}: rabbits={counts['rabbit']:3d} foxes={counts['fox']:2d} grass={grass:3d} trend5={trend}")
    if not animals:
        print("extinct!")
        break

for kind, values in series.items():
    print(f"{kind}: mean={statistics.mean(values):.2f} median={statistics.median(values)} "
          f"max={max(values)} stdev={statistics.pstdev(values):.3f}")
if len(set(series["fox"])) > 1:
    r = statistics.correlation(series["rabbit"], series["fox"])
    print(f"correlation rabbit/fox: {r:.4f}")
ages = Counter(a.age // 5 * 5 for a in animals)
print("age buckets:", sorted(ages.items()))
print("oldest:", max(animals, key=lambda a: (a.age, a.energy), default=None))
print("geometric mean of growth:", round(statistics.geometric_mean([1.1, 1.3, 0.9, 1.2]), 6))
print("harmonic mean:", round(statistics.harmonic_mean([40, 60]), 6))
print("exp/log:", round(math.exp(1), 12), math.log10(1000), math.log2(1024))
try:
    statistics.correlation([1, 2], [3])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    Animal("rabbit", 1).colour = "brown"
except AttributeError as e:
    print("AttributeError:", e)
print(rng.choices(["rabbit", "fox"], weights=[5, 1], k=8))
print(rng.gauss(0, 1) < 10, round(rng.uniform(1, 2), 6), rng.sample(range(100), 4))
