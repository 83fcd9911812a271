s = "one\ntwo\r\nthree\rfour\n\nfive"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "x\n".splitlines(), "\nx".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\x0bb\x0cc".splitlines(True))
print("a\r\rb".splitlines(), "a\r\n\r\nb".splitlines(True), "a\n\rb".splitlines())
print(len("l1\nl2\nl3\n".splitlines()), len("l1\nl2\nl3\n".split("\n")))
text = "first line\n  second line  \n\nfourth"
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line.strip()))
print("no newline".splitlines(), "trail\r".splitlines(True))
