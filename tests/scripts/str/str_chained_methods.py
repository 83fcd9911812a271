s = "  The Quick, Brown FOX; jumps!  "
print(s.strip().lower().replace(",", "").replace(";", "").split())
print("-".join(w.capitalize() for w in s.split()))
print(s.upper().count("O"), s.lower().find("fox"), s.strip()[::-1].title())
words = "the rain in spain stays mainly in the plain".split()
print(sorted(set(words)), len(words), len(set(words)))
print([w for w in words if "ain" in w], [w.upper() for w in words if len(w) <= 2])
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words))
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (-len(w), w))[:4])
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, acr.lower(), acr.center(9, "*"))
csv = "name,age,city\nann,30,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, [r[1] for r in rows[1:]], sum(int(r[1]) for r in rows[1:]))
print("".join(c for c in "a1b2c3" if c.isdigit()), "".join(c for c in "a1b2c3" if c.isalpha()))
