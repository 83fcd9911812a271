"""Clean a noisy temperature series: parse, drop duplicates, flag outliers (MAD), fill gaps, resample."""
import math
import random
import statistics
from datetime import datetime, timedelta
from itertools import pairwise, islice


def raw_feed(seed=8):
    rng = random.Random(seed)
    t0 = datetime(2024, 1, 15, 0, 0)
    rows = []
    for i in range(96):
        t = t0 + timedelta(minutes=15 * i)
        if 30 <= i < 36 or i in (50, 71):
            continue  # sensor offline
        base = 18 + 4 * math.sin((i - 30) / 96 * 2 * math.pi)
        value = round(base + rng.gauss(0, 0.3), 2)
        text = f"{value}"
        if i % 23 == 7:
            text = f"{value * 9 / 5 + 32:.1f}F"  # mis-configured unit
        if i in (12, 60):
            text = "999.9"  # spike
        if i == 44:
            text = "NaN"
        if i == 80:
            text = " -- "
        rows.append((t.strftime("%Y-%m-%dT%H:%M"), text))
        if i % 31 == 3:
            rows.append((t.strftime("%Y-%m-%dT%H:%M"), text))  # duplicate delivery
    rows.append(("2024-01-15T10:07", "18.1"))  # off-grid timestamp
    rows.sort()
    return rows


def parse_value(text):
    text = text.strip()
    if text.endswith("F"):
        return (float(text[:-1]) - 32) * 5 / 9, "converted"
    try:
        v = float(text)
    except ValueError:
        return None, "unparseable"
    if math.isnan(v):
        return None, "nan"
    return v, "ok"


rows = raw_feed()
print(f"raw rows: {len(rows)}")
seen, series, log = set(), {}, []
for ts, text in rows:
    if ts in seen:
        log.append(f"{ts} duplicate dropped")
        continue
    seen.add(ts)
    when = datetime.fromisoformat(ts)
    if when.minute % 15:
        snapped = when.replace(minute=when.minute - when.minute % 15)
        log.append(f"{ts} snapped to {snapped:%H:%M}")
        when = snapped
        if when in series:
            log.append(f"{ts} collides with existing sample, dropped")
            continue
    value, status = parse_value(text)
    if status != "ok":
        log.append(f"{ts} {status}: {text.strip()!r}" + (f" -> {value:.2f}" if value is not None else ""))
    if value is not None:
        series[when] = value

values = list(series.values())
med = statistics.median(values)
mad = statistics.median(abs(v - med) for v in values)
limit = 5 * 1.4826 * mad
outliers = {t: v for t, v in series.items() if abs(v - med) > limit}
for t, v in outliers.items():
    log.append(f"{t:%Y-%m-%dT%H:%M} outlier {v} (median {med:.2f}, limit ±{limit:.2f})")
    del series[t]

print("cleaning log:")
for line in log:
    print("  " + line)

start, end = min(series), max(series)
step = timedelta(minutes=15)
grid, t = [], start
while t <= end:
    grid.append(t)
    t += step
filled, gaps = {}, []
known = sorted(series)
for a, b in pairwise(known):
    filled[a] = (series[a], False)
    missing = int((b - a) / step) - 1
    if missing:
        gaps.append((a + step, missing))
    for k in range(1, missing + 1):
        frac = k / (missing + 1)
        filled[a + k * step] = (series[a] + (series[b] - series[a]) * frac, True)
filled[known[-1]] = (series[known[-1]], False)
print(f"\ngrid points {len(grid)}, measured {len(series)}, interpolated {sum(f for _, f in filled.values())}")
print("gaps:", ", ".join(f"{g:%H:%M}+{n}" for g, n in gaps))

print("\nhourly summary (* = contains interpolated values):")
hours = {}
for t in grid:
    hours.setdefault(t.replace(minute=0), []).append(filled[t])
for h, pts in islice(hours.items(), 0, None, 2):
    vals = [v for v, _ in pts]
    mark = "*" if any(f for _, f in pts) else " "
    bar = "=" * round((statistics.fmean(vals) - 12) * 3)
    print(f"  {h:%H:%M}{mark} mean {statistics.fmean(vals):6.2f}  range {min(vals):6.2f}..{max(vals):6.2f} {bar}")

clean = [filled[t][0] for t in grid]
diffs = [b - a for a, b in pairwise(clean)]
print(f"\nmean {statistics.mean(clean):.3f} stdev {statistics.stdev(clean):.3f} "
      f"variance {statistics.pvariance(clean):.4f}")
print(f"largest rise {max(diffs):+.3f}, largest drop {min(diffs):+.3f}")
print("quartiles:", [round(q, 3) for q in statistics.quantiles(clean, n=4)])
print("deciles :", [round(q, 2) for q in statistics.quantiles(clean, n=10, method='inclusive')])
print("mode of rounded values:", statistics.mode(round(v) for v in clean),
      "multimode:", statistics.multimode(round(v * 2) / 2 for v in clean)[:4])
nd = statistics.NormalDist.from_samples(clean)
print(f"normal fit: mu={nd.mean:.3f} sigma={nd.stdev:.3f} P(T<16)={nd.cdf(16):.4f} "
      f"90th={nd.inv_cdf(0.9):.3f}")
