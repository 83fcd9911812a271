cases = [("key=value", "="), ("a=b=c", "="), ("novalue", "="), ("=start", "="), ("end=", "="),
         ("a::b::c", "::"), ("ñ→ü", "→"), ("", "x"), ("xxx", "xx")]
for s, sep in cases:
    print(repr(s), s.partition(sep), s.rpartition(sep))
host, _, port = "localhost:8080".partition(":")
print(host, port, int(port) + 1)
head, sep, tail = "path/to/file.txt".rpartition("/")
print(head, sep, tail, tail.rpartition(".")[2])
print("abc".partition("abc"), "abc".rpartition("abc"))
k, s, v = "no separator here".partition("=")
print(repr(k), repr(s), repr(v), bool(s))
print([line.partition(":")[2].strip() for line in ["a: 1", "b:2", "c"]])
