# Host workload: text statistics over generated prose (chat logs, quest text,
# documentation): word frequencies, bigrams and trigrams keyed by tuples,
# per-line statistics, character classes and a simple keyword index.
# Pure Python, no imports.

N_LINES = 11500  # size knob: about 1 s on CPython 3.11

VOCAB = ("the of and to a in is it you that he was for on are with as his they be at one "
         "have this from or had by hot word but what some we can out other were all there "
         "when up use your how said an each she which do their time if will way about many "
         "then them write would like so these her long make thing see him two has look more "
         "day could go come did number sound no most people my over know water than call "
         "first who may down side been now find caf\u00e9 na\u00efve r\u00e9sum\u00e9 "
         "fa\u00e7ade \u00fcber stra\u00dfe ni\u00f1o dragon castle knight quest").split()
SYLLABLES = ["ka", "ro", "mi", "tel", "an", "vor", "l\u00e9", "zu", "gra", "sh", "o", "ith"]
VOCAB += [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES[::3]]
PUNCT = [".", ",", "!", "?", ";", ":", ""]
STOPWORDS = set("the of and to a in is it that was for on are with as be at".split())


def generate(n_lines):
    state = 2463534242
    lines = []
    for i in range(n_lines):
        words = []
        length = 4 + i % 13
        for j in range(length):
            state ^= (state << 13) & 0xFFFFFFFF
            state ^= state >> 17
            state ^= (state << 5) & 0xFFFFFFFF
            # Zipf-ish: small indexes are much more likely
            r = state % 10007
            idx = (r * r // 10007) * len(VOCAB) // 10007
            w = VOCAB[len(VOCAB) - 1 - idx] if state % 3 == 0 else VOCAB[idx % 40]
            if j == 0:
                w = w.capitalize()
            if state % 9 == 0:
                w += PUNCT[state % len(PUNCT)]
            words.append(w)
        if i % 17 == 0:
            words.append(f"#{i % 101}")
        if i % 23 == 0:
            words.append(f"@user{i % 37}")
        lines.append(("  " if i % 5 == 0 else "") + " ".join(words) + ".")
    return "\n".join(lines)


def tokenize(line):
    for raw in line.split():
        word = raw.strip(".,!?;:\"'()").lower()
        if word:
            yield word


def main():
    text = generate(N_LINES)
    freq = {}
    bigrams = {}
    trigrams = {}
    first_letters = {}
    line_lengths = {}
    classes = {"alpha": 0, "digit": 0, "space": 0, "punct": 0, "non_ascii": 0}
    index = {}
    hashtags = {}
    mentions = {}
    longest_line = ""
    total_words = 0
    indented = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.startswith("  "):
            indented += 1
        stripped = line.strip()
        if len(stripped) > len(longest_line):
            longest_line = stripped
        bucket = len(stripped) // 10 * 10
        line_lengths[bucket] = line_lengths.get(bucket, 0) + 1
        for ch in line:
            if ch.isalpha():
                classes["alpha"] += 1
                if not ch.isascii():
                    classes["non_ascii"] += 1
            elif ch.isdigit():
                classes["digit"] += 1
            elif ch.isspace():
                classes["space"] += 1
            else:
                classes["punct"] += 1
        prev2 = prev1 = None
        for word in tokenize(line):
            total_words += 1
            if word.startswith("#"):
                hashtags[word] = hashtags.get(word, 0) + 1
                continue
            if word.startswith("@"):
                mentions[word] = mentions.get(word, 0) + 1
                continue
            freq[word] = freq.get(word, 0) + 1
            first_letters[word[0]] = first_letters.get(word[0], 0) + 1
            if prev1 is not None:
                key = (prev1, word)
                bigrams[key] = bigrams.get(key, 0) + 1
                if prev2 is not None:
                    key3 = (prev2, prev1, word)
                    trigrams[key3] = trigrams.get(key3, 0) + 1
            prev2, prev1 = prev1, word
            if word not in STOPWORDS and len(word) > 3:
                postings = index.setdefault(word, [])
                if not postings or postings[-1] != lineno:
                    postings.append(lineno)

    def top(d, n):
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    print("lines", N_LINES, "chars", len(text), "words", total_words, "distinct", len(freq),
          "indented", indented)
    print("top words:", ", ".join(f"{w}:{c}" for w, c in top(freq, 12)))
    print("top bigrams:", ", ".join(f"{a} {b}:{c}" for (a, b), c in top(bigrams, 8)))
    print("top trigrams:", ", ".join(f"{' '.join(t)}:{c}" for t, c in top(trigrams, 5)))
    print("bigrams", len(bigrams), "trigrams", len(trigrams))
    print("letters:", "".join(k for k, _ in top(first_letters, 26)))
    print("line lengths:", " ".join(f"{k}:{v}" for k, v in sorted(line_lengths.items())))
    print("classes:", " ".join(f"{k}={v}" for k, v in classes.items()))
    print("hashtags", len(hashtags), sum(hashtags.values()), "mentions", top(mentions, 3))
    rare = [w for w, c in freq.items() if c == 1]
    print("hapax", len(rare), "index", len(index),
          "postings", sum(len(p) for p in index.values()))
    non_ascii = sorted(w for w in freq if not w.isascii())
    print("non-ascii words:", len(non_ascii), non_ascii[:8])
    print("longest:", longest_line[:80])


main()
