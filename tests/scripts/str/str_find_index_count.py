s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5), s.rfind("a", -4))
print(s.index("c"), s.rindex("a"), s.index("abra", 1), s.rindex("abra", 0, 10))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), s.count("a", 3, 8), s.count("aa"))
print(s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12), s.rfind("", 3, 5))
print(s.find("a", -100, -5), s.count("a", -5), s.count("", 3, 5), "".count(""), "".find(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "ñañaña".count("ña"))
print("🙂x🙂y🙂".find("🙂", 1), "🙂x🙂y🙂".rfind("🙂"), "🙂x🙂y🙂".count("🙂"))
print("a" in s, "cad" in s, "" in s, "A" in s, "arb" not in s)
for sub in ["a", "b", "r", "ab", "ra", "x"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
