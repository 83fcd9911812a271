s = "héllo wörld 🎉 ñ"
print(len(s), s[0], s[1], s[-1], s[-3], s[12])
for i in range(len(s)):
    print(i, repr(s[i]), ord(s[i]))
e = "e\u0301"
print(len(e), repr(e[0]), repr(e[1]), e)
print(len("日本語"), "日本語"[1], "日本語"[-1], "日本語"[::-1])
print(len("👍🏽"), [ord(c) for c in "👍🏽"])
print(len(""), len(" "), len("\n\t"), len("\x00"))
print(s[-15], s[14], s[13:], s[:5], repr(s[5]))
print("\u00e9" == "é", "e\u0301" == "é", len("\U0001F600"), "\N{GREEK SMALL LETTER ALPHA}")
