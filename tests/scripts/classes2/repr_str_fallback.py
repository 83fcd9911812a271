class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class RS:
    def __repr__(self):
        return "RS-repr"
    def __str__(self):
        return "RS-str"
class Plain:
    pass
r, s, rs = R(), S(), RS()
print(r, str(r), repr(r), f"{r}", f"{r!r}", f"{r!s}")
print(s, str(s), f"{s}")
print(rs, str(rs), repr(rs), f"{rs!r}")
print([r, rs], (rs,), {"k": rs}, {1: [rs]})
print("%s|%r|%s|%r" % (rs, rs, r, r))
print("{}|{!r}|{!s}".format(rs, rs, r))
p = repr(s)
print(p.startswith("<__main__.S object at 0x"), p.endswith(">"))
print(str(Plain()).startswith("<__main__.Plain object"))
class Child(RS):
    def __repr__(self):
        return "Child-repr"
print(Child(), repr(Child()), [Child()])
class OnlyStrChild(R):
    def __str__(self):
        return "child-str " + super().__str__()
print(OnlyStrChild(), [OnlyStrChild()])
print(str(r) == repr(r), len(repr(rs)), ascii(rs))
