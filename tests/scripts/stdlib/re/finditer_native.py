# finditer's iterator: its type, exhaustion, groups and lastgroup, every subject kind.
import re

p = re.compile(r"(?P<num>\d+)|(?P<word>[a-zé]+)|(\s+)")
it = p.finditer("abc 12 dé 7")
print(type(it).__name__, iter(it) is it)
for m in it:
    print(m.span(), repr(m.group()), m.lastgroup, m.lastindex, m.groups())
print(next(it, "done"), next(it, "done"))

# pos and endpos, and the Match's view of them
for m in p.finditer("xx 34 yy", 2, 6):
    print(m.span(), m.pos, m.endpos, m.re is p, m.string)

# empty matches advance one position, not past a following match
print([m.span() for m in re.finditer(r"a*", "baaac")])
print([m.group() for m in re.finditer(r"\b", "ab cd")])

# bytes and bytearray subjects
print([m.group() for m in re.finditer(rb"\d+", b"a1b22c333")])
ba = bytearray(b"x1y22")
print([m.group() for m in re.finditer(rb"\d+", ba)])

# a non-ASCII subject long enough to keep its code points
s = "ünï " * 50 + "42"
print([m.span() for m in re.finditer(r"\d+", s)])

# lastgroup: unnamed last group, no group, named
print([m.lastgroup for m in re.finditer(r"(a)|(?P<b>b)|c", "abc")])
print([m.lastindex for m in re.finditer(r"(a)|(?P<b>b)|c", "abc")])

# two iterators over one pattern are independent
a, b = p.finditer("1 2"), p.finditer("1 2")
print(next(a).group(), next(a).group(), next(b).group())

# the scanner is still there too
sc = p.scanner("ab 1")
print(sc.search().group(), sc.match().group(), sc.match().group(), sc.match())

try:
    p.finditer(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.finditer("x", pos="a")
except TypeError as e:
    print("TypeError", e)
it = p.finditer("abc")
print(list(it), list(it))
print(len(list(re.finditer(r"\w", "hello" * 1000))))
