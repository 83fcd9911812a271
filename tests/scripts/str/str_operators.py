a, b = "abc", "xyz"
print(a + b, a * 3, 3 * a, a * 0, a * -2, repr(a * -1), "" * 100)
print(a < b, a > b, a == "abc", a != "abd", "abc" <= "abc", "B" < "a", "Z" < "a")
print("apple" < "apples", "apple" < "b", "" < " ", "a" < "aa" < "ab" < "b")
print("é" > "z", "🙂" > "é", "ä" < "äa", "10" < "2", "A" < "a" < "ä")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zeta", ""]))
print(max("hello"), min("hello"), max(["ab", "b", "aaa"]), min("zy", "zx"))
print("a" in "abc", "ac" in "abc", "" in "", "abc" in "abc", "🙂" in "x🙂y")
x = "ab"
x += "cd"
x *= 2
print(x, len(x), x.count("b"))
print(("a" "b" "c"), "con" "cat" + "enate")
print("-" * 20)
print(sorted("hello world"), list("ñü🙂"))
print("abc" == "abc", "abc" != None, "A" * 3 == "AAA", ["a"] * 2 + ["b"])
