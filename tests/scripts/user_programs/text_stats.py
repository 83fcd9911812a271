# Text statistics, n-grams, classical ciphers and encoding experiments.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

PUNCT_TABLE = str.maketrans("", "", ",.;:!?\"'")


def words_of(text):
    return text.translate(PUNCT_TABLE).lower().split()


words = words_of(TEXT)
print("words:", len(words), "unique:", len(set(words)), "chars:", len(TEXT), "lines:", len(TEXT.splitlines()))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, n in top:
    print(f"  {word:<8} {n:>3} {'#' * n}")
print("longest words:", sorted(set(words), key=lambda w: (-len(w), w))[:4])
print("avg word length:", round(sum(map(len, words)) / len(words), 3))


def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]


bigrams = {}
for bg in ngrams(words, 2):
    bigrams[bg] = bigrams.get(bg, 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
trigram_counts = {}
for tg in ngrams(words, 3):
    trigram_counts[" ".join(tg)] = trigram_counts.get(" ".join(tg), 0) + 1
print("top trigram:", max(trigram_counts.items(), key=lambda kv: (kv[1], kv[0])))
char_grams = ngrams("abracadabra", 3)
print("char trigrams:", ["".join(g) for g in char_grams])
letters = [c for c in TEXT.lower() if c.isalpha()]
letter_freq = {}
for c in letters:
    letter_freq[c] = letter_freq.get(c, 0) + 1
print("letters:", "".join(sorted(letter_freq, key=lambda c: (-letter_freq[c], c)))[:12])

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def caesar(text, shift):
    shift %= 26
    table = str.maketrans(LOWER + UPPER,
                          LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    k = [ord(c) - 97 for c in key.lower()]
    i = 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = -k[i % len(k)] if decrypt else k[i % len(k)]
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
for s in (3, 13, -1, 29):
    enc = caesar(msg, s)
    print(f"caesar {s:>3}: {enc} | back ok: {caesar(enc, -s) == msg}")
print("rot13 twice:", caesar(caesar(msg, 13), 13) == msg)
v = vigenere(msg, "LEMON")
print("vigenere:", v, "| decrypted:", vigenere(v, "LEMON", decrypt=True))
mapping = str.maketrans({"a": "4", "e": "3", "o": None, "t": "7"})
print("leet:", "a tortoise and the hare".translate(mapping))
print("maketrans dict keys are ints:", sorted(mapping.items()))

print("--- encodings ---")
samples = ["hello", "naïve café", "Ελληνικά", "日本語テキスト", "emoji 😀👍", "mix: ß→ss"]
for s in samples:
    b = s.encode("utf-8")
    print(f"{s!r:<20} len={len(s):>2} utf8={len(b):>2} utf16={len(s.encode('utf-16-le')):>2} "
          f"ascii?={s.isascii()!s:<5} first_bytes={b[:6].hex()}")

s = "Grüße, 世界! 😀"
for errors in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace"):
    print(f"ascii/{errors:<18}: {s.encode('ascii', errors=errors)!r}")
print("latin-1/replace    :", s.encode("latin-1", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print("  start/end:", e.start, e.end, "object slice:", e.object[e.start:e.end])

bad_bytes = [b"\xff\xfeabc", b"abc\xe2\x82", b"\xc3\x28", "é".encode("utf-8") + b"\x80"]
for bb in bad_bytes:
    try:
        bb.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"decode {bb!r}: {e}")
    print(f"   replace={bb.decode('utf-8', 'replace')!r} ignore={bb.decode('utf-8', 'ignore')!r} "
          f"backslash={bb.decode('utf-8', 'backslashreplace')!r}")

print("ord/chr:", [ord(c) for c in "aé€😀"], chr(0x1F600) == "😀", hex(ord("€")))
print("casefold:", "Straße".casefold(), "upper:", "straße".upper(), "title:", "hello wORLD".title())
print("center/ljust:", "[" + "mid".center(9, "*") + "]", "[" + "l".ljust(4, ".") + "]", "7".zfill(4))
print("isdigit etc:", "²".isdigit(), "²".isdecimal(), "12".isnumeric(), "Ⅻ".isnumeric())
print("split/rsplit:", "a b  c".split(" "), "a,b,c,d".rsplit(",", 2), "x".join("abc"))
