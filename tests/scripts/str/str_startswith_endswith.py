s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.endswith("world"), s.endswith(""))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.startswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.endswith("hello", 0, 5))
print(s.endswith("o", 0, 5), s.endswith("o", -7, -6), s.startswith("h", -11), s.startswith("", 11), s.startswith("", 12))
print("".startswith(""), "".endswith("x"), "abc".endswith("abc"), "abc".endswith("zabc"))
print("ñandú".startswith("ñ"), "🙂x".startswith("🙂"), "x🙂".endswith(("🙂", "x")))
files = ["a.py", "b.txt", "c.PY", "d.rs", "e.py.bak"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.lower().endswith(".py")])
print([f.startswith(("a", "b")) for f in files])
print(s.startswith("lo", 3), s.endswith("lo", 0, 5), s.endswith("lo", 3, 4))
