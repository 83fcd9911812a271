def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    sentinel = object()
    current = next(it, sentinel)
    while current is not sentinel:
        k = key(current)
        group = [current]
        current = next(it, sentinel)
        while current is not sentinel and key(current) == k:
            group.append(current)
            current = next(it, sentinel)
        yield k, group
print([(k, len(g)) for k, g in groupby("aaabccdddda")])
print(["".join(g) for _, g in groupby("mississippi")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print(list(groupby(words, key=lambda w: w[0])))
print(list(groupby(sorted(words), key=lambda w: w[0])))
def rle_encode(s):
    return "".join(f"{len(g)}{k}" for k, g in groupby(s))
def rle_decode(s):
    def parse():
        num = ""
        for ch in s:
            if ch.isdigit():
                num += ch
            else:
                yield int(num), ch
                num = ""
    return "".join(ch * n for n, ch in parse())
enc = rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, rle_decode(enc) == "W" * 12 + "B" + "W" * 12 + "BBB" + "W" * 24 + "B" + "W" * 14)
print(list(groupby([])), list(groupby([1])), list(groupby([1, 1.0, True])))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, g) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
