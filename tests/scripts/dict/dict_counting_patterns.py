text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(len(letters), sum(letters.values()), max(letters, key=letters.get))
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), set()).add(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
first_pos = {}
for i, w in enumerate(text.split()):
    first_pos.setdefault(w, i)
print(first_pos)
