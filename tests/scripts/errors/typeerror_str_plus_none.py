# Ends with an uncaught TypeError
parts = ["a", None, "c"]
print(parts)
print([str(p) for p in parts])
print("".join(p for p in parts if p))
out = ""
for p in parts:
    out = out + p
print("checkpoint 1")
print(out)
