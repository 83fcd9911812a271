def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(prev + (str(count) if count > 1 else ""))
            prev, count = ch, 1
    out.append(prev + (str(count) if count > 1 else ""))
    return "".join(out)
def unrle(s):
    out = ""
    i = 0
    while i < len(s):
        ch = s[i]
        i += 1
        num = ""
        while i < len(s) and s[i].isdigit():
            num += s[i]
            i += 1
        out += ch * (int(num) if num else 1)
    return out
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "ññññé🙂🙂", "x" * 105]:
    c = rle(s)
    print(repr(s[:20]), repr(c), unrle(c) == s, f"{len(c) / max(len(s), 1):.2f}")
def compress_words(text):
    table = {}
    out = []
    for w in text.split():
        if w not in table:
            table[w] = len(table)
        out.append(table[w])
    return table, out
t, codes = compress_words("to be or not to be that is the question to be")
print(t)
print(codes)
