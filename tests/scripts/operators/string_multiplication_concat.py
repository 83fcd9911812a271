parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts))
s = ""
for c in "abc":
    s = s + c * 2
print(s)
s2 = "ab"
s2 *= 3
s2 += "!"
print(s2)
print("x" * 3 + "y" * 2, ("x" + "y") * 2, "=" * 10)
print("a" "b" * 2, ("a" "b") * 2)
print("%s" % "a" * 3, "%s" % ("a" * 3))
n = 4
print("\n".join("*" * i for i in range(1, n + 1)))
print("|".join(["ab"] * 3), "ab" * 3)
print(["-"] * 3 + ["+"], "".join(["-"] * 3) + "+")
