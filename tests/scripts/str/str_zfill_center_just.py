for s in ["42", "-42", "+42", "abc", "", "-", "3.14", "ñ"]:
    print(repr(s), s.zfill(5), s.zfill(1), s.zfill(0), repr(s.zfill(-3)))
for w in [0, 3, 6, 7, 10]:
    print(w, "[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
print("[" + "ab".center(5, "*") + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6, "-") + "]")
print("[" + "a".center(4) + "]", "[" + "ab".center(3) + "]", "[" + "ab".center(4, "🙂") + "]")
print("x".ljust(4, ".") + "|", "x".rjust(4, "0") + "|", "ñ".center(5, "~"))
print("[" + "".center(3, "#") + "]", "[" + "toolong".center(3) + "]")
print("[" + "ab".center(7, "-") + "]", "[" + "abc".center(8, "-") + "]", "[" + "a".center(2, "-") + "]")
print("-5".zfill(4), "--5".zfill(4), "+".zfill(3), "00".zfill(4), "٣".zfill(3))
