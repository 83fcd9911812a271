"""Aggregate structured (JSON lines) application logs: levels, latency percentiles, errors.

Re-emits warnings through the logging module into an in-memory stream.
"""
import io
import json
import logging
import random
import statistics
from collections import Counter, defaultdict
from typing import Iterator


def fake_stream(seed: int = 99) -> Iterator[str]:
    rng = random.Random(seed)
    services = ["auth", "billing", "search", "catalog"]
    endpoints = {"auth": ["/login", "/token"], "billing": ["/charge", "/refund"],
                 "search": ["/q"], "catalog": ["/items", "/items/{id}"]}
    for i in range(300):
        svc = rng.choice(services)
        base = {"auth": 30, "billing": 120, "search": 60, "catalog": 20}[svc]
        latency = round(rng.lognormvariate(0, 0.6) * base, 2)
        level = "INFO"
        rec = {"seq": i, "ts": 1709251200 + i * 3, "service": svc,
               "endpoint": rng.choice(endpoints[svc]), "latency_ms": latency}
        if latency > base * 3:
            level = "WARNING"
            rec["msg"] = f"slow request {latency}ms"
        if rng.random() < 0.04:
            level = "ERROR"
            rec["error"] = {"type": rng.choice(["TimeoutError", "KeyError", "ValueError"]),
                            "detail": f"code={rng.randint(1, 9)}"}
        rec["level"] = level
        if rng.random() < 0.1:
            rec["tags"] = ["canary"] if rng.random() < 0.5 else ["retry", "canary"]
        yield json.dumps(rec, separators=(",", ":"))
        if i % 97 == 5:
            yield '{"seq": broken json'
        if i % 120 == 0:
            yield ""


def pct(data, q):
    qs = statistics.quantiles(data, n=100, method="inclusive")
    return qs[q - 1]


def main():
    records, broken = [], 0
    for line in fake_stream():
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            broken += 1
            print(f"bad line: {exc.msg} at col {exc.colno}")
    print(f"{len(records)} records, {broken} unparseable")

    levels = Counter(r["level"] for r in records)
    print("levels:", json.dumps(dict(sorted(levels.items()))))

    lat = defaultdict(list)
    for r in records:
        lat[(r["service"], r["endpoint"])].append(r["latency_ms"])
    header = f"{'service':<9}{'endpoint':<12}{'n':>4}{'mean':>9}{'median':>9}{'p90':>9}{'p99':>9}{'stdev':>9}"
    print(header)
    print("-" * len(header))
    for (svc, ep), values in sorted(lat.items()):
        sd = statistics.stdev(values) if len(values) > 1 else 0.0
        print(f"{svc:<9}{ep:<12}{len(values):>4}{statistics.fmean(values):>9.2f}"
              f"{statistics.median(values):>9.2f}{pct(values, 90):>9.2f}{pct(values, 99):>9.2f}{sd:>9.2f}")

    stream = io.StringIO()
    logger = logging.getLogger("digest")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    errors = Counter()
    for r in records:
        if r["level"] == "ERROR":
            err = r["error"]
            errors[(r["service"], err["type"])] += 1
            logger.error("seq %d %s %s (%s)", r["seq"], r["service"], err["type"], err["detail"])
        elif r["level"] == "WARNING":
            logger.warning("%s%s took %.1fms", r["service"], r["endpoint"], r["latency_ms"])
        else:
            logger.info("never shown %s", r["seq"])
    text = stream.getvalue()
    lines = text.splitlines()
    print(f"\nre-emitted {len(lines)} log lines; first 8:")
    for ln in lines[:8]:
        print("  " + ln)
    print("\nerror summary:")
    for (svc, typ), n in sorted(errors.items()):
        print(f"  {svc:<8} {typ:<13} {n}")

    canary = [r for r in records if "canary" in r.get("tags", ())]
    retried = sum("retry" in r["tags"] for r in canary)
    print(f"\ncanary requests: {len(canary)}, of which retries: {retried}")
    all_lat = [r["latency_ms"] for r in records]
    print(f"overall: min={min(all_lat)} max={max(all_lat)} "
          f"geomean={statistics.geometric_mean(all_lat):.3f} hmean={statistics.harmonic_mean(all_lat):.3f}")
    slowest = sorted(records, key=lambda r: r["latency_ms"], reverse=True)[:3]
    print("slowest:", json.dumps([{k: r[k] for k in ("seq", "service", "latency_ms")} for r in slowest], indent=2))


main()
