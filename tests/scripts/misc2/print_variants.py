print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None)
print("x", end="")
print("y")
print("no newline", end=" | ")
print("continued", end="\n\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=";")
print("multi\nline", "tab\there")
print(*range(5), sep=" -> ", end=" END\n")
print("", "", sep="|")
print(sep="ignored")
print("unicode: é ü 中文 ☃")
print("a", end=None)
print("b", sep=None, end=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("%d items" % 3, "{} items".format(4), f"{5} items")
print(repr("quotes ' and \""), str("plain"))
print(*["only", "starred"])
print("escapes:", "\\n", "\x41", "\u00e9", "\101")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bad=1)
except TypeError as e:
    print("TypeError:", e)
