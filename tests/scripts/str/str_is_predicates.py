samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Ab Cd", "AB CD",
           "²³", "½", "٣", "一二", "_x1", "1x", "class", "é", "ǅ", "a b", "A1", "Ⅻ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdigit() == s.isdecimal(), s.isnumeric(), s.isidentifier())
print("_".isidentifier(), "__init__".isidentifier(), "a-b".isidentifier(), "ñame".isidentifier())
print("9lives".isidentifier(), "".isidentifier(), "λ".isidentifier(), "x y".isidentifier())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "1".islower(), "A b".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle())
print(" \t\n\r\x0b\x0c".isspace(), "\u00a0".isspace(), "\u200b".isspace(), "\x1c".isspace())
print("①".isdigit(), "①".isdecimal(), "①".isnumeric(), "三".isnumeric(), "三".isdigit())
