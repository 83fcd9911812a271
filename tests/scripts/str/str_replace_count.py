s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("three", "3"), s.replace(" ", ""))
print("aaaa".replace("a", "aa"), "aaaa".replace("aa", "a"), "aaa".replace("aa", "b"))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")))
print("abc".replace("abc", ""), "banana".replace("ana", "ANA"), "xyz".replace("y", "🙂"))
print("café".replace("é", "e"), "tab\there".replace("\t", "    "), "a.b.c".replace(".", "", 1))
print("Hello".replace("l", "L", 5), "Hello".replace("h", "J"), "ab" * 3)
t = "the cat sat on the mat"
for old, new in [("at", "og"), ("the ", ""), ("t", "T"), (" ", "_")]:
    t = t.replace(old, new)
    print(t)
