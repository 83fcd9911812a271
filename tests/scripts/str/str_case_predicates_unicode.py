# Case mappings and predicates on non-ASCII text.
words = ["stra\u00dfe", "\u0130stanbul", "\u01c5ungla", "\u03a3\u0391\u03a3 \u03a3", "\ufb01ne", "hello wORLD 3rd", "\u1e9e", "ma\u00f1ana", "", "123", "a1 b2"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()))
samples = ["", "abc", "ABC", "Abc Def", "abc1", "\u0661\u0662", "\u00b2", "\u2155", "  \t", "\u3000", "_id3", "3id", "a\u00e9", "\x7f", "\u00e9", "A B", "aB"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(),
          s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
