samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x07\x1b", "\x7f\x80\x9f\xa0\xad", "é🙂日", "\u200b\u2028\ufeff", "\U000e0001",
           "\uffff", chr(0xD800), "'", '"', "''\"", "\\n", "\x0b\x0c", "\u0301x", "\U0001f3f4\U000e0067"]
for s in samples:
    print(repr(s), len(repr(s)))
print(str("tab\there"), ["a'b", 'a"b', "a\nb"], ("\t",), {"k\\": "v\x01"})
print(repr("a" * 3 + "'" + '"'), repr(''), repr(' '))
print("%r|%s" % ("x\ny", "x\ny"))
print(f"{'q' + chr(39)!r}", f"{chr(34)!r}", f"{chr(92)!r}")
print(repr("\x00"), repr("\x1f"), repr("\x20"), repr("\u00ff"), repr("\u0100"))
print(repr("\N{EM DASH}"), repr("\u2029"), repr("\u3000"))
