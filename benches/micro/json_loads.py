# Microbenchmark: json.loads of a ~3 MB document (a list of records with nested dicts,
# escaped and non-ASCII strings, floats, repeated keys), plus one object_hook pass.

import json

N = 4  # size knob: loads calls; about 0.5 s CPU on CPython 3.11


def make_text(n):
    cities = ["Zürich", "São Paulo", "Kraków", "東京", "New York", "Reykjavík"]
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": f"user_{i:05d}",
            "email": f"user{i}@example.com",
            "bio": f"Line one of {i}\n\t\"quoted\" and back\\slash, café",
            "score": i * 0.731 + 0.1,
            "active": i % 3 == 0,
            "manager": None if i % 5 else i // 5,
            "address": {"city": cities[i % len(cities)], "zip": f"{10000 + i % 90000}",
                        "geo": {"lat": 47.3769 + i * 1e-4, "lon": 8.5417 - i * 1e-4}},
            "tags": ["alpha", "beta", "gamma", "delta"][: i % 4 + 1],
            "history": [{"ts": 1_600_000_000 + i * 37 + k, "value": k * 2.5} for k in range(3)],
        })
    return json.dumps(records), json.dumps(records, ensure_ascii=False, indent=1)


def main():
    compact, indented = make_text(6000)
    checksum = 0
    for i in range(N):
        data = json.loads(compact if i % 2 else indented)
        checksum += len(data) + data[-1]["id"] + len(data[123]["bio"])
    hooked = json.loads(compact, object_hook=len)
    print(len(compact), len(indented), checksum, sum(hooked))


main()
