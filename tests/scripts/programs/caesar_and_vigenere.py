def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)
msg = "Attack at Dawn! Zebra-crossing, 2024."
for k in [0, 1, 3, 13, 25, 26, -1]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", -1))
counts = {}
for c in caesar(msg, 7).lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
