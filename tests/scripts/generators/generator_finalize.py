# A generator dropped before it finishes runs its finally blocks where CPython's reference
# counting would: when the for loop that owns it ends early, and at the end of the program.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


for x in gen(5):
    if x == 2:
        break
print("after break")


def find():
    for x in gen(6):
        if x == 1:
            return x * 100
    return None


print("found", find())

try:
    for x in gen(7):
        if x == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

for x in gen(2):
    pass
else:
    print("else after exhaustion")


class Repo:
    def rows(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("rows closed")


for row in Repo().rows():
    print("row", row)
    break
print("method done")

kept = gen(9)
for x in kept:
    break
print("a generator held by a name stays open:", next(kept))


def nested():
    for x in gen(10):
        for y in gen(11):
            break
        break
    print("nested end")


nested()


def with_cleanup(tag):
    try:
        yield tag
    except GeneratorExit:
        print("GeneratorExit in", tag)
        raise
    finally:
        print("cleanup", tag)


for t in with_cleanup("loop"):
    print("got", t)
    break


def stubborn():
    try:
        yield 1
    finally:
        raise KeyError("ignored while closing")


for v in stubborn():
    break
print("errors while closing are ignored")


def counter():
    total = 0
    for x in gen(12):
        total += x
        if total > 3:
            break
    return total


print("total", counter())
left_open = gen(13)
next(left_open)
_private = gen(14)
next(_private)
print("end of program")
