import re
def ident(scanner, token): return ("ID", token)
def num(scanner, token): return ("NUM", int(token))
sc = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"\d+", num),
    (r"=|\+|-|\*|/", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r";", "SEMI"),
])
print(sc.scan("x = 3 + foo * 42; y = 7 $ rest"))
print(sc.scan(""))
print(type(sc.scanner).__name__)
s2 = re.Scanner([(r"a+", lambda s, t: (t, s.match.span())), (r"b", None)], re.I)
print(s2.scan("AAbaBx"))
s3 = re.Scanner([(rb"\d+", lambda s, t: int(t)), (rb",", None)])
print(s3.scan(b"1,22,333,x"))
s4 = re.Scanner([(r"x*", 1)])
print(s4.scan("abc"))
try:
    re.Scanner([(r"(", None)])
except re.error as e:
    print("error", e)
s5 = re.Scanner([(r"""\d+ # digits""", lambda s, t: int(t)), (r" ", None)], re.X)
print(s5.scan("12 34"))
