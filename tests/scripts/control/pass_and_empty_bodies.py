def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(nothing(), Empty, isinstance(Empty(), Empty), "ok")
def doc_only():
    "just a docstring"
print(doc_only())
def two_pass():
    pass
    pass
print(two_pass(), two_pass() is None)
e = Empty()
e.attr = 1
print(e.attr)
x = 0
for i in range(5):
    if i % 2:
        pass
    else:
        x += i
print(x)
