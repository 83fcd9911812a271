for c in ["a", "A", "0", " ", "\n", "\x00", "é", "ñ", "€", "日", "🙂", "\U0010ffff", "~", "\x7e"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
for n in [0, 9, 10, 13, 31, 32, 65, 97, 127, 128, 160, 173, 255, 256, 8232, 0x1F600, 0x10FFFF, 0xD800]:
    print(n, repr(chr(n)))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([chr(ord(c) + 1) for c in "HAL"], sum(ord(c) for c in "abc"))
print(chr(97) + chr(98), ord("a") - ord("A"), chr(ord("z") - 25), ord(chr(0x10FFFF)))
print([ord(c) - ord("0") for c in "0123456789"])
print(max("héllo", key=ord), min(map(ord, "héllo")), sorted("bAaB", key=ord))
print("".join(chr(ord("A") + (ord(c) - ord("A") + 13) % 26) for c in "HELLO"))
