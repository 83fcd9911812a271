rows = []
for i in range(1, 6):
    row = [1]
    if rows:
        prev = rows[-1]
        for j in range(1, len(prev)):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
    rows.append(row)
for r in rows:
    print(r)
flat = []
for r in rows:
    flat.extend(r)
print(flat, len(flat), sum(flat))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
uniq = []
for v in flat:
    if v not in uniq:
        uniq.append(v)
print(uniq)
print([flat.count(v) for v in uniq])
