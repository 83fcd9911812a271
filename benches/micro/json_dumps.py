# Microbenchmark: json.dumps of a ~3 MB document (a list of records with nested dicts,
# strings with escapes and non-ASCII text, floats, ints, booleans, None), compact and indented.

import json

N = 1  # size knob: dumps calls per style; about 0.3 s CPU on CPython 3.11


def make_records(n):
    cities = ["Zürich", "São Paulo", "Kraków", "東京", "New York", "Reykjavík"]
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": f"user_{i:05d}",
            "email": f"user{i}@example.com",
            "bio": f"Line one of {i}\n\t\"quoted\" and back\\slash, café",
            "score": i * 0.731 + 0.1,
            "ratio": 1 / (i + 3),
            "active": i % 3 == 0,
            "manager": None if i % 5 else i // 5,
            "address": {"city": cities[i % len(cities)], "zip": f"{10000 + i % 90000}",
                        "geo": {"lat": 47.3769 + i * 1e-4, "lon": 8.5417 - i * 1e-4}},
            "tags": ["alpha", "beta", "gamma", "delta"][: i % 4 + 1],
            "history": [{"ts": 1_600_000_000 + i * 37 + k, "value": k * 2.5} for k in range(3)],
        })
    return records


def main():
    records = make_records(4000)
    total = 0
    for _ in range(N):
        total += len(json.dumps(records))
        total += len(json.dumps(records, indent=2, sort_keys=True))
        total += len(json.dumps(records, ensure_ascii=False, separators=(",", ":")))
    print(total)


main()
