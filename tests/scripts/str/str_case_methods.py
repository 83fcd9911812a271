words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "they're bill's", "ß straße",
         "ǅemal", "123abc", "a-b_c d.e", "ÉCOLE", "İstanbul", "ﬁne", "ΣΊΣΥΦΟΣ", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello world".title() == "Hello World", "x1y2z".title(), "o'neil mc-d".title())
print("aBc".swapcase().swapcase(), "ΑΒΓ".lower(), "αβγ".upper())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ǆ".upper(), "ǆ".title(), "ǆ".capitalize())
print("hELLO".capitalize(), "123 go".capitalize(), " lead".capitalize(), "x".upper() * 3)
print("ΣΑΣ".lower(), "Σ".lower(), "AΣ B".lower(), "ŉ".upper(), "ǰ".upper())
