cases = ["a\tb", "\tx", "ab\tcd\tef", "abcdefgh\ti", "a\tb\nc\td", "12345678\t", "\t\t", "no tabs", "a\r\tb"]
for s in cases:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("x\ty".expandtabs(-1)), repr("x\ty".expandtabs(tabsize=3)))
print(repr("ñ\tü\t🙂\t|".expandtabs(3)))
rows = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
for r in rows:
    print(repr("\t".join(r).expandtabs(8)))
print(len("a\tb".expandtabs()), len("\t".expandtabs(2)), len("abc\t".expandtabs(3)))
print(repr("a\tbc\tdef\tghij\t".expandtabs(4)))
