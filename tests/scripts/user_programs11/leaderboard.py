"""Leaderboard ranking with ties, percentiles, and rating-bracket lookups."""
import bisect
import statistics
from collections import namedtuple
from operator import attrgetter, itemgetter

Entry = namedtuple("Entry", ["player", "score", "time_s"])

results = [
    Entry("nova", 9100, 312), Entry("kite", 8700, 290), Entry("orb", 9100, 305),
    Entry("zed", 4200, 600), Entry("lux", 7600, 410), Entry("ash", 8700, 288),
    Entry("bee", 3100, 720), Entry("cog", 6650, 455), Entry("dot", 9900, 350),
    Entry("elm", 5200, 500), Entry("fig", 7600, 399), Entry("gus", 1200, 900),
]

BRACKETS = [2000, 4000, 6000, 8000, 9500]
NAMES = ["wood", "bronze", "silver", "gold", "platinum", "diamond"]


def bracket(score: int) -> str:
    return NAMES[bisect.bisect_right(BRACKETS, score)]


def rank(entries):
    """Competition ranking (1, 2, 2, 4): higher score first, faster time breaks ties."""
    ordered = sorted(entries, key=lambda e: (-e.score, e.time_s))
    ranks = []
    prev = None
    for i, e in enumerate(ordered, 1):
        if prev is None or e.score != prev.score:
            shown = i
        ranks.append((shown, e))
        prev = e
    return ranks


for pos, e in rank(results):
    print(f"{pos:>2}. {e.player:<5} {e.score:>5} {e.time_s:>4}s  {bracket(e.score)}")

scores = [e.score for e in results]
print("mean:", statistics.mean(scores))
print("median:", statistics.median(scores))
print("mode:", statistics.mode(scores))
print("stdev: %.3f" % statistics.stdev(scores))
print("pstdev: %.3f" % statistics.pstdev(scores))
print("quartiles:", statistics.quantiles(scores, n=4))
print("median_low/high:", statistics.median_low(scores), statistics.median_high(scores))

sorted_scores = sorted(scores)
for s in (5000, 8700, 9900, 100):
    below = bisect.bisect_left(sorted_scores, s)
    print(f"score {s}: beats {below}/{len(scores)} = {below / len(scores):.0%}")

insort_demo = [10, 20, 30]
bisect.insort(insort_demo, 25)
bisect.insort_left(insort_demo, 20)
print("insort:", insort_demo)

by_time = sorted(results, key=attrgetter("time_s"))[:3]
print("fastest:", by_time)
print("top by itemgetter:", sorted(((e.player, e.score) for e in results), key=itemgetter(1, 0), reverse=True)[:4])
get = itemgetter(0, 2)
print("picked fields:", [get(e) for e in results[:3]])
best = max(results, key=attrgetter("score"))
print("best:", best, best._asdict())
print("brackets:", {n: sum(1 for e in results if bracket(e.score) == n) for n in NAMES})
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([5])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    best.score = 0
except AttributeError as e:
    print("AttributeError:", e)
