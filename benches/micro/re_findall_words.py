# Microbenchmark: findall of words and of numbers over a big text (300 KB), and a
# word-frequency count.
import re

N_PARAS = 600
PASSES = 8  # size knob: about 0.4 s on CPython 3.11

WORDS = ("the quick brown fox jumps over a lazy dog while seven wizards quietly judge "
         "boxing matches from 1999 to 2024 at 3.75 percent of 120 venues").split()


def make_text(n):
    seed = 7
    paras = []
    for i in range(n):
        words = []
        for j in range(80):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w = WORDS[(seed >> 9) % len(WORDS)]
            if (seed >> 3) % 11 == 0:
                w = w.capitalize()
            words.append(w)
        paras.append(" ".join(words) + f". Item {i}: {seed % 1000}.{seed % 97} units, code X-{seed % 4096}.")
    return "\n".join(paras)


WORD = re.compile(r"[A-Za-z]+")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")


def main():
    text = make_text(N_PARAS)
    counts = {}
    total_numbers = 0
    numbers = []
    for _ in range(PASSES):
        words = WORD.findall(text)
        for w in words:
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
        numbers = NUMBER.findall(text)
        total_numbers += len(numbers)
        total_numbers += len(CAPITAL.findall(text))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(text), top, total_numbers, numbers[:5], sum(float(x) for x in numbers[:1000]))
    print(re.findall(r"(\w+)-(\d+)", text)[:3])


main()
