# Ends with an uncaught ValueError
for s in ["1.5", " -2 ", "1e3", "inf", "-nan", ".5"]:
    print(repr(s), float(s))
print(float("1_0.5"))
print(float("+0.0"))
print("converting 'x'")
print("checkpoint 1")
print("checkpoint 2")
print("checkpoint 3")
print(float("x"))
