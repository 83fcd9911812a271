def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
text = "The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious words get split. Done."
for w in [20, 12, 8]:
    print(f"--- width {w} ---")
    for line in wrap(text, w):
        print("|" + justify(line, w) + "|")
print(wrap("", 10), wrap("a b c", 1), wrap("   spaced    out  ", 7))
