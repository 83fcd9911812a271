s = "héllo"
for i, ch in enumerate(s):
    print(i, ch, ch.upper(), ord(ch) > 127)
out = ""
for ch in "abcdef":
    out = ch + out
print(out)
print(list(s), tuple("ab"), set("aabbc") == {"a", "b", "c"}, sorted(set("mississippi")))
print(list(reversed("abc")), list(zip("abc", "xyz")), list(enumerate("ab", 1)))
print([c * i for i, c in enumerate("abcd")], {c: s.count(c) for c in s})
pal = ["racecar", "level", "hello", "A man a plan", "", "x"]
print([p for p in pal if p == p[::-1]])
print(["".join(sorted(w)) for w in ["listen", "silent", "enlist"]])
acc = []
for word in "to be or not to be".split():
    if word not in acc:
        acc.append(word)
print(acc, len(acc))
print(next(iter("xyz")), list(map(str.upper, "ab")), list(map(ord, "AZ")))
