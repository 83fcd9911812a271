# center/ljust/rjust/zfill widths and fill characters.
class W:
    def __index__(self):
        return 7

for w in [-3, 0, 2, 3, 4, 5, 6, 7, 8]:
    print(w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "\u00e9")), repr("abc".rjust(w, "\U0001F600")))
print(repr("x".center(W(), "-")), repr("".center(3, "0")), repr("\u00e9".ljust(3, "."))) 
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-\u00e9", "0", "--1"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(True)))
print("ab".center(True, "x"), "a".rjust(False))
