TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""

STOP_WORDS = {"the", "of", "it", "was", "we", "to", "in", "so", "all", "us"}


def words(text):
    cleaned = []
    for raw in text.split():
        word = raw.strip(".,;:!?-\"'()").lower()
        if word:
            cleaned.append(word)
    return cleaned


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


all_words = words(TEXT)
counts = count(all_words)
print(f"{len(all_words)} words, {len(counts)} distinct")
print()
print(f"{'word':<10}{'count':>5}  {'share':>6}  bar")
print("-" * 36)
for w, n in top(counts, 8):
    share = n / len(all_words)
    print(f"{w:<10}{n:>5}  {share:>6.1%}  {'#' * n}")
print()
content = {w: n for w, n in counts.items() if w not in STOP_WORDS}
print("Top content words:")
for rank, (w, n) in enumerate(top(content, 6), start=1):
    print(f"{rank:>2}. {w.capitalize():<12}{n:>3}")
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
print()
for length in sorted(by_length):
    ws = sorted(by_length[length])
    shown = ", ".join(ws[:4]) + (f" (+{len(ws) - 4} more)" if len(ws) > 4 else "")
    print(f"len {length:>2}: {shown}")
longest = max(counts, key=lambda w: (len(w), w))
print(f"\nlongest word: {longest!r} ({len(longest)} letters)")
letters = count(ch for ch in TEXT.lower() if ch.isalpha())
common = "".join(ch for ch, _ in top(letters, 5))
print(f"most common letters: {common}")
print(f"average word length: {sum(map(len, all_words)) / len(all_words):.3f}")
hapax = sorted(w for w, n in counts.items() if n == 1)
print(f"{len(hapax)} words appear once; first five: {hapax[:5]}")
