class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False
with Tag("html") as t:
    print("inside", t.name)
    with Tag("body"):
        print("content")
print("after")
with Tag("div"):
    pass
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        print("acquire", Resource.opened)
        return "handle-%d" % Resource.opened
    def __exit__(self, *args):
        print("release, args:", args)
        Resource.opened -= 1
with Resource() as h:
    print("using", h)
print("open count", Resource.opened)
r = Resource()
with r as h1:
    with r as h2:
        print(h1, h2, Resource.opened)
print(Resource.opened)
def make():
    print("make() called")
    return Tag("made")
with make() as m:
    print("body", type(m).__name__)
