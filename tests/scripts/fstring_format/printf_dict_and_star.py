d = {"name": "Ann", "age": 30, "score": 91.256}
print("%(name)s is %(age)d" % d)
print("%(name)r scored %(score).1f (%(score)e)" % d)
print("%(age)05d|%(age)-5d|%(name)10s|" % d)
print("%(missing_not_used)s" % {"missing_not_used": "ok"}, "%(a)s%(a)s" % {"a": "x"})
print("%*d|%-*d|" % (6, 42, 6, 42), "%.*f" % (2, 3.14159), "%*.*f|" % (10, 3, 2.71828))
print("%s" % "%s", "%%s" % (), "%(x)s" % {"x": "%(y)s"})
print("%s-%s" % tuple("ab"), "%d+%d=%d" % (1, 2, 3))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for r in rows:
    print("%-12s %4d %8.2f" % r)
print("%-12s %4d %8.2f" % ("total", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
print("%c" % 65, "%c" % "€", "%5c|" % "x", "%-3c|" % 66)
print("%r %s" % ("é\n", "é"), "%s|%r" % ("", ""))
