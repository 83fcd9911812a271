class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else "")
def read_records(name):
    with Res(name):
        for i in range(3):
            yield f"{name}-{i}"
print(list(read_records("a")))
g = read_records("b")
print(next(g))
g.close()
print("after close")
g2 = read_records("c")
print(next(g2))
try:
    g2.throw(ValueError("stop reading"))
except ValueError as e:
    print("throw propagated", e)
def with_in_loop():
    for name in ["x", "y"]:
        with Res(name) as r:
            yield r.name
for n in with_in_loop():
    print("got", n)
def gen_in_with():
    yield 1
    yield 2
with Res("outer") as r:
    for v in gen_in_with():
        print("value", v)
