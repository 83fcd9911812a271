def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


words = ["pyrite", "Python", "Rust"]
for w in sorted(words, key=str.lower):
    print(greet(w))
print(sum(len(w) for w in words), {w[0]: len(w) for w in words})
