# Ends with an uncaught ValueError
for s in ["12", " -7 ", "+3", "1_000", "0"]:
    print(repr(s), int(s))
print(int("ff", 16), int("z", 36))
print("abc".isdigit(), "123".isdigit())
print(int("0x1f", 0))
print("parsing 'abc'")
print("checkpoint 1")
print("checkpoint 2")
print(int("abc"))
